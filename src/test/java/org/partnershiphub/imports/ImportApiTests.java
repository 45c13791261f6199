package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST side of imports and exports, rosters and attendance lists, duplicates and merges. */
@IntegrationTest
class ImportApiTests extends GraphTestSupport {

	private static final String REGISTER = """
			Forename,Surname,Date of Declaration,Position / Role,Nature of Business / Organisation,Nature of Interest / Comments,Type of interest
			Tomas,Brennan,02/11/2024,Lay Member,Harbour Care Ltd,=HYPERLINK("http://evil.example"),Pecuniary Interest
			,,,,Lantern House Trust,Trustee,Non-Pecuniary Interest
			""";

	@LocalServerPort
	int port;

	private ResponseEntity<Map> upload(String path, String user, String csv, Map<String, String> params) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "upload.csv";
			}
		});
		params.forEach(parts::add);
		RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + this.port).post().uri(path)
			.contentType(MediaType.MULTIPART_FORM_DATA);
		if (user != null) {
			request = request.headers(h -> h.setBasicAuth(user, user));
		}
		return request.body(parts).retrieve().onStatus(HttpStatusCode::isError, (req, res) -> {
		}).toEntity(Map.class);
	}

	private ResponseEntity<byte[]> download(String user, String query) {
		var request = RestClient.create("http://localhost:" + this.port).get().uri("/api/registers?" + query);
		if (user != null) {
			request = request.headers(h -> h.setBasicAuth(user, user));
		}
		return request.retrieve().onStatus(HttpStatusCode::isError, (req, res) -> {
		}).toEntity(byte[].class);
	}

	@Test
	void anUploadWithoutAFileIsTheCallersErrorAsAProblemDetail() {
		ResponseEntity<String> response = RestClient.create("http://localhost:" + this.port).post()
			.uri("/api/imports/registers")
			.headers(h -> h.setBasicAuth("officer", "officer"))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(new LinkedMultiValueMap<>(Map.of("source", List.of("HWB 2024"))))
			.retrieve().onStatus(HttpStatusCode::isError, (req, res) -> {
			}).toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(response.getBody()).contains("\"status\":400").contains("file");
	}

	@Test
	void onlyOfficersAndAdminsMayImport() {
		assertThat(upload("/api/imports/registers", null, REGISTER, Map.of()).getStatusCode().value()).isEqualTo(401);
		assertThat(upload("/api/imports/registers", "partner", REGISTER, Map.of()).getStatusCode().value()).isEqualTo(403);
		assertThat(upload("/api/imports/registers", "auditor", REGISTER, Map.of()).getStatusCode().value()).isEqualTo(403);
		assertThat(count("MATCH (n) WHERE NOT n:__Migration RETURN count(n)")).isZero();

		ResponseEntity<Map> applied = upload("/api/imports/registers", "officer", REGISTER, Map.of("source", "HWB 2024"));
		assertThat(applied.getStatusCode().value()).isEqualTo(200);
		assertThat(applied.getBody()).containsEntry("status", "APPLIED").containsEntry("importedBy", "officer");
		assertThat((List<?>) applied.getBody().get("lines")).hasSize(3);
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(2);
	}

	@Test
	void anUnreadableFileIsRejectedWith422AndAReadableReportInGraphQl() {
		ResponseEntity<Map> rejected = upload("/api/imports/registers", "officer", "a,\"b\n", Map.of());
		assertThat(rejected.getStatusCode().value()).isEqualTo(422);
		assertThat(rejected.getBody()).containsEntry("status", "REJECTED")
			.containsEntry("error", "Line 1: a quoted field opens here and is never closed (unbalanced \")");

		this.graphQl.document("{ importReports(first: 5) { edges { node { status error counts { rows } } } } }")
			.execute()
			.path("importReports.edges[0].node.status").entity(String.class).isEqualTo("REJECTED")
			.path("importReports.edges[0].node.error").entity(String.class)
			.isEqualTo("Line 1: a quoted field opens here and is never closed (unbalanced \")");
		as(null, null).document("{ importReports(first: 5) { edges { node { status } } } }")
			.execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
		as("partner", "partner").document("{ importReports(first: 5) { edges { node { status } } } }")
			.execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

	@Test
	void aColumnMappingReadsAnotherLayout() {
		ResponseEntity<Map> applied = upload("/api/imports/registers", "officer", """
				Member,Body,Kind of interest
				Ola Nowak,Brackenford PCN,Financial
				""", Map.of("column.name", "Member", "column.organisation", "Body", "column.type", "Kind of interest"));
		assertThat(applied.getBody()).containsEntry("status", "APPLIED");
		assertThat(count("MATCH (:Person {familyName: 'Nowak'})<-[:DECLARED_BY]-(i:Interest {type: 'FINANCIAL'}) RETURN count(i)"))
			.isOne();
	}

	@Test
	void importsARosterAndAnAttendanceListAndMatchesThemTheSecondTime() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String council = fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		String board = fixtures.board("Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD", council);
		String roster = """
				Name,Role,Organisation,Voting,Side
				Cllr Rosa Lindqvist,Chair,Brackenford Council,Yes,
				Dev Marchetti,Member,Riverside GP Federation,,
				Alma Okonkwo,Advisor,Brackenford Council,No,
				""";
		ResponseEntity<Map> first = upload("/api/imports/rosters", "officer", roster,
				Map.of("boardId", board, "from", "2025-04-01"));
		assertThat(first.getBody()).as(String.valueOf(first.getBody())).containsEntry("status", "APPLIED");
		assertThat(count("""
				MATCH (:Board {id: $board})<-[:ON_BOARD]-(m:Membership)-[:HELD_BY]->(p:Person)
				WHERE m.from = date('2025-04-01')
				RETURN count(m)""", "board", board)).isEqualTo(3);
		assertThat(count("MATCH (m:Membership {role: 'CHAIR', voting: true, electedMember: true}) RETURN count(m)")).isOne();
		assertThat(count("MATCH (m:Membership {role: 'ADVISOR', voting: false}) RETURN count(m)")).isOne();
		ResponseEntity<Map> again = upload("/api/imports/rosters", "officer", roster, Map.of("boardId", board, "from", "2025-04-01"));
		assertThat((Map<String, Object>) again.getBody().get("counts")).containsEntry("merged", 3).containsEntry("recordsCreated", 0);

		String meeting = fixtures.create("scheduleMeeting", Map.of("boardId", board, "date", "2025-09-18", "title",
				"HWB September"), "meeting");
		ResponseEntity<Map> attendance = upload("/api/imports/attendance", "officer", """
				Name,Role,Attendance,Chairing
				Cllr Rosa Lindqvist,Chair,Present,In the Chair
				Dev Marchetti,Member,Apologies,
				Priya Shah,Director of Public Health,Present,
				""", Map.of("meetingId", meeting));
		assertThat(attendance.getBody()).as(String.valueOf(attendance.getBody())).containsEntry("status", "APPLIED");
		List<Map<String, Object>> lines = (List<Map<String, Object>>) attendance.getBody().get("lines");
		assertThat(lines.get(3)).containsEntry("outcome", "GUESSED");
		assertThat((String) lines.get(3).get("message")).contains("recorded as in attendance");
		assertThat(count("MATCH (a:Attendance {status: 'PRESENT', chair: true})-[:ATTENDEE]->(:Person {familyName: 'Lindqvist'}) RETURN count(a)"))
			.isOne();
		assertThat(count("MATCH (a:Attendance {status: 'IN_ATTENDANCE'})-[:ATTENDEE]->(:Person {familyName: 'Shah'}) RETURN count(a)"))
			.isOne();
	}

	@Test
	void exportsTheRegisterFormulaSafeWithWithheldDetailsOnlyForOfficers() throws Exception {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String council = fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		String board = fixtures.board("Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD", council);
		upload("/api/imports/registers", "officer", REGISTER, Map.of());
		String tomas = this.driver.executableQuery("MATCH (p:Person) RETURN p.id").execute().records().get(0).get(0).asString();
		this.graphQl.documentName("appointMember")
			.variable("input", map("personId", tomas, "boardId", board, "role", "MEMBER", "voting", true, "from", "2024-01-01"))
			.execute();
		cypher("MATCH (i:Interest {nature: 'Trustee'}) SET i.withheld = true");

		// PUBLIC reads today's register only, as in GraphQL.
		assertThat(download(null, "boardId=" + board + "&asOf=2025-01-01&format=csv").getStatusCode().value())
			.isEqualTo(401);
		String published = new String(download(null, "boardId=" + board + "&format=csv").getBody(),
				StandardCharsets.UTF_8);
		assertThat(published).isEqualTo("\uFEFF" + """
				Forename,Surname,Date of Declaration,Position / Role,Nature of Business / Organisation,Nature of Interest / Comments,Type of interest\r
				Tomas,Brennan,02/11/2024,Lay Member,Harbour Care Ltd,"'=HYPERLINK(""http://evil.example"")",Pecuniary Interest\r
				,,,,,Details withheld,Details withheld\r
				""");
		String officers = new String(download("officer", "boardId=" + board + "&asOf=2025-01-01&format=csv").getBody(),
				StandardCharsets.UTF_8);
		assertThat(officers).contains(",,,,Lantern House Trust,Trustee,Non-Pecuniary Interest");
		assertThat(count("MATCH (c:ChangeRecord {operation: 'readWithheldInterests'}) RETURN count(c)")).isZero();
		assertThat(new String(download("auditor", "boardId=" + board + "&asOf=2025-01-01&format=csv").getBody(),
				StandardCharsets.UTF_8)).contains("Lantern House Trust,Trustee");
		assertThat(count("MATCH (c:ChangeRecord {operation: 'readWithheldInterests', actor: 'auditor'}) RETURN count(c)"))
			.isOne();

		byte[] xlsx = download(null, "boardId=" + board + "&format=xlsx").getBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var cell = workbook.getSheetAt(0).getRow(1).getCell(5);
			assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(cell.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
		}
		assertThat(new String(download(null, "boardId=" + board + "&format=json").getBody(),
				StandardCharsets.UTF_8)).contains("\"nature\":\"Details withheld\"").doesNotContain("Lantern");
		assertThat(download(null, "format=csv").getStatusCode().value()).isEqualTo(400);
		assertThat(download(null, "boardId=nope").getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void suggestsDuplicatesWithEvidenceMergesThemAndForgetsRejectedPairs() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String brennan = fixtures.person("Tomas", "Brennan");
		String brenan = fixtures.person("Tomas", "Brenan");
		String t = fixtures.person("T", "Brennan");
		fixtures.person("Alma", "Okonkwo");
		String ltd = fixtures.organisation("Harbour Care Ltd", "COMPANY");
		String limited = fixtures.organisation("Harbour Care Limited", "COMPANY");

		this.graphQl.document("{ duplicateCandidates(kind: PERSON) { totalCount edges { node { first { id } second { id } score evidence } } } }")
			.execute()
			.path("duplicateCandidates.edges").entityList(Object.class).hasSize(2)
			.path("duplicateCandidates.totalCount").entity(Integer.class).isEqualTo(2)
			.path("duplicateCandidates.edges[*].node.evidence[0]").entityList(String.class)
			.contains("same forename; surnames a letter apart: brenan / brennan");
		this.graphQl.document("{ duplicateCandidates(kind: ORGANISATION) { edges { node { first { name } second { name } score evidence } } } }")
			.execute()
			.path("duplicateCandidates.edges[0].node.evidence[0]").entity(String.class)
			.isEqualTo("same name once \"Ltd\"/\"Limited\", \"&\"/\"and\" and punctuation are set aside: "
					+ "Harbour Care Limited / Harbour Care Ltd");

		this.graphQl.document("mutation($i: MarkNotDuplicateInput!) { markNotDuplicate(input: $i) { marked userErrors { message } } }")
			.variable("i", map("firstId", brennan, "secondId", t, "reason", "T Brennan is Tess, his sister"))
			.execute()
			.path("markNotDuplicate.marked").entity(Boolean.class).isEqualTo(true);
		cypher("""
				MATCH (p:Person {id: $id})
				CREATE (:Interest {id: 'i1', type: 'FINANCIAL', subject: 'Shares', withheld: false})-[:DECLARED_BY]->(p)
				""", "id", brenan);

		this.graphQl.document("mutation($i: MergeInput!) { mergePeople(input: $i) { keptId aliases userErrors { message } } }")
			.variable("i", map("keepId", brennan, "mergeId", brenan, "reason", "Typo in the 2024 register"))
			.execute()
			.path("mergePeople.aliases").entityList(String.class).containsExactly("Tomas Brenan");
		assertThat(count("MATCH (:Interest {id: 'i1'})-[:DECLARED_BY]->(:Person {id: $id}) RETURN count(*)", "id", brennan))
			.isOne();
		assertThat(count("MATCH (p:Person {id: $id}) RETURN count(p)", "id", brenan)).isZero();
		assertThat(count("MATCH (m:MergeRecord {mergedId: $id, reason: 'Typo in the 2024 register', by: 'officer'}) RETURN count(m)",
				"id", brenan)).isOne();
		this.graphQl.document("{ duplicateCandidates(kind: PERSON) { edges { node { first { id } second { id } } } } }")
			.execute()
			.path("duplicateCandidates.edges").entityList(Object.class).hasSize(0);
		as("partner", "partner").document("mutation($i: MergeInput!) { mergeOrganisations(input: $i) { keptId } }")
			.variable("i", map("keepId", ltd, "mergeId", limited, "reason", "same"))
			.execute()
			.errors().expect(e -> e.getMessage().equals("Changes need the OFFICER or ADMIN role")).verify();
	}

}
