package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.imports.ImportService.Options;
import org.partnershiphub.imports.Table.Row;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Registers in the shapes real ones are published in: a paragraph where a name should be, a name with nothing
 * declared, organisation and nature cells swapped. No row is lost without a line that says so. Names invented.
 */
@IntegrationTest
class RegisterAsPublishedTests extends GraphTestSupport {

	static final String REGISTER = """
			Forename,Surname,Date of Declaration,Position / Role,Nature of Business / Organisation,Nature of Interest / Comments,Type of interest
			Wren,Halloway,03/04/2024,Governing Body GP,Tamar Valley GP Federation,Shareholder,Pecuniary Interest
			,,,,,"Contracts held by the federation: 2019/20 extended access (£412,000); 2020/21 minor surgery (£96,500); 2021/22 care homes enhanced service (£230,000)",
			Mara,Quillon,05/04/2024,Lay Member,,,
			Jory,Penhale,06/04/2024,Lay Member for Audit,Member,Tamarside Credit Union,Non-Pecuniary Interest
			""";

	@Autowired
	ImportService imports;

	@LocalServerPort
	int port;

	@Test
	void aParagraphOfContractsIsNeverTakenForAPersonAndTheFileIsRefusedSayingWhy() {
		ImportReport report = this.imports.importRegister(bytes(), "register.csv", options(false));
		assertThat(report.status()).isEqualTo(Status.REJECTED);
		ReportLine line3 = line(report, 3);
		assertThat(line3.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(line3.message()).isEqualTo("no type of interest");
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isZero();
		assertThat(report.lines()).extracting(ReportLine::line).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void aNameWithADateAndNothingElseRecordsThePersonAsListedNotAsANilReturn() {
		ImportReport report = this.imports.importRegister(bytes(), "register.csv", options(true));
		assertThat(report.status()).isEqualTo(Status.APPLIED);
		assertThat(line(report, 4).outcome()).isEqualTo(Outcome.IMPORTED);
		assertThat(line(report, 4).message()).startsWith("Mara Quillon is listed on the register on 2024-04-05 with "
				+ "nothing declared");
		assertThat(count("MATCH (:RegisterListing {declaredOn: date('2024-04-05')})-[:LISTED]->(:Person {familyName: "
				+ "'Quillon'}) RETURN count(*)")).isOne();
		assertThat(count("MATCH (n:NilReturn) RETURN count(n)")).isZero();
		ImportReport again = this.imports.importRegister(bytes(), "register.csv", options(true));
		assertThat(line(again, 4).outcome()).isEqualTo(Outcome.MERGED);
		assertThat(count("MATCH (l:RegisterListing) RETURN count(l)")).isOne();
	}

	@Test
	void organisationAndNatureCellsSwappedAreReadTheRightWayRoundAndSaidToBeGuessed() {
		ImportReport report = this.imports.importRegister(bytes(), "register.csv", options(true));
		ReportLine line5 = line(report, 5);
		assertThat(line5.outcome()).isEqualTo(Outcome.GUESSED);
		assertThat(line5.message()).contains("organisation and nature cells swapped (\"Member\" is a role)");
		assertThat(count("MATCH (o:Organisation {name: 'Member'}) RETURN count(o)")).isZero();
		assertThat(count("""
				MATCH (:Person {familyName: 'Penhale'})<-[:DECLARED_BY]-(i:Interest {nature: 'Member'})
				      -[:IN_ORGANISATION]->(:Organisation {name: 'Tamarside Credit Union'})
				RETURN count(i)""")).isOne();
	}

	@Test
	void aMessyRegisterComesBackAsPublishedEveryCellAsDeclaredInTheOrderPrinted() throws Exception {
		byte[] file = new ClassPathResource("imports/register-messy.csv").getContentAsByteArray();
		ImportReport report = this.imports.importRegister(file, "register-messy.csv", options(true));
		List<Row> input = Table.read(file, "register-messy.csv").rows();
		List<Integer> read = report.lines().stream()
			.filter(l -> l.outcome() != Outcome.SKIPPED && l.outcome() != Outcome.FAILED)
			.map(ReportLine::line)
			.toList();
		List<Row> exported = Table.read(download("officer", report.sourceDocumentId()), "export.csv").rows();
		assertThat(exported.get(0).cells()).isEqualTo(input.get(0).cells().subList(0, 7));
		assertThat(exported).hasSize(read.size() + 1);
		for (int i = 0; i < read.size(); i++) {
			Row published = input.get(read.get(i) - 1);
			List<String> cells = exported.get(i + 1).cells();
			boolean shifted = line(report, read.get(i)).message().contains("columns shifted");
			if (shifted) {
				// A row a PDF export shifted comes back where its cells belong, every word kept.
				assertThat(nonBlank(cells)).isEqualTo(nonBlank(published.cells()));
			}
			else {
				assertThat(cells).as("line " + published.line()).isEqualTo(published.cells().subList(0, 7));
			}
		}
		assertThat(nonBlank(exported.get(6).cells())).containsExactly("n/a", "Homeowner - Quay Road",
				"Non-Pecuniary Interest");
	}

	@Test
	void aWithheldRowIsRedactedForThePublicWithItsTypeAsDeclaredToo() throws Exception {
		byte[] file = REGISTER.getBytes(StandardCharsets.UTF_8);
		ImportReport report = this.imports.importRegister(file, "register.csv", options(true));
		cypher("MATCH (i:Interest)-[:DECLARED_BY]->(:Person {familyName: 'Halloway'}) SET i.withheld = true");
		List<Row> anonymous = Table.read(download(null, report.sourceDocumentId()), "export.csv").rows();
		assertThat(anonymous.get(1).cells()).containsExactly("Wren", "Halloway", "03/04/2024", "Governing Body GP",
				"Details withheld", "Details withheld", "Details withheld");
		List<Row> officer = Table.read(download("officer", report.sourceDocumentId()), "export.csv").rows();
		assertThat(officer.get(1).cells()).contains("Tamar Valley GP Federation", "Pecuniary Interest");
	}

	@Test
	void aDeclarationDatedToAMonthOrYearIsHeldAsTheRegisterGaveItAndComesBackSo() throws Exception {
		byte[] file = """
				Forename,Surname,Date of Declaration,Position / Role,Nature of Business / Organisation,Nature of Interest / Comments,Type of interest
				Wren,Halloway,April 2024,Governing Body GP,Tamar Valley GP Federation,Shareholder,Pecuniary Interest
				Jory,Penhale,2023,Lay Member for Audit,Tamarside Credit Union,Member,Non-Pecuniary Interest
				Mara,Quillon,05/04/2024,Lay Member,Tamarside Hospice,Trustee,Non-Pecuniary Interest
				""".getBytes(StandardCharsets.UTF_8);
		ImportReport report = this.imports.importRegister(file, "register.csv", options(false));
		assertThat(report.status()).isEqualTo(Status.APPLIED);
		assertThat(line(report, 2).outcome()).isEqualTo(Outcome.IMPORTED);
		assertThat(line(report, 2).message()).contains("declared in April 2024 (no day given; held as such)");
		assertThat(line(report, 3).message()).contains("declared in 2023 (no day or month given; held as such)");
		this.graphQl.document("""
				{ interests(first: 10) { edges { node { declaredOn declaredOnPrecision person { familyName } } } } }""")
			.execute()
			.path("interests.edges[?(@.node.person.familyName == 'Halloway')].node.declaredOnPrecision")
			.entityList(String.class).containsExactly("MONTH")
			.path("interests.edges[?(@.node.person.familyName == 'Penhale')].node.declaredOnPrecision")
			.entityList(String.class).containsExactly("YEAR")
			.path("interests.edges[?(@.node.person.familyName == 'Quillon')].node.declaredOnPrecision")
			.entityList(String.class).containsExactly("DAY");
		List<Row> exported = Table.read(download("officer", report.sourceDocumentId()), "export.csv").rows();
		assertThat(exported).extracting(r -> r.cell(2)).containsExactly("Date of Declaration", "April 2024", "2023",
				"05/04/2024");
		// Imported again, as exported, nothing changes.
		ImportReport again = this.imports.importRegister(download("officer", report.sourceDocumentId()), "export.csv",
				options(false));
		assertThat(again.lines()).extracting(ReportLine::outcome).containsExactly(Outcome.SKIPPED, Outcome.MERGED,
				Outcome.MERGED, Outcome.MERGED);
	}

	@Test
	void aRegisterInNhsEnglandsTemplateIsReadFromItsMarkedTypeColumns() throws Exception {
		byte[] file = """
				Register of Interests 2024/25,,,,,,,,,,
				Name,Current position(s) held- i.e. Governing Body; Member practice; Employee or other,Declared Interest- (Name of the organisation and nature of business),Type of Interest,,,Is the interest direct or indirect?,Nature of Interest,Date of Interest,,Action taken to mitigate risk
				,,,Financial,Non-financial professional,Non-financial personal,,,From,To,
				Wren Halloway,Governing Body GP,Tamar Valley GP Federation,X,,,Direct,Shareholder,01/04/2019,,Withdraws from decisions on the federation's contracts
				,,Tamarside Credit Union,,X,,Direct,Member,2021,,None required
				,,Tamar Hospice,X,,,Indirect,Spouse is a trustee,03/2022,,
				""".getBytes(StandardCharsets.UTF_8);
		ImportReport report = this.imports.importRegister(file, "nhse-template.csv", options(false));
		assertThat(report.status()).as(String.valueOf(report.lines())).isEqualTo(Status.APPLIED);
		assertThat(report.lines()).extracting(ReportLine::line, ReportLine::outcome).startsWith(
				tuple(1, Outcome.SKIPPED), tuple(2, Outcome.SKIPPED), tuple(3, Outcome.SKIPPED));
		assertThat(count("""
				MATCH (:Person {familyName: 'Halloway'})<-[:DECLARED_BY]-(i:Interest)-[:IN_ORGANISATION]->(o:Organisation)
				WHERE [o.name, i.type, i.typeAsDeclared, toString(i.validFrom)] IN [
				  ['Tamar Valley GP Federation', 'FINANCIAL', 'Financial', '2019-04-01'],
				  ['Tamarside Credit Union', 'NON_FINANCIAL_PROFESSIONAL', 'Non-financial professional', '2021-01-01'],
				  ['Tamar Hospice', 'INDIRECT', 'Financial (indirect)', '2022-03-01']]
				RETURN count(i)""")).isEqualTo(3);
		this.graphQl.document("""
				{ interests(first: 10) { edges { node { actionTaken organisation { name } } } } }""")
			.execute()
			.path("interests.edges[?(@.node.organisation.name == 'Tamar Valley GP Federation')].node.actionTaken")
			.entityList(String.class).containsExactly("Withdraws from decisions on the federation's contracts")
			.path("interests.edges[?(@.node.organisation.name == 'Tamar Hospice')].node.actionTaken")
			.entityList(Object.class).containsExactly((Object) null);
	}

	/** A register with a Type column and the template's "direct or indirect" and "action taken" columns beside it. */
	@Test
	void aTypedRegisterKeepsWhetherAnInterestIsIndirectAndHowItIsManaged() throws Exception {
		byte[] file = """
				Name,Position,Organisation,Nature of interest,Type of interest,Direct or indirect,Date declared,Action taken
				Wren Halloway,GP Partner,Tamar Valley GP Federation,Shareholder,Financial,Direct,01/04/2024,Withdraws from decisions on its contracts
				,,Tamar Hospice,Spouse is a trustee,Non-financial personal,Indirect,,
				""".getBytes(StandardCharsets.UTF_8);
		ImportReport report = this.imports.importRegister(file, "register.csv", options(false));
		assertThat(report.status()).as(String.valueOf(report.lines())).isEqualTo(Status.APPLIED);
		assertThat(count("""
				MATCH (:Person {familyName: 'Halloway'})<-[:DECLARED_BY]-(i:Interest)-[:IN_ORGANISATION]->(o:Organisation)
				WHERE [o.name, i.type, i.typeAsDeclared, coalesce(i.actionTaken, '-')] IN [
				  ['Tamar Valley GP Federation', 'FINANCIAL', 'Financial', 'Withdraws from decisions on its contracts'],
				  ['Tamar Hospice', 'INDIRECT', 'Non-financial personal (indirect)', '-']]
				RETURN count(i)""")).isEqualTo(2);
	}

	/**
	 * A register with one column describing each interest, held "Ongoing" or to "Present", declared in a financial
	 * year, and a nil return with no date: all read, nothing invented.
	 */
	@Test
	void aRegisterWithOneInterestColumnOpenEndsAndFinancialYearsIsReadAsItSays() throws Exception {
		byte[] file = """
				Name,Position,Interest,Type of interest,Date of interest from,Date of interest to,Date declared
				Wren Halloway,GP Partner,Tamar Valley GP Federation - shareholder,Financial interest,2009,Ongoing,2024/25
				Jory Penhale,Lay Member,Trustee of Tamar Hospice,Non-financial personal interest,April 2018,Present,03/05/2024
				Mara Quillon,Director of Finance,Nil return,,,,
				""".getBytes(StandardCharsets.UTF_8);
		ImportReport report = this.imports.importRegister(file, "register.csv", options(false));
		assertThat(report.status()).as(String.valueOf(report.lines())).isEqualTo(Status.APPLIED);
		assertThat(line(report, 2).message()).contains("declared in 2024/25 (no day or month of the financial year given");
		assertThat(line(report, 4).message()).contains("a nil return with no date of declaration: no nil return recorded")
			.contains("Mara Quillon is listed on the register (no date given)");
		assertThat(count("""
				MATCH (p:Person)<-[:DECLARED_BY]-(i:Interest)
				WHERE i.validTo IS NULL
				  AND [p.familyName, i.subject, toString(i.validFrom), toString(i.declaredOn),
				       coalesce(i.declaredOnPrecision, 'DAY')]
				  IN [['Halloway', 'Tamar Valley GP Federation - shareholder', '2009-01-01', '2024-04-01', 'FINANCIAL_YEAR'],
				      ['Penhale', 'Trustee of Tamar Hospice', '2018-04-01', '2024-05-03', 'DAY']]
				RETURN count(i)""")).isEqualTo(2);
		assertThat(count("MATCH (n:NilReturn) RETURN count(n)")).isZero();
		assertThat(count("MATCH (:RegisterListing)-[:LISTED]->(:Person {familyName: 'Quillon'}) RETURN count(*)")).isOne();
		List<Row> exported = Table.read(download("officer", report.sourceDocumentId()), "export.csv").rows();
		assertThat(exported).extracting(r -> r.cell(6)).contains("2024/25");
	}

	@Test
	void theImportsLookAlikeOrganisationsAreTheFirstCandidatesAnOfficerReviews() throws Exception {
		byte[] file = new ClassPathResource("imports/register-messy.csv").getContentAsByteArray();
		this.imports.importRegister(file, "register-messy.csv", options(true));
		this.graphQl.document("{ duplicateCandidates(kind: ORGANISATION, first: 5) { edges { node { first { name } second { name } "
				+ "evidence } } } }")
			.execute()
			.path("duplicateCandidates.edges[*].node.first.name").entityList(String.class).hasSize(2)
			.path("duplicateCandidates.edges[0].node.evidence[0]").entity(String.class)
			.isEqualTo("same name once words that say only what kind of body it is are set aside: Riverside Borough "
					+ "Council / Riverside Council")
			.path("duplicateCandidates.edges[1].node.evidence[0]").entity(String.class)
			.isEqualTo("same kind of body, and one name adds only \"hospital\": Riverside Hospital NHS FT / "
					+ "Riverside NHS Foundation Trust");
	}

	private byte[] download(String user, String documentId) {
		var request = RestClient.create("http://localhost:" + this.port).get()
			.uri("/api/registers?documentId=" + documentId + "&format=csv");
		if (user != null) {
			request = request.headers(h -> h.setBasicAuth(user, user));
		}
		return request.retrieve().body(byte[].class);
	}

	private static List<String> nonBlank(List<String> cells) {
		return cells.stream().filter(c -> !c.isBlank()).toList();
	}

	private static ReportLine line(ImportReport report, int line) {
		return report.lines().stream().filter(l -> l.line() == line).findFirst().orElseThrow();
	}

	private static byte[] bytes() {
		return REGISTER.getBytes(StandardCharsets.UTF_8);
	}

	private static Options options(boolean skipBadRows) {
		return new Options("Tamarside ICB register 2024", false, skipBadRows, true, Map.of(), "officer");
	}

}
