package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
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
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.RegisterReader.Entry;
import org.partnershiphub.interest.InterestType;
import org.partnershiphub.interest.Regime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council's register as the Localism Act's form prints it: each member's name once, then a row per heading
 * (employment, sponsorship, contracts, land, licences, corporate tenancies, securities, other interests), most of
 * them "None". Every heading with something under it is one interest, of the heading's type; every "None" is
 * reported, never an interest in "None"; a member with nothing at all is still on the register.
 */
class CouncilRegisterProperties {

	private static final List<String> DISCLOSABLE = List.of("Employment, office, trade, profession or vocation",
			"Sponsorship", "Contracts", "Land", "Licences", "Corporate tenancies", "Securities");

	private static final List<String> OTHER = List.of("Other interests: membership of bodies",
			"Other registerable interests", "Membership of bodies", "Unpaid directorships");

	record Heading(String heading, String details) {
	}

	record Member(String name, List<Heading> headings) {
	}

	@Provide
	Arbitrary<List<Member>> registers() {
		Arbitrary<String> details = Arbitraries.frequency(
				weighted(4, "None"), weighted(1, "Nil"), weighted(1, "N/A"), weighted(1, "-"), weighted(1, ""),
				weighted(1, "None declared"),
				weighted(3, "Shares in Riverside Care Ltd"), weighted(3, "Home at 12 Elm Road, Brackenford"),
				weighted(2, "Teacher, Brackenford Academy"), weighted(2, "Trustee, Brackenford Carers Centre"));
		Arbitrary<Heading> heading = Combinators.combine(
				Arbitraries.of(DISCLOSABLE), Arbitraries.of(OTHER), Arbitraries.integers().between(0, 9), details)
			.as((d, o, pick, text) -> new Heading(pick < 8 ? d : o, text));
		Arbitrary<Member> member = Combinators.combine(
				Arbitraries.of("Cllr Jane Doe", "Councillor Omar Farouk", "Cllr Dr Priya Shah",
						"Councillor Tom O'Neill MBE"),
				heading.list().ofMinSize(1).ofMaxSize(8)).as(Member::new);
		return member.list().ofMinSize(1).ofMaxSize(4).uniqueElements(Member::name);
	}

	@Provide
	Arbitrary<String> nameHeaders() {
		return Arbitraries.of("Member", "Councillor", "Name", "Name of member", "Elected member");
	}

	@Property(tries = 300)
	void everyHeadingWithSomethingUnderItIsOneInterestAndEveryNoneIsReported(@ForAll("registers") List<Member> members,
			@ForAll("nameHeaders") String nameHeader) {
		StringBuilder csv = new StringBuilder("Register of Members' Interests,,\n")
			.append(nameHeader)
			.append(",Category,Details\n");
		List<Heading> declared = new ArrayList<>();
		int nothing = 0;
		for (Member m : members) {
			for (int i = 0; i < m.headings().size(); i++) {
				Heading h = m.headings().get(i);
				csv.append(i == 0 ? m.name() : "").append(",\"").append(h.heading()).append("\",\"").append(h.details())
					.append("\"\n");
				if (none(h.details())) {
					nothing++;
				}
				else {
					declared.add(h);
				}
			}
		}
		RegisterReader.Result result = RegisterReader.read(
				Table.read(csv.toString().getBytes(StandardCharsets.UTF_8), "register.csv"), Map.of(),
				Regime.LOCAL_GOVERNMENT);
		List<Entry> interests = result.entries().stream().filter(e -> e.type() != null).toList();
		assertThat(interests).extracting(Entry::subject)
			.containsExactlyElementsOf(declared.stream().map(Heading::details).toList());
		assertThat(interests).extracting(Entry::type).containsExactlyElementsOf(declared.stream()
			.map(h -> DISCLOSABLE.contains(h.heading()) ? InterestType.DISCLOSABLE_PECUNIARY
					: InterestType.OTHER_REGISTRABLE)
			.toList());
		assertThat(interests).extracting(Entry::typeAsDeclared)
			.containsExactlyElementsOf(declared.stream().map(Heading::heading).toList());
		// A "None" on a member's first row lists the member; on the rows under it, it is a line of the report.
		long listedAlone = result.entries().stream().filter(e -> e.type() == null).count();
		long reported = result.lines().stream().filter(l -> l.message().startsWith("nothing declared under")).count();
		assertThat(listedAlone + reported).isEqualTo(nothing);
		assertThat(result.entries()).extracting(e -> e.person().familyName()).containsAll(
				members.stream().map(m -> Names.person(m.name()).familyName()).toList());
		assertThat(result.lines()).extracting(ReportLine::outcome).doesNotContain(Outcome.FAILED);
	}

	/** A "Title" column before the names: "Cllr", "Dr" go before the name; a job title there is the person's role. */
	@Property(tries = 200)
	void aTitleColumnIsTheNamesHonorificOrThePersonsRole(@ForAll("titles") String title, @ForAll boolean split) {
		String csv = (split ? "Title,First Name,Surname," : "Title,Name,")
				+ "Position,Organisation,Nature of Interest,Type of Interest,Date Declared\n" + title + ","
				+ (split ? "Jane,Doe," : "Jane Doe,")
				+ "Cabinet Member,Riverside Care Ltd,Shareholder,Pecuniary,12/05/2024\n";
		RegisterReader.Result result = RegisterReader.read(Table.read(csv.getBytes(StandardCharsets.UTF_8), "r.csv"),
				Map.of());
		assertThat(result.lines()).extracting(ReportLine::outcome).doesNotContain(Outcome.FAILED);
		Entry entry = result.entries().get(0);
		assertThat(entry.person().familyName()).isEqualTo("Doe");
		assertThat(entry.person().givenName()).isEqualTo("Jane");
		boolean honorific = !title.contains(" ");
		assertThat(entry.person().honorific()).isEqualTo(honorific ? title.replace(".", "") : null);
		assertThat(entry.roles()).isEqualTo(honorific ? List.of("Cabinet Member") : List.of("Cabinet Member", title));
	}

	@Provide
	Arbitrary<String> titles() {
		return Arbitraries.of("Cllr", "Dr", "Mrs", "Councillor", "Prof.", "Chief Executive", "Lay Member");
	}

	@Example
	void theLocalismActsHeadingsAreTypesOfInterest() {
		for (String heading : DISCLOSABLE) {
			assertThat(InterestType.fromDeclared(heading, Regime.LOCAL_GOVERNMENT)).as(heading)
				.contains(InterestType.DISCLOSABLE_PECUNIARY);
			assertThat(InterestType.fromDeclared(heading, null)).as(heading).contains(InterestType.DISCLOSABLE_PECUNIARY);
			assertThat(InterestType.fromDeclared(heading, Regime.NHS)).as(heading).contains(InterestType.FINANCIAL);
		}
		for (String heading : OTHER) {
			assertThat(InterestType.fromDeclared(heading, null)).as(heading).contains(InterestType.OTHER_REGISTRABLE);
		}
		assertThat(InterestType.fromDeclared("3. Contracts with the authority", null))
			.contains(InterestType.DISCLOSABLE_PECUNIARY);
		assertThat(InterestType.fromDeclared("Landlord", null)).isEmpty();
		assertThat(InterestType.fromDeclared("Contracts held by the federation: 2019/20 extended access (£412,000); "
				+ "2020/21 minor surgery (£96,500)", null)).isEmpty();
		assertThat(InterestType.fromDeclared("Non-financial professional", null))
			.contains(InterestType.NON_FINANCIAL_PROFESSIONAL);
	}

	private static boolean none(String details) {
		return details.isEmpty() || List.of("None", "Nil", "N/A", "-", "None declared").contains(details);
	}

	private static <T> Tuple2<Integer, T> weighted(int weight, T value) {
		return Tuple.of(weight, value);
	}

}
