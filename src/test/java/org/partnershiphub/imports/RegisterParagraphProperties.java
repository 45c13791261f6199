package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.RegisterReader.Entry;

import static org.assertj.core.api.Assertions.assertThat;

/** A register's organisation cell holding a paragraph where a name should be, as declarants write them. */
class RegisterParagraphProperties {

	private static final String HEADER = "Name,Date of declaration,Organisation,Nature of interest,Type of interest\n";

	@Provide
	Arbitrary<String> organisations() {
		return Arbitraries.of("Elm Street Surgery", "Riverside GP Federation", "Harbour Care Ltd",
				"Riverside NHS Foundation Trust", "Lantern House Trust", "Smith and Smith and Smith Ltd",
				"Riverside Care (UK) Ltd", "St. Mary's Hospice", "Harbour Care Co. Ltd");
	}

	@Provide
	Arbitrary<String> tails() {
		return Arbitraries.of(" (GP partner, 2 sessions a week; see also the Riverside GP Federation where I am a shareholder)",
				"; my spouse is a director of its subsidiary", ". My son works there as a nurse. He started in 2023.",
				", registered charity 1122334; I chair its fundraising group",
				" - shareholding (under 1%); held through a pension fund since 2019");
	}

	private static List<Entry> read(String organisation, String nature) {
		String csv = HEADER + "Dr Dev Marchetti,04/05/2024,\"" + organisation.replace("\"", "\"\"") + "\"," + nature
				+ ",Financial\n";
		return RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "register.csv"), Map.of()).entries();
	}

	@Property(tries = 100)
	void theOrganisationIsTheNameAParagraphOpensWithAndNothingElseIsLost(@ForAll("organisations") String name,
			@ForAll("tails") String tail) {
		List<Entry> entries = read(name + tail, "Partner");
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.organisation()).isEqualTo(name);
			assertThat(entry.nature()).startsWith("Partner ").endsWith(tail.strip().replaceFirst("^[-,;.]\\s*", ""))
				.hasSizeGreaterThan(("Partner " + tail.strip()).length() - 3);
			assertThat(entry.guessed()).isTrue();
			assertThat(entry.notes()).anySatisfy(n -> assertThat(n).contains("from a paragraph"));
		});
	}

	@Property(tries = 50)
	void aNameIsReadAsItIsHoweverLong(@ForAll("organisations") String name) {
		String long_ = "The " + name + " and Northmere and Southmere Joint Committee for Health and Care Services";
		for (String organisation : List.of(name, long_)) {
			assertThat(read(organisation, "Director")).singleElement().satisfies(entry -> {
				assertThat(entry.organisation()).isEqualTo(organisation);
				assertThat(entry.nature()).isEqualTo("Director");
				assertThat(entry.guessed()).isFalse();
			});
		}
	}

	@Example
	void aParagraphWithNoNameToOpenItIsRefusedByLine() {
		String csv = HEADER + "Dr Dev Marchetti,04/05/2024,\"(see my declaration to the ICB; nothing new since then)\","
				+ "Partner,Financial\n";
		RegisterReader.Result result = RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"),
				Map.of());
		assertThat(result.entries()).isEmpty();
		assertThat(result.lines()).anySatisfy(line -> {
			assertThat(line.line()).isEqualTo(2);
			assertThat(line.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(line.message()).contains("reads as a paragraph");
		});
	}

}
