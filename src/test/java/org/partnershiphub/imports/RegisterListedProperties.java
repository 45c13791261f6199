package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.partnershiphub.imports.RegisterReader.Entry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registers whose cells list several interests a line each, as spreadsheets keep them (a line break in a cell), and
 * cells whose text is merely wrapped over lines: each interest read once, nothing joined that was listed, nothing
 * split that was wrapped.
 */
class RegisterListedProperties {

	private static final String HEADER = "Name,Role,Organisation,Nature of interest,Type of interest,Date declared\n";

	@Provide
	Arbitrary<List<String>> organisations() {
		return Arbitraries.of("Elm Street Surgery", "Tamar Valley GP Federation Ltd", "Lantern House Trust",
				"Riverside Credit Union", "Harbour Care Ltd", "St. Mary's Hospice", "Kestrel Homecare Ltd")
			.list().ofMinSize(2).ofMaxSize(4).uniqueElements();
	}

	@Provide
	Arbitrary<String> marks() {
		return Arbitraries.of("%d. ", "%d) ", "\u2022 ", "- ", "");
	}

	private static List<Entry> read(String organisation, String nature, String type) {
		String csv = HEADER + "Dr Dev Marchetti,GP Partner,\"" + organisation + "\",\"" + nature + "\",\"" + type
				+ "\",04/05/2024\n";
		return RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "register.csv"), Map.of()).entries();
	}

	/**
	 * "Dr Priya Shah, Medical Director" in a register's name column is Dr Priya Shah in the post of Medical Director,
	 * not a person named "Priya Shah Medical Director"; "Shah, Priya" is still Priya Shah, with no role from it.
	 */
	@Property(tries = 200)
	void aPostOrBodyAfterTheNameAndACommaIsARoleNotPartOfTheName(@ForAll("registerNames") String name,
			@ForAll("posts") String post, @ForAll boolean surnameFirst) {
		String[] words = name.split(" ");
		String written = surnameFirst
				? words[words.length - 1] + ", " + String.join(" ", List.of(words).subList(0, words.length - 1))
				: name + ", " + post;
		String csv = "Name,Organisation,Nature of interest,Type of interest,Date declared\n\"" + written
				+ "\",Lantern House Trust,Trustee,Non-financial personal,04/05/2024\n";
		List<Entry> entries = RegisterReader
			.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "register.csv"), Map.of())
			.entries();
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.person()).isEqualTo(Names.person(name));
			if (surnameFirst) {
				assertThat(entry.roles()).isEmpty();
			}
			else {
				assertThat(entry.roles()).containsExactly(post);
			}
		});
	}

	@Provide
	Arbitrary<String> registerNames() {
		return Arbitraries.of("Dr Priya Shah", "Cllr Rosa Lindqvist", "Dev Marchetti", "Mrs Ana Pereira",
				"Prof Tom O'Neil", "Alma Okonkwo-Reid");
	}

	@Provide
	Arbitrary<String> posts() {
		return Arbitraries.of("Medical Director", "Chair, NHS Northmere CCG", "Healthwatch Brackenford",
				"Director of Public Health", "Riverside NHS Foundation Trust", "Lay Member", "Chief Executive");
	}

	@Property(tries = 200)
	void aCellListingInterestsALineEachIsReadAsThatManyInterests(@ForAll("organisations") List<String> names,
			@ForAll("marks") String mark, @ForAll boolean oneNature, @ForAll boolean oneType) {
		List<String> listed = new ArrayList<>();
		List<String> natures = new ArrayList<>();
		List<String> types = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			listed.add(mark.formatted(i + 1) + names.get(i));
			natures.add("Role " + (char) ('A' + i));
			types.add((i % 2 == 0) ? "Financial" : "Non-financial professional");
		}
		// Unnumbered lines are a list only when another cell's lines match them one for one.
		boolean natureLines = mark.isEmpty() || !oneNature;
		List<Entry> entries = read(String.join("\n", listed), natureLines ? String.join("\n", natures) : "Trustee",
				oneType ? "Financial" : String.join("\n", types));
		assertThat(entries).extracting(Entry::organisation).containsExactlyElementsOf(names);
		assertThat(entries).extracting(Entry::nature)
			.containsExactlyElementsOf(natureLines ? natures : names.stream().map(n -> "Trustee").toList());
		assertThat(entries).extracting(Entry::typeAsDeclared)
			.containsExactlyElementsOf(oneType ? names.stream().map(n -> "Financial").toList() : types);
		assertThat(entries).allSatisfy(e -> {
			assertThat(e.person().familyName()).isEqualTo("Marchetti");
			assertThat(e.line()).isEqualTo(2);
			assertThat(e.guessed()).isTrue();
			assertThat(e.cells().get(2)).isEqualTo(String.join("\n", listed));
		});
	}

	/** "Dr Dev Marchetti" over "GP Partner" in the name cell: the name is its first line, the rest are roles. */
	@Property(tries = 50)
	void rolesPrintedUnderTheNameAreRoles(@ForAll("organisations") List<String> names) {
		String csv = "Name,Organisation,Nature of interest,Type of interest\n\"Dr Dev Marchetti\nGP Partner\nClinical "
				+ "Lead\",\"" + names.get(0) + "\",Partner,Financial\n";
		List<Entry> entries = RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"), Map.of())
			.entries();
		assertThat(entries).singleElement().satisfies(e -> {
			assertThat(e.person().familyName()).isEqualTo("Marchetti");
			assertThat(e.person().givenName()).isEqualTo("Dev");
			assertThat(e.roles()).containsExactly("GP Partner", "Clinical Lead");
			assertThat(e.organisation()).isEqualTo(names.get(0));
		});
	}

	@Property(tries = 100)
	void aNameWrappedOverLinesIsOneOrganisation(@ForAll("organisations") List<String> names,
			@ForAll @IntRange(min = 1, max = 3) int at) {
		String name = names.get(0) + " and " + names.get(1);
		String[] words = name.split(" ");
		int cut = Math.min(at, words.length - 1);
		String wrapped = String.join(" ", List.of(words).subList(0, cut)) + "\n"
				+ String.join(" ", List.of(words).subList(cut, words.length));
		assertThat(read(wrapped, "Shareholder", "Financial")).singleElement().satisfies(e -> {
			assertThat(e.organisation()).isEqualTo(name);
			assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("written over several lines: read as one"));
		});
	}

}
