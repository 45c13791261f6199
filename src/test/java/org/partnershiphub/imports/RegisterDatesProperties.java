package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register with one column describing each interest and its dates as declarants write them: held "to Present",
 * from a year, declared in a financial year. Every row is read, and no date is invented.
 */
class RegisterDatesProperties {

	@Provide
	Arbitrary<String> headers() {
		return Arbitraries.of("Interest", "Interests declared", "Declared interest", "INTEREST", "Description of interest",
				"Details of interest");
	}

	@Provide
	Arbitrary<String> ends() {
		return Arbitraries.of("", "Ongoing", "Present", "Current", "To date", "N/A", "-", "Not known", "31/03/2025",
				"March 2025");
	}

	@Provide
	Arbitrary<String> declared() {
		return Arbitraries.of("", "2024/25", "FY 2023/24", "14/03/2024", "March 2024", "2024", "Unknown");
	}

	@Property(tries = 200)
	void everyRowIsReadWithTheDatesItStatesAndNoOthers(@ForAll("headers") String header, @ForAll("ends") String end,
			@ForAll("declared") String declared) {
		String csv = "Name,Position," + header + ",Type of interest,Date of interest from,Date of interest to,"
				+ "Date declared\nDr Dev Marchetti,GP Partner,Elm Street Surgery - partner,Financial interest,2009,"
				+ end + "," + declared + "\n";
		RegisterReader.Result result = RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"),
				Map.of());
		assertThat(result.entries()).as(result.lines().toString()).singleElement().satisfies(entry -> {
			assertThat(entry.subject() != null ? entry.subject() : entry.nature()).contains("Elm Street Surgery");
			assertThat(entry.validFrom()).isEqualTo(LocalDate.of(2009, 1, 1));
			assertThat(entry.validTo()).isEqualTo(switch (end) {
				case "31/03/2025" -> LocalDate.of(2025, 3, 31);
				case "March 2025" -> LocalDate.of(2025, 3, 31);
				default -> null;
			});
			if (declared.isEmpty() || declared.equals("Unknown")) {
				assertThat(entry.declaredOn()).isNull();
			}
			else {
				assertThat(entry.declaredOn()).isNotNull();
				// Written back as the register wrote it: to the day, month, year or financial year.
				assertThat(entry.declaredOnPrecision().format(entry.declaredOn(), DateTimeFormatter.ofPattern("dd/MM/yyyy")))
					.isEqualTo(declared.replace("FY ", ""));
			}
		});
	}

	@Provide
	Arbitrary<String> separators() {
		return Arbitraries.of(" - ", " to ", " until ", "\u2013", " \u2014 ");
	}

	@Provide
	Arbitrary<String> openEnds() {
		return Arbitraries.of("present", "Present", "ongoing", "date", "");
	}

	/**
	 * "Date of interest: 01/04/2020 - present": a range in the one date column is when the interest held, not when it
	 * was declared; its end, if stated, ends it.
	 */
	@Property(tries = 200)
	void aRangeInTheDateColumnIsWhenTheInterestHeld(
			@ForAll @net.jqwik.time.api.constraints.DateRange(min = "2000-01-01", max = "2030-12-31") LocalDate start,
			@ForAll("separators") String separator, @ForAll("openEnds") String open, @ForAll boolean ended,
			@ForAll boolean since) {
		LocalDate end = start.plusYears(2);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		String cell = ended ? start.format(day) + separator + end.format(day)
				: since ? "Since " + start.format(day)
				: start.format(day) + separator + (open.equals("date") ? "to date" : open);
		String csv = "Name,Organisation,Nature of interest,Type of interest,Date of interest\n"
				+ "Dr Dev Marchetti,Elm Street Surgery,Partner,Financial," + cell + "\n";
		RegisterReader.Result result = RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"),
				Map.of());
		assertThat(result.entries()).as(cell + " " + result.lines()).singleElement().satisfies(entry -> {
			assertThat(entry.validFrom()).isEqualTo(start);
			assertThat(entry.validTo()).isEqualTo(ended ? end : null);
			assertThat(entry.declaredOn()).isNull();
			assertThat(entry.notes()).anySatisfy(n -> assertThat(n).contains("is when the interest held"));
		});
	}

}
