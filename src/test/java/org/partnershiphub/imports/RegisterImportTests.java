package org.partnershiphub.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.imports.ImportService.Options;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RegisterImportTests extends GraphTestSupport {

	private static final String HEADER = "Forename,Surname,Date of Declaration,Position / Role,"
			+ "Nature of Business / Organisation,Nature of Interest / Comments,Type of interest\n";

	@Autowired
	ImportService imports;

	private static Options options(boolean dryRun, boolean skipBadRows) {
		return new Options("HWB register 2025", dryRun, skipBadRows, true, Map.of(), "officer");
	}

	private static byte[] messy() throws IOException {
		return new ClassPathResource("imports/register-messy.csv").getContentAsByteArray();
	}

	@Test
	void readsEveryRowOfAMessyRegisterAndSaysWhatItDidWithEachByLine() throws IOException {
		ImportReport report = this.imports.importRegister(messy(), "register-messy.csv", options(false, true));

		assertThat(report.status()).isEqualTo(Status.APPLIED);
		assertThat(report.lines()).extracting(ReportLine::line, ReportLine::outcome).containsExactly(
				tuple(1, Outcome.SKIPPED), tuple(2, Outcome.IMPORTED), tuple(3, Outcome.IMPORTED),
				tuple(4, Outcome.IMPORTED), tuple(5, Outcome.IMPORTED), tuple(6, Outcome.IMPORTED),
				tuple(7, Outcome.GUESSED), tuple(8, Outcome.SKIPPED), tuple(9, Outcome.IMPORTED),
				tuple(10, Outcome.GUESSED), tuple(11, Outcome.IMPORTED), tuple(12, Outcome.IMPORTED),
				tuple(13, Outcome.MERGED), tuple(14, Outcome.IMPORTED), tuple(15, Outcome.IMPORTED),
				tuple(16, Outcome.MERGED), tuple(17, Outcome.MERGED), tuple(18, Outcome.GUESSED),
				tuple(19, Outcome.GUESSED), tuple(20, Outcome.FAILED), tuple(21, Outcome.FAILED),
				tuple(22, Outcome.SKIPPED), tuple(23, Outcome.IMPORTED));
		assertThat(message(report, 7)).contains("columns shifted left by 4").contains("\"Homeowner - Quay Road\"");
		assertThat(message(report, 8)).isEqualTo("header repeated (page break)");
		assertThat(message(report, 10)).contains("possibly the same as Riverside Borough Council");
		assertThat(message(report, 13)).contains("the same interest as line 11");
		assertThat(message(report, 16)).contains("\"Harbour Care Limited\" read as Harbour Care Ltd (line 14)")
			.contains("the same interest as line 14");
		assertThat(message(report, 17)).startsWith("names Priya Shah, whose entries are on line 18")
			.contains("columns shifted right by 7");
		assertThat(message(report, 18)).contains("two-digit year read as 2025");
		assertThat(message(report, 19)).contains("possibly the same as Riverside NHS Foundation Trust");
		assertThat(message(report, 20)).isEqualTo("type of interest \"Gifts and hospitality\" is not one the hub "
				+ "reads (pecuniary, non-pecuniary, financial, non-financial professional or personal, indirect, other "
				+ "registrable)");
		assertThat(message(report, 21)).isEqualTo("continues line 20, which could not be read");
		assertThat(report.counts().peopleCreated()).isEqualTo(6);
		assertThat(report.counts().recordsCreated()).isEqualTo(15);

		assertThat(strings("MATCH (p:Person) RETURN coalesce(p.honorific + ' ', '') + p.givenName + ' ' + p.familyName"))
			.containsExactlyInAnyOrder("Alma Okonkwo", "Dev Marchetti", "Cllr Rosa Lindqvist", "Tomas Brennan",
					"Dr Priya Shah", "Sam Iqbal");
		assertThat(strings("""
				MATCH (i:Interest)-[:DECLARED_BY]->(p:Person)
				OPTIONAL MATCH (i)-[:IN_ORGANISATION]->(o)
				RETURN p.familyName + ': ' + coalesce(o.name, '"' + i.subject + '"') + ' / ' + coalesce(i.nature, '-')
				       + ' / ' + i.type + ' / ' + coalesce(toString(i.declaredOn), 'undated')
				""")).containsExactlyInAnyOrder(
				"Okonkwo: Riverside Borough Council / Director - Adults, Health & Communities / DISCLOSABLE_PECUNIARY / 2024-03-14",
				"Okonkwo: Riverside Borough Council / Attendee at meetings / DISCLOSABLE_PECUNIARY / 2024-03-14",
				"Okonkwo: Lantern House Trust / Trustee / NON_PECUNIARY / 2024-03-14",
				"Marchetti: Riverside GP Federation / Member / DISCLOSABLE_PECUNIARY / 2023-09-02",
				"Marchetti: Elm Street Surgery / GP Partner / DISCLOSABLE_PECUNIARY / 2023-09-02",
				"Marchetti: \"Homeowner - Quay Road\" / - / NON_PECUNIARY / 2023-09-02",
				"Marchetti: Unison / Member / NON_PECUNIARY / 2023-09-02",
				"Lindqvist: Riverside Council / Deputy Mayor / DISCLOSABLE_PECUNIARY / 2024-06-05",
				"Lindqvist: Elm Street Surgery / Registered Patient / NON_PECUNIARY / 2024-06-05",
				"Lindqvist: \"Partner works at St Anne's School\" / - / INDIRECT / 2024-06-05",
				"Brennan: Harbour Care Ltd / Director; Shareholder / DISCLOSABLE_PECUNIARY / undated",
				"Brennan: Harbour Care Ltd / Company Secretary / NON_FINANCIAL_PERSONAL / undated",
				"Shah: Riverside NHS Foundation Trust / Non-Executive Director / FINANCIAL / 2025-01-31",
				"Shah: Riverside Hospital NHS FT / Governor (spouse) / INDIRECT / 2025-01-31");
		assertThat(strings("MATCH (i:Interest {nature: 'Trustee'}) RETURN i.typeAsDeclared")).containsExactly("Non-Pecuniary Interest");
		assertThat(strings("MATCH (i:Interest {nature: 'Attendee at meetings'}) RETURN i.roles[1]"))
			.containsExactly("regular attendee Accountable Officers Group member");
		assertThat(count("MATCH (:NilReturn)-[:DECLARED_BY]->(:Person {familyName: 'Iqbal'}) RETURN count(*)")).isOne();
		assertThat(strings("""
				MATCH (i:Interest {nature: 'Trustee'})-[s:SOURCED_FROM]->(d:SourceDocument)
				RETURN d.title + ' ' + s.locator
				""")).containsExactly("HWB register 2025 line 4");
		assertThat(count("MATCH (n) WHERE (n:Person OR n:Organisation) AND NOT (n)-[:SOURCED_FROM]->() RETURN count(n)"))
			.isZero();
	}

	@Test
	void refusesTheWholeFileWhenARowCannotBeReadUnlessToldToSkipBadRows() throws IOException {
		ImportReport report = this.imports.importRegister(messy(), "register-messy.csv", options(false, false));

		assertThat(report.status()).isEqualTo(Status.REJECTED);
		assertThat(report.error()).isEqualTo("2 row(s) could not be read; nothing was imported (fix them, or import "
				+ "again skipping bad rows)");
		assertThat(report.lines()).filteredOn(l -> l.outcome() == Outcome.FAILED).extracting(ReportLine::line)
			.containsExactly(20, 21);
		assertThat(count("MATCH (n) WHERE NOT n:__Migration AND NOT n:ImportReport AND NOT n:__ImportLock RETURN count(n)"))
			.isZero();
		assertThat(this.imports.report(report.id()).orElseThrow().status()).isEqualTo(Status.REJECTED);
	}

	@Test
	void aDryRunReportsWithoutWriting() throws IOException {
		ImportReport report = this.imports.importRegister(messy(), "register-messy.csv", options(true, true));

		assertThat(report.status()).isEqualTo(Status.DRY_RUN);
		assertThat(report.counts().recordsCreated()).isEqualTo(15);
		assertThat(count("MATCH (n) WHERE NOT n:__Migration RETURN count(n)")).isZero();
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() throws IOException {
		this.imports.importRegister(messy(), "register-messy.csv", options(false, true));
		List<Map<String, Object>> before = graphDump();

		ImportReport again = this.imports.importRegister(messy(), "register-messy.csv", options(false, true));

		assertThat(graphDump()).isEqualTo(before);
		assertThat(again.counts().peopleCreated()).isZero();
		assertThat(again.counts().organisationsCreated()).isZero();
		assertThat(again.counts().recordsCreated()).isZero();
		assertThat(again.lines()).extracting(ReportLine::outcome).doesNotContain(Outcome.IMPORTED, Outcome.GUESSED)
			.contains(Outcome.MERGED);
	}

	@Test
	void aCouncilsRegisterUnderTheLocalismActsHeadingsImportsWhatIsDeclaredAndReportsEachNone() {
		byte[] register = csv("""
				Register of Members' Interests - Brackenford Council,,
				Member,Category,Details
				Cllr Jane Doe,"Employment, office, trade, profession or vocation","Teacher, Brackenford Academy"
				,Sponsorship,None
				,Contracts,None
				,Land,"Home at 12 Elm Road, Brackenford"
				,Securities,Shares in Riverside Care Ltd
				,Other interests: membership of bodies,"Trustee, Brackenford Carers Centre"
				Councillor Omar Farouk,"Employment, office, trade, profession or vocation",Retired
				,Sponsorship,Brackenford Labour Party (election expenses)
				,Land,-
				,Securities,Nil
				""");
		ImportReport report = this.imports.importRegister(register, "members-interests.csv", options(false, false));

		assertThat(report.status()).as(report.error()).isEqualTo(Status.APPLIED);
		assertThat(report.counts().peopleCreated()).isEqualTo(2);
		assertThat(report.lines()).filteredOn(l -> l.outcome() == Outcome.SKIPPED).extracting(ReportLine::message)
			.contains("nothing declared under \"Sponsorship\" (\"None\")", "nothing declared under \"Land\" (\"-\")",
					"nothing declared under \"Securities\" (\"Nil\")");
		assertThat(strings("""
				MATCH (p:Person)<-[:DECLARED_BY]-(i:Interest)
				RETURN p.familyName + ': ' + i.type + ' ' + i.subject + ' (' + i.typeAsDeclared + ')'
				""")).containsExactlyInAnyOrder(
				"Doe: DISCLOSABLE_PECUNIARY Teacher, Brackenford Academy (Employment, office, trade, profession or vocation)",
				"Doe: DISCLOSABLE_PECUNIARY Home at 12 Elm Road, Brackenford (Land)",
				"Doe: DISCLOSABLE_PECUNIARY Shares in Riverside Care Ltd (Securities)",
				"Doe: OTHER_REGISTRABLE Trustee, Brackenford Carers Centre (Other interests: membership of bodies)",
				"Farouk: DISCLOSABLE_PECUNIARY Brackenford Labour Party (election expenses) (Sponsorship)");
		ImportReport again = this.imports.importRegister(register, "members-interests.csv", options(false, false));
		assertThat(again.counts().recordsCreated()).isZero();
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(5);
	}

	@Test
	void aNewerRegisterUpdatesDatesInsteadOfDuplicatingAndEndsWhatItNoLongerLists() {
		this.imports.importRegister(csv(HEADER + """
				Tomas,Brennan,02/11/2024,Lay Member,Harbour Care Ltd,Director,Pecuniary Interest
				,,,,Lantern House Trust,Trustee,Non-Pecuniary Interest
				"""), "2024.csv", options(false, false));

		ImportReport newer = this.imports.importRegister(csv(HEADER + """
				Tomas,Brennan,01/10/2025,Lay Member,Harbour Care Limited,Director,Pecuniary
				"""), "2025.csv", options(false, false));

		assertThat(newer.status()).isEqualTo(Status.APPLIED);
		assertThat(newer.counts().recordsUpdated()).isOne();
		assertThat(newer.counts().recordsEnded()).isOne();
		assertThat(strings("""
				MATCH (i:Interest)-[:IN_ORGANISATION]->(o)
				RETURN o.name + ' ' + coalesce(toString(i.validFrom), '-') + ' ' + toString(i.declaredOn) + ' ' + coalesce(toString(i.validTo), 'open')
				""")).containsExactlyInAnyOrder("Harbour Care Ltd 2024-11-02 2025-10-01 open",
				"Lantern House Trust - 2024-11-02 2025-09-30");
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(2);
		assertThat(count("MATCH (:Interest {nature: 'Director'})-[:SOURCED_FROM]->(d:SourceDocument) RETURN count(d)"))
			.isEqualTo(2);
	}

	@Test
	void matchesPeopleAndOrganisationsAlreadyHeldAndFlagsNearMissesWithoutMergingThem() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String tomas = fixtures.person("Tomas", "Brennan");
		String harbour = fixtures.organisation("Harbour Care Limited", "COMPANY");

		ImportReport report = this.imports.importRegister(csv(HEADER + """
				Mr Tomas,Brennan,02/11/2024,Lay Member,"Harbour Care, Ltd.",Director,Pecuniary Interest
				Tomas,Brenan,02/11/2024,Lay Member,Harbour & Co,Director,Pecuniary Interest
				"""), "register.csv", options(false, false));

		assertThat(report.lines().get(1).outcome()).isEqualTo(Outcome.IMPORTED);
		assertThat(report.lines().get(1).message()).contains("person matched to Tomas Brennan (" + tomas + ")")
			.contains("\"Harbour Care, Ltd.\" matched to Harbour Care Limited (" + harbour + ")");
		assertThat(report.lines().get(2).outcome()).isEqualTo(Outcome.GUESSED);
		assertThat(report.lines().get(2).message())
			.contains("new person Tomas Brenan, possibly the same as Tomas Brennan (" + tomas + "): not merged");
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
		assertThat(count("MATCH (:Organisation {id: $id})<-[:IN_ORGANISATION]-(i) RETURN count(i)", "id", harbour))
			.isOne();
	}

	@Test
	void anInterestDescribedInWordsIsInTheOneOrganisationHeldThatTheWordsNameForConflictChecksToFollow() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String surgery = fixtures.organisation("Elm Street Surgery", "GP_PRACTICE");
		String network = fixtures.organisation("Riverside Primary Care Network", "PRIMARY_CARE_NETWORK");
		fixtures.organisation("Harbour Care Ltd", "COMPANY");
		fixtures.write("linkOrganisationToParent", map("organisationId", surgery, "parentId", network), "organisation");
		byte[] register = csv("""
				Name,Interest,Type of interest,Date declared
				Dr Priya Shah,"Wife is a partner at Elm Street Surgery, which provides services to the ICB",Indirect,01/04/2024
				Tom Lowe,Member of the Royal College of GPs,Non-financial professional,02/04/2024
				Ann Bell,Trustee of Elm Street Surgery and director of Harbour Care Ltd,Financial,03/04/2024
				""");

		ImportReport report = this.imports.importRegister(register, "register.csv", options(false, false));

		assertThat(report.status()).as(report.error()).isEqualTo(Status.APPLIED);
		assertThat(report.lines()).filteredOn(l -> l.line() == 2).singleElement().satisfies(l -> {
			assertThat(l.outcome()).isEqualTo(Outcome.GUESSED);
			assertThat(l.message()).contains("in Elm Street Surgery, which it names: check it on the person's page");
		});
		assertThat(report.lines()).filteredOn(l -> l.line() > 2).extracting(ReportLine::outcome)
			.containsOnly(Outcome.IMPORTED);
		assertThat(strings("""
				MATCH (p:Person)<-[:DECLARED_BY]-(i:Interest)
				OPTIONAL MATCH (i)-[:IN_ORGANISATION]->(o)
				RETURN p.familyName + ': ' + coalesce(o.name, '-') + ' / ' + i.subject""")).containsExactlyInAnyOrder(
				"Shah: Elm Street Surgery / Wife is a partner at Elm Street Surgery, which provides services to the ICB",
				"Lowe: - / Member of the Royal College of GPs",
				"Bell: - / Trustee of Elm Street Surgery and director of Harbour Care Ltd");
		String shah = strings("MATCH (p:Person {familyName: 'Shah'}) RETURN p.id").get(0);
		this.graphQl.documentName("conflictCheck")
			.variable("personId", shah)
			.variable("subjectIds", List.of(network))
			.variable("asOf", "2024-06-01")
			.execute()
			.path("conflictCheck[*].interestType").entityList(String.class).containsExactly("INDIRECT");
		ImportReport again = this.imports.importRegister(register, "register.csv", options(false, false));
		assertThat(again.counts().recordsCreated()).isZero();
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(3);
	}

	@Test
	void readsWindows1252AndXlsxAndOtherLayoutsThroughAColumnMapping() throws IOException {
		byte[] cp1252 = (HEADER + "Siân,Lloyd-Évans,3 March 2025,Member,Café Ltd,Director,Pecuniary\n")
			.getBytes(Charset.forName("windows-1252"));
		assertThat(this.imports.importRegister(cp1252, "r.csv", options(false, false)).status()).isEqualTo(Status.APPLIED);

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			String[][] cells = { { "Register of interests 2025" }, { "Member", "Declared", "Company", "What", "Kind" },
					{ "Dr Ola Nowak MBE", "", "Brackenford PCN", "Clinical Director", "Financial" } };
			for (int r = 0; r < cells.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					row.createCell(c).setCellValue(cells[r][c]);
				}
			}
			var style = workbook.createCellStyle();
			style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d-mmm-yy"));
			var date = sheet.getRow(2).getCell(1);
			date.setCellValue(java.time.LocalDate.of(2025, 4, 1));
			date.setCellStyle(style);
			workbook.write(xlsx);
		}
		ImportReport report = this.imports.importRegister(xlsx.toByteArray(), "r.xlsx",
				new Options(null, false, false, true, Map.of("name", "Member", "declaredOn", "2", "organisation",
						"Company", "nature", "What", "type", "Kind"), "officer"));

		assertThat(report.status()).as(report.toString()).isEqualTo(Status.APPLIED);
		assertThat(strings("""
				MATCH (i:Interest)-[:DECLARED_BY]->(p:Person), (i)-[:IN_ORGANISATION]->(o)
				RETURN coalesce(p.honorific + ' ', '') + p.givenName + ' ' + p.familyName + coalesce(' ' + p.postNominals, '')
				       + ': ' + o.name + ' ' + toString(i.declaredOn)
				""")).containsExactlyInAnyOrder("Siân Lloyd-Évans: Café Ltd 2025-03-03",
				"Dr Ola Nowak MBE: Brackenford PCN 2025-04-01");
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	private static String message(ImportReport report, int line) {
		return report.lines().stream().filter(l -> l.line() == line).findFirst().orElseThrow().message();
	}

	private List<String> strings(String query) {
		return this.driver.executableQuery(query).execute().records().stream().map(r -> r.get(0).asString()).toList();
	}

	/** Every node and relationship of the domain graph, with its properties (import reports and the audit trail left out). */
	private List<Map<String, Object>> graphDump() {
		return this.driver.executableQuery("""
				MATCH (n)
				WHERE NOT (n:ImportReport OR n:__Migration OR n:__ImportLock OR n:ChangeRecord OR n:AuditEntry OR n:__AuditHead)
				OPTIONAL MATCH (n)-[r]->(m)
				WITH n, r, m ORDER BY n.id, type(r), m.id
				RETURN labels(n) AS labels, properties(n) AS node, type(r) AS type, properties(r) AS relationship, m.id AS to
				""").execute().records().stream().map(org.neo4j.driver.Record::asMap).toList();
	}

}
