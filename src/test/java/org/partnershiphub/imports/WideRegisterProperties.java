package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.RegisterReader.Entry;
import org.partnershiphub.interest.InterestType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Registers printed a column per type of interest, each interest written in its column (a CCG's "Financial
 * interests" ... "Indirect interests", a council's "Employment" ... "Other interests"): read as the same interests
 * as the register a row per interest, each of its column's type, "Nil" and "None" never an interest, a member with
 * "Nil" in every column a nil return.
 */
class WideRegisterProperties {

	private static final List<String> CCG = List.of("Financial Interests", "Non-Financial Professional Interests",
			"Non-Financial Personal Interests", "Indirect Interests");

	private static final List<String> COUNCIL = List.of("Employment", "Sponsorship", "Contracts", "Land", "Licences",
			"Corporate Tenancies", "Securities", "Other interests");

	private static final List<String> PEOPLE = List.of("Dr Priya Shah", "Tom Lowe", "Cllr Jane Doe", "Ana de Souza",
			"Councillor Omar Farouk");

	@Provide
	Arbitrary<String> cells() {
		return Arbitraries.frequencyOf(
				Tuple.of(3, Arbitraries.of("Nil", "None", "N/A", "-", "")),
				Tuple.of(2, Arbitraries.of("Partner, Elm Street Surgery", "Trustee, Brackenford Carers Centre",
						"Husband is a director of Riverside Care Ltd", "Shares in Harbour Care Ltd",
						"Member of the Royal College of GPs", "Governor, Elm Street Primary School")));
	}

	@Provide
	Arbitrary<List<List<String>>> grids() {
		return cells().list().ofSize(COUNCIL.size()).list().ofMinSize(1).ofMaxSize(PEOPLE.size());
	}

	@Property(tries = 300)
	void aColumnPerTypeReadsAsTheSameInterestsAsARowPerInterest(@ForAll("grids") List<List<String>> grid,
			@ForAll boolean council) {
		List<String> headings = council ? COUNCIL : CCG;
		StringBuilder wide = new StringBuilder("Name,Position,").append(String.join(",", headings))
			.append(",Date of declaration\n");
		StringBuilder tall = new StringBuilder("Name,Position,Type of interest,Interest,Date of declaration\n");
		int nilReturns = 0;
		for (int p = 0; p < grid.size(); p++) {
			List<String> cells = grid.get(p).subList(0, headings.size());
			String date = "0" + (p + 1) + "/04/2024";
			wide.append(PEOPLE.get(p)).append(",Member,");
			cells.forEach(cell -> wide.append('"').append(cell).append("\","));
			wide.append(date).append('\n');
			boolean first = true;
			for (int c = 0; c < headings.size(); c++) {
				if (!none(cells.get(c))) {
					tall.append(first ? PEOPLE.get(p) + ",Member," : ",,").append(headings.get(c)).append(",\"")
						.append(cells.get(c)).append("\",").append(first ? date : "").append('\n');
					first = false;
				}
			}
			if (first) {
				boolean said = cells.stream().anyMatch(cell -> !cell.isEmpty());
				tall.append(PEOPLE.get(p)).append(",Member,,").append(said ? "Nil" : "").append(',').append(date)
					.append('\n');
				nilReturns += said ? 1 : 0;
			}
		}
		RegisterReader.Result fromWide = read(wide.toString());
		RegisterReader.Result fromTall = read(tall.toString());
		assertThat(fromWide.entries()).extracting(WideRegisterProperties::fact)
			.containsExactlyElementsOf(fromTall.entries().stream().map(WideRegisterProperties::fact).toList());
		assertThat(fromWide.entries()).filteredOn(Entry::nil).hasSize(nilReturns);
		assertThat(fromWide.entries()).extracting(Entry::subject).doesNotContain("Nil", "None", "N/A", "-", "");
		assertThat(fromWide.lines()).extracting(ReportLine::outcome).doesNotContain(Outcome.FAILED);
	}

	@Example
	void aCcgRegisterWithItsInterestsWrittenInTheTypeColumnsKeepsEachInterestsType() {
		RegisterReader.Result result = read("""
				Name,Current position(s) held in the CCG,Declared Interest - Financial Interests,Non-Financial Professional Interests,Non-Financial Personal Interests,Indirect Interests,Date of Declaration
				Dr Priya Shah,GP Governing Body Member,"Partner, Elm Street Surgery",Member of the Royal College of GPs,Nil,Husband is a director of Riverside Care Ltd,01/04/2024
				Tom Lowe,Lay Member,Nil,Nil,Nil,Nil,02/04/2024
				""");
		assertThat(result.entries()).extracting(e -> e.person().familyName(), Entry::type, Entry::subject)
			.containsExactly(
					tuple("Shah", InterestType.FINANCIAL, "Partner, Elm Street Surgery"),
					tuple("Shah", InterestType.NON_FINANCIAL_PROFESSIONAL,
							"Member of the Royal College of GPs"),
					tuple("Shah", InterestType.INDIRECT,
							"Husband is a director of Riverside Care Ltd"),
					tuple("Lowe", null, null));
		assertThat(result.entries().get(3).nil()).isTrue();
		assertThat(result.entries()).extracting(Entry::notes).noneMatch(n -> n.contains("continues from above"));
	}

	@Example
	void theTemplateWhoseTypeColumnsHoldOnlyMarksIsNotReadAsWritten() {
		RegisterReader.Result result = read("""
				Name,Position,Financial,Non-financial professional,Non-financial personal,Indirect interests,Name of the organisation,Nature of interest,Date of declaration
				Dr Priya Shah,GP,X,,,,Elm Street Surgery,Partner,01/04/2024
				""");
		assertThat(result.entries()).singleElement()
			.satisfies(e -> assertThat(e.organisation()).isEqualTo("Elm Street Surgery"))
			.satisfies(e -> assertThat(e.type()).isEqualTo(InterestType.FINANCIAL));
	}

	private static RegisterReader.Result read(String csv) {
		return RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "register.csv"), Map.of());
	}

	private static boolean none(String cell) {
		return List.of("Nil", "None", "N/A", "-", "").contains(cell);
	}

	private static List<Object> fact(Entry e) {
		List<Object> fact = new ArrayList<>();
		fact.add(e.person());
		fact.add(e.type());
		fact.add(e.typeAsDeclared());
		fact.add(e.subject());
		fact.add(e.declaredOn());
		fact.add(e.roles());
		fact.add(e.nil());
		return fact;
	}

}
