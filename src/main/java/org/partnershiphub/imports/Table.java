package org.partnershiphub.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershiphub.common.Validation;

/**
 * A spreadsheet as rows of text cells, each with the line (CSV) or row number (XLSX) it came from. Reads CSV in
 * UTF-8 (with or without a byte order mark) or Windows-1252, and the first sheet of an XLSX workbook. Input that is
 * not a table fails with an {@link ImportException} naming the line, before anything is written.
 */
public record Table(List<Row> rows, String encoding) {

	/** Excel's own limit on a cell; a longer field is not a register entry. */
	static final int MAX_FIELD = 32_767;

	/** Far more than any register or roster has; bounds what one malformed line can cost. */
	static final int MAX_COLUMNS = 200;

	public record Row(int line, List<String> cells) {

		public String cell(int index) {
			return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : "";
		}

		public boolean blank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

		/** A cell's text as its lines, stripped, blank ones left out: a spreadsheet cell may hold several. */
		static List<String> lines(String cell) {
			return cell.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		}

	}

	/**
	 * The rows that may be a header: those with two cells or more. A title above a table ("Risk register, Q2
	 * 2025/26") is one cell, and must not be taken for the header because a word of it names a column.
	 */
	public List<Row> headerCandidates() {
		return this.rows.stream().filter(r -> r.cells().stream().filter(c -> !c.isBlank()).count() >= 2).toList();
	}

	/**
	 * What the lines above the header name, when they name exactly one thing: "Risk register as at Q2 2025/26" stands
	 * for that quarter. Null when they name none, or two different ones.
	 */
	public <T> T titled(int headerLine, java.util.function.Function<String, java.util.Optional<T>> reader) {
		List<T> found = this.rows.stream()
			.filter(r -> r.line() < headerLine)
			.flatMap(r -> r.cells().stream())
			.map(reader)
			.flatMap(java.util.Optional::stream)
			.distinct()
			.toList();
		return (found.size() == 1) ? found.get(0) : null;
	}

	public static Table read(byte[] bytes, String fileName) {
		return isXlsx(bytes, fileName) ? xlsx(bytes) : csv(bytes);
	}

	/** A workbook: a zip file's signature, or the name says so. */
	static boolean isXlsx(byte[] bytes, String fileName) {
		boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
		return zip || (fileName != null && fileName.toLowerCase().endsWith(".xlsx"));
	}

	static Table csv(byte[] bytes) {
		Text text = Text.decode(bytes);
		return Minutes.isMinutes(text.text()) ? Minutes.table(text.text(), text.encoding())
				: new Table(parse(text.text()), text.encoding());
	}

	/** A file's text, and the encoding it was read in. */
	record Text(String text, String encoding) {

		/** UTF-8 (with or without a byte order mark), or else Windows-1252, as spreadsheets saved on Windows write. */
		static Text decode(byte[] bytes) {
			int start = (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
					&& (bytes[2] & 0xff) == 0xBF) ? 3 : 0;
			try {
				return new Text(StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
					.toString(), "UTF-8");
			}
			catch (CharacterCodingException ex) {
				return new Text(new String(bytes, start, bytes.length - start, Charset.forName("windows-1252")),
						"windows-1252");
			}
		}

	}

	/** RFC 4180 with the usual leniency: quotes only matter at the start of a field; CR, LF or CRLF end a record. */
	static List<Row> parse(String text) {
		List<Row> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		boolean quoted = false;
		boolean fieldStarted = false;
		int quoteLine = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
				throw new ImportException(line, "a control character (code " + (int) c
						+ ") where text was expected: this is not a CSV text file (save it as CSV or XLSX)");
			}
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
						line++;
					}
					append(field, c, line);
				}
				continue;
			}
			switch (c) {
				case '"' -> {
					if (!fieldStarted) {
						quoted = true;
						fieldStarted = true;
						quoteLine = line;
					}
					else {
						append(field, c, line);
					}
				}
				case ',' -> {
					addCell(cells, field, line);
					fieldStarted = false;
				}
				case '\r', '\n' -> {
					if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
						i++;
					}
					addCell(cells, field, line);
					rows.add(new Row(recordLine, List.copyOf(cells)));
					cells.clear();
					fieldStarted = false;
					line++;
					recordLine = line;
				}
				default -> {
					append(field, c, line);
					fieldStarted = true;
				}
			}
		}
		if (quoted) {
			throw new ImportException(quoteLine, "a quoted field opens here and is never closed (unbalanced \")");
		}
		if (fieldStarted || !cells.isEmpty() || field.length() > 0) {
			addCell(cells, field, line);
			rows.add(new Row(recordLine, List.copyOf(cells)));
		}
		return rows;
	}

	private static void append(StringBuilder field, char c, int line) {
		if (field.length() >= MAX_FIELD) {
			throw new ImportException(line, "a field is longer than " + MAX_FIELD + " characters");
		}
		field.append(c);
	}

	private static void addCell(List<String> cells, StringBuilder field, int line) {
		if (cells.size() >= MAX_COLUMNS) {
			throw new ImportException(line, "more than " + MAX_COLUMNS + " columns");
		}
		cells.add(Validation.withoutHidden(field.toString()).strip());
		field.setLength(0);
	}

	static Table xlsx(byte[] bytes) {
		// Refuse zip bombs and absurd sheets before POI builds them in memory.
		ZipSecureFile.setMinInflateRatio(0.005);
		DataFormatter formatter = new DataFormatter();
		// Formulas are never evaluated: their cached results are read as text.
		formatter.setUseCachedValuesForFormulaCells(true);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<Row> rows = new ArrayList<>();
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				int line = row.getRowNum() + 1;
				if (row.getLastCellNum() > MAX_COLUMNS) {
					throw new ImportException(line, "more than " + MAX_COLUMNS + " columns");
				}
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
					cells.add(text(row.getCell(c), formatter));
				}
				rows.add(new Row(line, List.copyOf(cells)));
			}
			return new Table(rows, "xlsx");
		}
		catch (ImportException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportException(1, "not a readable XLSX workbook (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/** A cell's text as the spreadsheet shows it; dates as ISO dates, whatever format the cell had. */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		String text = formatter.formatCellValue(cell);
		return Validation.withoutHidden(text.length() > MAX_FIELD ? text.substring(0, MAX_FIELD) : text).strip();
	}

}
