package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.RegisterReader.Entry;
import org.partnershiphub.interest.InterestType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registers in NHS England's template, as trusts and ICBs publish them: a column per type of interest, the declarant's
 * marked, whether it is direct or indirect, the interest's dates From and To, and the action taken; the header printed
 * on one row, or on two with "Type of interest" and "Date of interest" over their columns.
 */
class NhsTemplateProperties {

	/** The upper of two header rows: headings merged down over both rows, or across their columns. */
	private static final List<String> UPPER = List.of("Name",
			"Current position(s) held- i.e. Governing Body, Member practice, Employee or other",
			"Declared Interest- (Name of the organisation and nature of business)", "Type of Interest", "", "",
			"Is the interest direct or indirect?", "Nature of Interest", "Date of Interest", "", "Action taken to mitigate risk");

	/** The lower row: each type column's own heading, short or long, and the dates'. */
	private static final List<String> LOWER_OF_TWO = List.of("", "", "", "Financial", "Non-financial professional",
			"Non-financial personal", "", "", "From", "To", "");

	private static final List<String> LOWER = List.of("Name",
			"Current position(s) held- i.e. Governing Body, Member practice, Employee or other",
			"Declared Interest- (Name of the organisation and nature of business)", "Financial Interests",
			"Non-Financial Professional Interests", "Non-Financial Personal Interests", "Is the interest direct or indirect?",
			"Nature of Interest", "From", "To", "Action taken to mitigate risk");

	record Declared(String organisation, int column, boolean indirect, LocalDate from) {

		InterestType type() {
			return this.indirect ? InterestType.INDIRECT
					: List.of(InterestType.FINANCIAL, InterestType.NON_FINANCIAL_PROFESSIONAL,
							InterestType.NON_FINANCIAL_PERSONAL).get(this.column);
		}

	}

	@Provide
	Arbitrary<List<Declared>> declarations() {
		Arbitrary<String> organisation = Arbitraries.of("Elm Street Surgery", "Riverside GP Federation",
				"British Medical Association", "Lantern House Trust", "Harbour Care Ltd");
		Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
		return Combinators.combine(organisation, Arbitraries.integers().between(0, 2), Arbitraries.of(false, false, true), from)
			.as(Declared::new)
			.list()
			.ofMinSize(1)
			.ofMaxSize(4)
			.uniqueElements(Declared::organisation);
	}

	@Property(tries = 150)
	void everyMarkedInterestIsReadWithTheTypeOfItsColumn(@ForAll("declarations") List<Declared> declared,
			@ForAll boolean twoRowHeader, @ForAll("marks") String mark, @ForAll("blanks") String blank) {
		StringBuilder csv = new StringBuilder();
		if (twoRowHeader) {
			csv.append(line(UPPER));
			csv.append(line(LOWER_OF_TWO));
		}
		else {
			csv.append(line(LOWER.stream().map(h -> h.equals("From") ? "Date of Interest From"
					: h.equals("To") ? "Date of Interest To" : h).toList()));
		}
		for (int i = 0; i < declared.size(); i++) {
			Declared d = declared.get(i);
			if (twoRowHeader && i == declared.size() - 1 && i > 0) {
				// A page break: a PDF export prints both header rows again.
				csv.append(line(UPPER)).append(line(LOWER_OF_TWO));
			}
			List<String> cells = new ArrayList<>(List.of(i == 0 ? "Dr Dev Marchetti" : "", i == 0 ? "GP Board Member" : "",
					d.organisation(), blank, blank, blank, d.indirect() ? "Indirect" : "Direct", "Partner",
					d.from().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "", "Declared at meetings"));
			cells.set(3 + d.column(), mark);
			csv.append(line(cells));
		}
		RegisterReader.Result result = RegisterReader.read(
				Table.read(csv.toString().getBytes(StandardCharsets.UTF_8), "register.csv"), Map.of());
		assertThat(result.lines()).noneMatch(l -> l.outcome() == Outcome.FAILED);
		assertThat(result.entries()).extracting(Entry::organisation, Entry::type, Entry::validFrom)
			.containsExactlyElementsOf(declared.stream()
				.map(d -> org.assertj.core.groups.Tuple.tuple(d.organisation(), d.type(), d.from()))
				.toList());
		assertThat(result.entries()).allSatisfy(e -> assertThat(e.person().familyName()).isEqualTo("Marchetti"));
		assertThat(result.entries()).allSatisfy(e -> assertThat(e.nature()).isEqualTo("Partner"));
	}

	@Provide
	Arbitrary<String> marks() {
		return Arbitraries.of("X", "x", "\u2713", "\u2714", "Yes", "Y");
	}

	@Provide
	Arbitrary<String> blanks() {
		return Arbitraries.of("", "-", "No", "N/A");
	}

	@Property(tries = 50)
	void theTemplatesOrganisationCellGivesTheNameAndKeepsTheBusinessWithTheNature(
			@ForAll("organisationsAndBusinesses") List<String> cell) {
		String csv = line(LOWER) + line(List.of("Dr Dev Marchetti", "GP", cell.get(0), "X", "", "", "Direct", "Partner",
				"01/04/2020", "", ""));
		List<Entry> entries = RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"), Map.of())
			.entries();
		assertThat(entries).singleElement().satisfies(e -> {
			assertThat(e.organisation()).isEqualTo(cell.get(1));
			assertThat(e.nature()).isEqualTo(cell.get(2));
		});
	}

	/** The cell as written, the organisation read from it, and the nature then. */
	@Provide
	Arbitrary<List<String>> organisationsAndBusinesses() {
		return Arbitraries.of(List.of("Elm Street Surgery - GP practice", "Elm Street Surgery", "Partner (GP practice)"),
				List.of("Harbour Care Ltd \u2013 domiciliary care provider", "Harbour Care Ltd",
						"Partner (domiciliary care provider)"),
				List.of("Acme Pharma Ltd (pharmaceutical wholesaler)", "Acme Pharma Ltd", "Partner (pharmaceutical wholesaler)"),
				List.of("Riverside Care (UK) Ltd", "Riverside Care (UK) Ltd", "Partner"),
				List.of("Acme (UK)", "Acme (UK)", "Partner"),
				List.of("Lantern House Trust", "Lantern House Trust", "Partner"));
	}

	/** A post and an organisation as registers write them in one cell, and the organisation read from it. */
	@Provide
	Arbitrary<List<String>> postsAt() {
		Arbitrary<String> post = Arbitraries.of("Trustee", "GP Partner", "Non-Executive Director", "Medical Director",
				"Chief Executive", "Director of Public Health", "Chair of Governors", "Shareholder", "Clinical Lead",
				"Board Member");
		Arbitrary<String> named = Arbitraries.of("Elm Street Surgery", "Acme Pharma Ltd",
				"Riverside NHS Foundation Trust", "Brackenford Council", "British Medical Association",
				"Lantern House Trust");
		Arbitrary<String> any = Arbitraries.oneOf(named, Arbitraries.of("Kestrel Hospice", "O'Neill Consulting"));
		return Arbitraries.oneOf(
				Combinators.combine(post, any).as((p, o) -> List.of(p + ", " + o, o, p)),
				Combinators.combine(post, any).as((p, o) -> List.of(o + ", " + p, o, p)),
				Combinators.combine(post, any).as((p, o) -> List.of(p + " - " + o, o, p)),
				Combinators.combine(post, named, Arbitraries.of("of", "at", "in"))
					.as((p, o, word) -> List.of(p + " " + word + " " + o, o, p)));
	}

	@Property(tries = 200)
	void aPostWrittenWithItsOrganisationIsKeptWithTheNature(@ForAll("postsAt") List<String> cell,
			@ForAll boolean template, @ForAll @net.jqwik.api.constraints.AlphaChars
			@net.jqwik.api.constraints.StringLength(max = 8) String nature) {
		String csv = template
				? line(LOWER) + line(List.of("Dr Dev Marchetti", "GP", cell.get(0), "X", "", "", "Direct", nature,
						"01/04/2020", "", ""))
				: "Name,Organisation,Type of interest,Nature of interest,Date declared\n"
						+ line(List.of("Dr Dev Marchetti", cell.get(0), "Financial", nature, "01/04/2020"));
		RegisterReader.Result result = RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"),
				Map.of());
		assertThat(result.entries()).singleElement().satisfies(e -> {
			assertThat(e.organisation()).isEqualTo(cell.get(1));
			assertThat(e.nature()).isEqualTo(nature.isEmpty() ? cell.get(2) : cell.get(2) + "; " + nature);
			assertThat(e.notes()).contains(
					"organisation \"" + cell.get(1) + "\", the post \"" + cell.get(2) + "\" kept with the nature");
		});
	}

	@Property(tries = 50)
	void anOrganisationWhoseNameStartsWithAPostIsReadWhole(@ForAll("namesLikePosts") String organisation) {
		String csv = line(LOWER) + line(List.of("Dr Dev Marchetti", "GP", organisation, "X", "", "", "Direct",
				"Partner", "01/04/2020", "", ""));
		assertThat(RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"), Map.of()).entries())
			.singleElement()
			.satisfies(e -> assertThat(e.organisation()).isEqualTo(organisation));
	}

	@Provide
	Arbitrary<String> namesLikePosts() {
		return Arbitraries.of("Partners in Care Ltd", "Friends of Kestrel Hospice", "Smith, Jones & Partners",
				"Governors for Schools Trust", "Directors Forum for Health Ltd", "Director of Public Health",
				"Brackenford Council, Adult Social Care");
	}

	/** A sentence in the organisation column: the body it names is the organisation, the sentence the nature. */
	@Property(tries = 100)
	void aSentenceInTheOrganisationColumnGivesTheBodyItNames(
			@ForAll("sentences") String sentence, @ForAll("bodies") String body) {
		String cell = sentence.formatted(body);
		String csv = line(LOWER) + line(List.of("Dr Dev Marchetti", "GP", cell, "", "", "", "Indirect", "", "2020", "",
				""));
		assertThat(RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"), Map.of()).entries())
			.singleElement()
			.satisfies(e -> {
				assertThat(e.organisation()).isEqualTo(body.replaceFirst("^the ", ""));
				assertThat(e.nature()).isEqualTo(cell);
				assertThat(e.guessed()).isTrue();
			});
		String none = sentence.formatted("a local surgery");
		csv = line(LOWER) + line(List.of("Dr Dev Marchetti", "GP", none, "", "", "", "Indirect", "", "2020", "", ""));
		assertThat(RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"), Map.of()).entries())
			.singleElement()
			.satisfies(e -> {
				assertThat(e.organisation()).isNull();
				assertThat(e.subject()).isEqualTo(none);
			});
	}

	@Provide
	Arbitrary<String> sentences() {
		return Arbitraries.of("Spouse is employed by %s as a physiotherapist", "My husband is a partner at %s",
				"Daughter works for %s in a clinical role", "Brother-in-law is a director of %s",
				"Wife is a non-executive director of %s.");
	}

	@Provide
	Arbitrary<String> bodies() {
		return Arbitraries.of("Kestrel Community Trust", "Elm Street Surgery", "Acme Pharma Ltd",
				"Tamarside and Wyebridge NHS Trust", "Brackenford Council",
				"the Royal College of General Practitioners");
	}

	@Example
	void anInterestSaidToBeIndirectWithNoTypeMarkedIsIndirect() {
		String csv = line(LOWER) + line(List.of("Dr Dev Marchetti", "GP", "Kestrel Community Trust", "", "", "",
				"Indirect", "Spouse is a physiotherapist there", "2020", "", "Declare"));
		RegisterReader.Result result = RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"),
				Map.of());
		assertThat(result.lines()).noneMatch(l -> l.outcome() == Outcome.FAILED);
		assertThat(result.entries()).singleElement().satisfies(e -> {
			assertThat(e.type()).isEqualTo(InterestType.INDIRECT);
			assertThat(e.typeAsDeclared()).isEqualTo("Indirect");
		});
	}

	@Example
	void twoTypesMarkedOnOneRowIsRefusedSayingSo() {
		String csv = line(LOWER) + line(List.of("Dr Dev Marchetti", "GP", "Elm Street Surgery", "X", "X", "", "Direct",
				"Partner", "01/04/2020", "", ""));
		RegisterReader.Result result = RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"),
				Map.of());
		assertThat(result.lines()).anySatisfy(l -> {
			assertThat(l.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(l.message()).startsWith("more than one type marked (Financial Interests and Non-Financial "
					+ "Professional Interests)");
		});
	}

	private static String line(List<String> cells) {
		return String.join(",", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()) + "\n";
	}

	@Provide
	Arbitrary<String> types() {
		return Arbitraries.of("Financial", "Indirect", "Non-financial professional", "Non-Financial Personal Interest");
	}

	/** NHS England's published register: a Type column, a long "Description of interest" heading, dates, comments. */
	@Property(tries = 200)
	void thePublishedRegistersDescriptionDatesAndCommentsAreEachReadInTheirPlace(
			@ForAll("types") String type, @ForAll boolean commented, @ForAll boolean nilFirst) {
		String csv = """
				Riverside University Hospitals NHS Foundation Trust - Register of Interests 2024/25,,,,,,
				Name,Job Title,Type of Interest,"Description of interest (including for indirect interests, details of the relationship with the person who has the interest)",Relevant dates From,To,Comments
				""" + (nilFirst ? "Mrs Deborah Kent,Chief Executive,Nil declaration,,,,\n" : "")
				+ "Mr Sanjay Patel,Chief Finance Officer," + type + ",\"Wife is a partner at Elm Street Surgery\",Mar-21,"
				+ "Present," + (commented ? "Will withdraw from any related decisions" : "") + "\n";
		RegisterReader.Result result = RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"),
				Map.of());
		assertThat(result.lines()).extracting(ImportReport.ReportLine::outcome).doesNotContain(Outcome.FAILED);
		Entry patel = result.entries().get(result.entries().size() - 1);
		assertThat(patel.subject()).isEqualTo("Wife is a partner at Elm Street Surgery");
		assertThat(patel.typeAsDeclared()).isEqualTo(type);
		assertThat(patel.validFrom()).isEqualTo(LocalDate.of(2021, 3, 1));
		assertThat(patel.validTo()).isNull();
		assertThat(patel.actionTaken()).isEqualTo(commented ? "Will withdraw from any related decisions" : null);
		if (nilFirst) {
			assertThat(result.entries().get(0)).satisfies(kent -> {
				assertThat(kent.nil()).isTrue();
				assertThat(kent.type()).isNull();
			});
		}
	}

}
