package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV reader on malformed input: a clear error naming the line, never a crash or a hang. */
class TableFuzzTests {

	private static final Random RANDOM = new Random(20261122);

	@RepeatedTest(200)
	void randomBytesAreReadOrRefusedWithALineNumber() {
		byte[] bytes = new byte[RANDOM.nextInt(4096)];
		RANDOM.nextBytes(bytes);
		try {
			Table table = Table.read(bytes, "random.csv");
			assertThat(table.rows()).allSatisfy(row -> assertThat(row.cells()).hasSizeLessThanOrEqualTo(Table.MAX_COLUMNS));
		}
		catch (ImportException ex) {
			assertThat(ex.getMessage()).matches("Line \\d+: .+");
		}
	}

	@RepeatedTest(100)
	void randomTextMadeOfCsvPunctuationNeverCrashes() {
		String alphabet = "ab,\"\r\n ;'=";
		StringBuilder text = new StringBuilder();
		for (int i = RANDOM.nextInt(2000); i > 0; i--) {
			text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		try {
			Table.read(text.toString().getBytes(StandardCharsets.UTF_8), "punctuation.csv");
		}
		catch (ImportException ex) {
			assertThat(ex.getMessage()).matches("Line \\d+: .+");
		}
	}

	@Test
	void refusesBinaryFiles() {
		assertThatThrownBy(() -> Table.read("Forename,Surname\nA,B\u0000C\n".getBytes(StandardCharsets.UTF_8), "x.csv"))
			.hasMessage("Line 2: a control character (code 0) where text was expected: this is not a CSV text file "
					+ "(save it as CSV or XLSX)");
	}

	@Test
	void refusesAnUnbalancedQuoteNamingTheLineItOpensOn() {
		assertThatThrownBy(() -> Table.read("a,b\nc,\"d\ne,f\n".getBytes(StandardCharsets.UTF_8), "x.csv"))
			.hasMessage("Line 2: a quoted field opens here and is never closed (unbalanced \")");
	}

	@Test
	void refusesHugeFieldsAndTooManyColumns() {
		assertThatThrownBy(() -> Table.read(("a,b\n" + "x".repeat(40_000)).getBytes(StandardCharsets.UTF_8), "x.csv"))
			.hasMessage("Line 2: a field is longer than 32767 characters");
		assertThatThrownBy(() -> Table.read(",".repeat(100_000).getBytes(StandardCharsets.UTF_8), "x.csv"))
			.hasMessage("Line 1: more than 200 columns");
	}

	@Test
	void refusesAFileThatClaimsToBeXlsxButIsNot() {
		assertThatThrownBy(() -> Table.read("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), "x.xlsx"))
			.hasMessageStartingWith("Line 1: not a readable XLSX workbook");
	}

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndCountsPhysicalLines() {
		Table table = Table.read("a,\"b, \"\"c\"\"\nd\",e\r\nf,g".getBytes(StandardCharsets.UTF_8), "x.csv");
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0).cells()).containsExactly("a", "b, \"c\"\nd", "e");
		assertThat(table.rows().get(1).line()).isEqualTo(3);
	}

}
