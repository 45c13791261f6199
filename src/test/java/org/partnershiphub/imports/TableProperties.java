package org.partnershiphub.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/** The readers give back every cell a table holds, whatever text it holds, from CSV and XLSX alike. */
class TableProperties {

	@Provide
	Arbitrary<List<List<String>>> tables() {
		Arbitrary<String> cell = Arbitraries.oneOf(
				Arbitraries.of("", "n/a", "Cllr Rosa Lindqvist", "Director; Shareholder", "Harbour Care Ltd.",
						"\"Quoted\" text", "a, b and c", "Zoë Ó'Brien", "=HYPERLINK(\"x\")", "31/01/2025", "Line one\nline two"),
				Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20),
				Arbitraries.strings().withChars("éüñßøÆ€£ –—'\"").ofMaxLength(8));
		return cell.list().ofSize(7).list().ofMinSize(1).ofMaxSize(12);
	}

	@Property(tries = 150)
	void csvInUtf8GivesBackEveryCell(@ForAll("tables") List<List<String>> table) {
		List<Table.Row> rows = Table.read(csv(table).getBytes(StandardCharsets.UTF_8), "t.csv").rows();
		assertThat(rows.stream().map(r -> padded(r.cells())).toList()).isEqualTo(stripped(table));
	}

	@Property(tries = 100)
	void csvInWindows1252GivesBackEveryCellItCanHold(@ForAll("tables") List<List<String>> table) {
		Charset windows = Charset.forName("windows-1252");
		List<List<String>> representable = table.stream()
			.map(r -> r.stream().map(c -> windows.newEncoder().canEncode(c) ? c : "").toList())
			.toList();
		byte[] bytes = csv(representable).getBytes(windows);
		// Windows-1252 text whose bytes are also UTF-8 ("ß€" is DF 80, "߀" in UTF-8) is read as UTF-8, as it must be.
		net.jqwik.api.Assume.that(!Table.Text.decode(bytes).encoding().equals("UTF-8")
				|| csv(representable).chars().allMatch(c -> c < 128));
		List<Table.Row> rows = Table.read(bytes, "t.csv").rows();
		assertThat(rows.stream().map(r -> padded(r.cells())).toList()).isEqualTo(stripped(representable));
	}

	@Property(tries = 60)
	void xlsxGivesBackEveryCell(@ForAll("tables") List<List<String>> table) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Register");
			for (int r = 0; r < table.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < 7; c++) {
					row.createCell(c).setCellValue(table.get(r).get(c));
				}
			}
			workbook.write(out);
			List<Table.Row> rows = Table.read(out.toByteArray(), "t.xlsx").rows();
			assertThat(rows.stream().map(r -> padded(r.cells())).toList()).isEqualTo(stripped(table));
		}
	}

	private static String csv(List<List<String>> table) {
		StringBuilder out = new StringBuilder();
		for (List<String> row : table) {
			out.append(String.join(",", row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()))
				.append("\r\n");
		}
		return out.toString();
	}

	/** The readers trim each cell, as a register's reader would. */
	private static List<List<String>> stripped(List<List<String>> table) {
		return table.stream().map(r -> r.stream().map(String::strip).toList()).toList();
	}

	private static List<String> padded(List<String> cells) {
		List<String> seven = new ArrayList<>(cells);
		while (seven.size() < 7) {
			seven.add("");
		}
		return seven.subList(0, 7);
	}

}
