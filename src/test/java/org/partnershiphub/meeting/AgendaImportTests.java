package org.partnershiphub.meeting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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
import static org.assertj.core.api.Assertions.tuple;

/**
 * A meeting's agenda imported as a council prints it (columns separated by tabs, a title running on to a second line,
 * items with no purpose printed, a Part B heading), and as a table; every name is invented.
 */
@IntegrationTest
class AgendaImportTests extends GraphTestSupport {

	static final String AGENDA = """
			BRACKENFORD HEALTH AND WELLBEING BOARD

			Thursday 18 September 2025 at 2.00 pm
			Committee Room 1, Town Hall, 10 Market Street, Brackenford

			AGENDA

			1.	Welcome, introductions and apologies for absence			Chair		Verbal
			2.	Declarations of interest			Chair		Verbal
			3.	Minutes of the meeting held on 10 July 2025	For approval		Chair		Pages 1 - 8
			4.	Better Care Fund Plan 2025/26	For approval		Jo Marsh, Director of Adult Social Care		Pages 9 - 40
			5.	Joint Strategic Needs Assessment: Children and
				Young People chapter	For discussion		Dr C Dee		41 - 60
			6.	Healthwatch Brackenford annual report	For information		Healthwatch Brackenford
			7.	Any other business

			PART B - EXEMPT ITEMS (not for publication)
			8.	Riverside Care Ltd contract extension			Director of Commissioning
			""";

	@LocalServerPort
	int port;

	private Fixtures fixtures;

	private String board;

	private String meeting;

	private String provider;

	@BeforeEach
	void aBoardAndAMeeting() {
		this.fixtures = new Fixtures(this.graphQl);
		String council = this.fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		this.provider = this.fixtures.organisation("Riverside Care Ltd", "COMPANY");
		this.fixtures.organisation("Healthwatch Brackenford", "HEALTHWATCH");
		this.board = this.fixtures.board("Brackenford Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD",
				council);
		this.meeting = this.fixtures.create("scheduleMeeting", map("boardId", this.board, "date", "2025-09-18"),
				"meeting");
	}

	@Test
	void theAgendaAsPrintedBecomesTheMeetingsItemsWithWhatEachIsForAndWhoLeadsIt() {
		Map<?, ?> report = upload(AGENDA, "agenda.txt", Map.of()).getBody();
		assertThat(report.get("status")).as(String.valueOf(report)).isEqualTo("APPLIED");
		assertThat(items()).extracting(i -> i.get("number"), i -> i.get("title"), i -> i.get("purpose"),
				i -> i.get("lead"))
			.containsExactly(tuple("1", "Welcome, introductions and apologies for absence", null, "Chair"),
					tuple("2", "Declarations of interest", null, "Chair"),
					tuple("3", "Minutes of the meeting held on 10 July 2025", "DECISION", "Chair"),
					tuple("4", "Better Care Fund Plan 2025/26", "DECISION", "Jo Marsh, Director of Adult Social Care"),
					tuple("5", "Joint Strategic Needs Assessment: Children and Young People chapter", "DISCUSSION",
							"Dr C Dee"),
					tuple("6", "Healthwatch Brackenford annual report", "NOTING", "Healthwatch Brackenford"),
					tuple("7", "Any other business", null, null),
					tuple("8", "Riverside Care Ltd contract extension", null, "Director of Commissioning"));
		assertThat(items().get(7).get("concerns")).isEqualTo(List.of(Map.of("name", "Riverside Care Ltd")));
		assertThat(items().get(5).get("concerns")).isEqualTo(List.of(Map.of("name", "Healthwatch Brackenford")));
		assertThat(items().get(3).get("purposeAsPublished")).isEqualTo("For approval");
		assertThat(lines(report)).anySatisfy(line -> assertThat(line).containsEntry("line", 18)
			.containsEntry("outcome", "GUESSED")
			.extractingByKey("message").asString().contains("concerns Riverside Care Ltd"))
			.anySatisfy(line -> assertThat(line).containsEntry("line", 1).containsEntry("outcome", "SKIPPED"))
			.anySatisfy(line -> assertThat(line).containsEntry("line", 9).containsEntry("outcome", "IMPORTED")
				.extractingByKey("message").asString().contains("purpose not stated"));
	}

	@Test
	void theSameAgendaTwiceChangesNothingAndARevisedOneFillsInAPurpose() {
		upload(AGENDA, "agenda.txt", Map.of());
		Map<?, ?> again = upload(AGENDA, "agenda.txt", Map.of()).getBody();
		assertThat(again.get("status")).isEqualTo("APPLIED");
		assertThat(((Map<?, ?>) again.get("counts")).get("recordsCreated")).isEqualTo(0);
		assertThat(((Map<?, ?>) again.get("counts")).get("recordsUpdated")).isEqualTo(0);
		assertThat(items()).hasSize(8);
		Map<?, ?> revised = upload(AGENDA.replace("8.\tRiverside Care Ltd contract extension\t\t\t",
				"8.\tRiverside Care Ltd contract extension\tFor decision\t\t"), "agenda-v2.txt", Map.of()).getBody();
		assertThat(((Map<?, ?>) revised.get("counts")).get("recordsUpdated")).isEqualTo(1);
		assertThat(items().get(7)).containsEntry("purpose", "DECISION").containsEntry("purposeAsPublished",
				"For decision");
		assertThat(items().get(7).get("concerns")).asList().hasSize(1);
	}

	@Test
	void anItemHeldUnderTheSameNumberWithAnotherTitleIsRefusedAndNothingIsWritten() {
		this.fixtures.create("addAgendaItem", map("meetingId", this.meeting, "number", "4", "title",
				"Pharmaceutical Needs Assessment", "purpose", "NOTING"), "agendaItem");
		ResponseEntity<Map> response = upload(AGENDA, "agenda.txt", Map.of());
		assertThat(response.getStatusCode().value()).isEqualTo(422);
		assertThat(lines(response.getBody())).anySatisfy(line -> assertThat(line).containsEntry("outcome", "FAILED")
			.containsEntry("line", 11)
			.extractingByKey("message").asString().contains("\"Pharmaceutical Needs Assessment\""));
		assertThat(items()).extracting(i -> i.get("title")).containsExactly("Pharmaceutical Needs Assessment");
	}

	@Test
	void anItemWhosePurposeTheAgendaDoesNotStateIsCheckedAsForADecision() {
		String member = this.fixtures.person("Ada", "Quill");
		this.fixtures.create("appointMember", map("personId", member, "boardId", this.board, "role", "MEMBER",
				"voting", true, "from", "2024-01-01"), "membership");
		this.fixtures.create("declareInterest", map("personId", member, "organisationId", this.provider, "type",
				"FINANCIAL", "nature", "Shareholder", "declaredOn", "2025-01-10"), "interest");
		upload(AGENDA, "agenda.txt", Map.of());
		this.graphQl.document("""
				query($id: ID!) { meetingConflicts(meetingId: $id) { items { item { number purpose }
				  conflicts { person { displayName } action } } } }""")
			.variable("id", this.meeting)
			.execute()
			.path("meetingConflicts.items[7].item.purpose").valueIsNull()
			.path("meetingConflicts.items[7].conflicts[0].person.displayName").entity(String.class).isEqualTo("Ada Quill")
			.path("meetingConflicts.items[7].conflicts[0].action").entity(String.class).isEqualTo("WITHDRAW");
	}

	@Test
	void anAgendaAsATableIsReadByItsColumnsAndAFileWithNoItemsIsRefused() {
		Map<?, ?> report = upload("""
				Item No.,Agenda item,Purpose,Presenter,Time
				1,"Welcome, apologies and declarations",,Chair,14:00
				,Items for decision,,,
				2,Better Care Fund Plan 2025/26,,Jo Marsh,14:10
				3,Riverside Care quarterly report,Information,Director of Commissioning,14:40
				""", "agenda.csv", Map.of()).getBody();
		assertThat(report.get("status")).as(String.valueOf(report)).isEqualTo("APPLIED");
		assertThat(items()).extracting(i -> i.get("number"), i -> i.get("purpose"), i -> i.get("lead"))
			.containsExactly(tuple("1", null, "Chair"), tuple("2", "DECISION", "Jo Marsh"),
					tuple("3", "NOTING", "Director of Commissioning"));
		assertThat(items().get(2).get("concerns")).as("named without its \"Ltd\"")
			.isEqualTo(List.of(Map.of("name", "Riverside Care Ltd")));
		assertThat(lines(report)).anySatisfy(line -> assertThat(line).containsEntry("line", 3)
			.containsEntry("outcome", "SKIPPED"))
			.anySatisfy(line -> assertThat(line).containsEntry("line", 4).extractingByKey("message").asString()
				.contains("purpose from the heading on line 3"));
		ResponseEntity<Map> none = upload("Minutes of the meeting\nThe Chair welcomed everyone.\n", "agenda.txt",
				Map.of());
		assertThat(none.getStatusCode().value()).isEqualTo(422);
		assertThat(none.getBody().get("error").toString()).contains("no agenda items found");
	}

	@Test
	void declarationsAndResolutionsMinutedInTheBusinessAreRecordedAgainstTheirItemsOnce() {
		seat("Ada", "Quill");
		seat("Ben", "Okoro");
		upload(AGENDA, "agenda.txt", Map.of());
		String minutes = """
				MINUTES OF THE HEALTH AND WELLBEING BOARD, 18 SEPTEMBER 2025
				PRESENT:
				Dr Ada Quill (in the Chair)
				Councillor Ben Okoro
				APOLOGIES:
				None
				1. WELCOME, INTRODUCTIONS AND APOLOGIES
				The Chair welcomed everyone to the meeting.
				2. DECLARATIONS OF INTEREST
				Dr Quill declared a pecuniary interest in item 8 as a shareholder of Riverside Care Ltd and left the room.
				Councillor Okoro declared an interest as a trustee of a local charity.
				Councillor Zed declared an interest in item 6.
				6. HEALTHWATCH BRACKENFORD ANNUAL REPORT
				Having declared an interest, Councillor Okoro took no part in the discussion.
				RESOLVED: That the annual report be noted.
				8. RIVERSIDE CARE LTD CONTRACT EXTENSION
				RESOLVED:
				1. That the contract extension be approved, subject to a break clause at 12 months.
				The Chair declared a personal interest in item 4 as a trustee of a carers' charity.
				""";
		Map<?, ?> report = upload("/api/imports/attendance", minutes, "minutes.txt").getBody();
		assertThat(report.get("status")).as(String.valueOf(report)).isEqualTo("APPLIED");
		assertThat(lines(report)).filteredOn(line -> ((String) line.get("message")).contains("declaration of interest"))
			.extracting(line -> line.get("line"), line -> line.get("outcome"))
			.containsExactly(tuple(10, "IMPORTED"), tuple(11, "SKIPPED"), tuple(12, "SKIPPED"), tuple(14, "IMPORTED"),
					tuple(19, "IMPORTED"));
		assertThat(lines(report)).filteredOn(line -> List.of(12, 19).contains(line.get("line")))
			.extracting(line -> line.get("message")).asString()
			.contains("in item 6: nobody of that name is recorded at the meeting")
			.contains("a declaration of interest by The Chair in item 4, read as Ada Quill");
		assertThat(lines(report)).filteredOn(line -> line.get("line").equals(10)).singleElement()
			.extracting(line -> line.get("message")).asString()
			.contains("read as Ada Quill").contains("withdrew").contains("about Riverside Care Ltd");
		this.graphQl.document("""
				query($id: ID!) { meeting(id: $id) { items { number declarations { person { displayName } action
				  organisation { name } } } } }""")
			.variable("id", this.meeting)
			.execute()
			.path("meeting.items[7].declarations[*].person.displayName").entityList(String.class)
			.containsExactly("Ada Quill")
			.path("meeting.items[7].declarations[0].action").entity(String.class).isEqualTo("WITHDREW")
			.path("meeting.items[7].declarations[0].organisation.name").entity(String.class)
			.isEqualTo("Riverside Care Ltd")
			.path("meeting.items[5].declarations[0].action").entity(String.class)
			.isEqualTo("NO_PART_IN_DISCUSSION_OR_VOTE");
		this.graphQl.document("""
				query($id: ID!) { meeting(id: $id) { items { number decisions { text outcome decidedOn } } } }""")
			.variable("id", this.meeting)
			.execute()
			.path("meeting.items[5].decisions[0].outcome").entity(String.class).isEqualTo("NOTED")
			.path("meeting.items[7].decisions[0].outcome").entity(String.class).isEqualTo("APPROVED_SUBJECT_TO")
			.path("meeting.items[7].decisions[0].text").entity(String.class)
			.isEqualTo("RESOLVED: 1. That the contract extension be approved, subject to a break clause at 12 months.")
			.path("meeting.items[7].decisions[0].decidedOn").entity(String.class).isEqualTo("2025-09-18");
		Map<?, ?> again = upload("/api/imports/attendance", minutes, "minutes.txt").getBody();
		assertThat(lines(again)).filteredOn(line -> line.get("line").equals(10)).extracting(line -> line.get("outcome"))
			.containsExactly("MERGED");
		assertThat(lines(again)).filteredOn(line -> List.of(15, 17).contains(line.get("line")))
			.extracting(line -> line.get("outcome")).containsExactly("MERGED", "MERGED");
		assertThat(count("MATCH (d:Declaration) RETURN count(d)")).isEqualTo(3);
		assertThat(count("MATCH (d:Decision)-[:TAKEN_BY]->(:Board {id: $board}) RETURN count(d)", "board", this.board))
			.isEqualTo(2);
	}

	@Test
	void anIcbAgendaPastedAsATableWithTimesReferencesAndSectionsIsReadItemByItem() {
		String agenda = """
				NHS Kestrel Integrated Care Board
				Board Meeting in Public - Agenda

				Time\tRef\tItem\tPresenter\tPurpose\tPaper
				10:00\tICB 24/25/41\tWelcome, apologies and quoracy\tChair\tNote\tVerbal
				\tStrategy and delivery
				10:15\tICB 24/25/44\tChief Executive's report\tChief Executive\tAssure\tB
				10:35\tICB 24/25/45\tPrimary care access recovery plan\tDr Dev Marchetti\tDecide\tC
				""";
		Map<?, ?> report = upload(agenda, "agenda.txt", Map.of()).getBody();
		assertThat(report.get("status")).as(String.valueOf(report)).isEqualTo("APPLIED");
		assertThat(lines(report)).extracting(line -> line.get("line"), line -> line.get("outcome"))
			.contains(tuple(5, "IMPORTED"), tuple(6, "SKIPPED"), tuple(7, "IMPORTED"), tuple(8, "IMPORTED"));
		assertThat(items())
			.extracting(i -> i.get("number"), i -> i.get("title"), i -> i.get("purpose"), i -> i.get("lead"))
			.containsExactly(tuple("ICB24/25/41", "Welcome, apologies and quoracy", "NOTING", "Chair"),
					tuple("ICB24/25/44", "Chief Executive's report", "NOTING", "Chief Executive"),
					tuple("ICB24/25/45", "Primary care access recovery plan", "DECISION", "Dr Dev Marchetti"));
	}

	@Test
	void minutesNumberedOnThroughTheYearFindTheirItemsByTitle() {
		seat("Ada", "Quill");
		seat("Ben", "Okoro");
		upload(AGENDA, "agenda.txt", Map.of());
		// A council numbers its minutes on through the municipal year: minute 40 is item 4 of this agenda.
		String minutes = """
				PRESENT: Dr Ada Quill (Chairman) and Councillor Ben Okoro.
				37. APOLOGIES FOR ABSENCE
				None.
				38. DECLARATIONS OF INTEREST
				Councillor Okoro declared a non-pecuniary interest in Minute 40 as a trustee of Brackenford Carers.
				39. MINUTES OF THE PREVIOUS MEETING
				RESOLVED: That the minutes of the meeting held on 10 July 2025 be confirmed as a correct record.
				40. BETTER CARE FUND PLAN 2025/26
				RESOLVED: That the Better Care Fund Plan 2025/26 be approved.
				41. HEALTHWATCH BRACKENFORD - ANNUAL REPORT 2024/25
				RESOLVED: That the annual report be noted.
				42. WINTER PRESSURES
				RESOLVED: That the update be noted.
				""";
		Map<?, ?> report = upload("/api/imports/attendance", minutes, "minutes.txt").getBody();
		assertThat(report.get("status")).as(String.valueOf(report)).isEqualTo("APPLIED");
		assertThat(lines(report)).filteredOn(line -> List.of(5, 7, 9, 11, 13).contains(line.get("line")))
			.extracting(line -> line.get("line"), line -> line.get("outcome"))
			.containsExactly(tuple(5, "IMPORTED"), tuple(7, "IMPORTED"), tuple(9, "IMPORTED"), tuple(11, "IMPORTED"),
					tuple(13, "SKIPPED"));
		assertThat(lines(report)).filteredOn(line -> List.of(5, 13).contains(line.get("line")))
			.extracting(line -> line.get("message")).asString()
			.contains("in minute 40 (item 4 on the agenda, by its title)")
			.contains("in item 42: no item 42 on the meeting's agenda");
		this.graphQl.document("""
				query($id: ID!) { meeting(id: $id) { items { number declarations { person { displayName } }
				  decisions { outcome } } } }""")
			.variable("id", this.meeting)
			.execute()
			.path("meeting.items[2].decisions[0].outcome").entity(String.class).isEqualTo("APPROVED")
			.path("meeting.items[3].declarations[*].person.displayName").entityList(String.class)
			.containsExactly("Ben Okoro")
			.path("meeting.items[3].decisions[0].outcome").entity(String.class).isEqualTo("APPROVED")
			.path("meeting.items[5].decisions[0].outcome").entity(String.class).isEqualTo("NOTED");
	}

	@Test
	void theViceChairsDeclarationIsRecordedForWhoeverHoldsTheViceChairsSeatAtTheMeeting() {
		seat("Ada", "Quill", "CHAIR");
		String okoro = seat("Ben", "Okoro", "VICE_CHAIR");
		upload(AGENDA, "agenda.txt", Map.of());
		String minutes = """
				Present: Dr Ada Quill (Chair) and Councillor Ben Okoro.
				2. DECLARATIONS OF INTEREST
				The Vice-Chair declared a non-pecuniary interest in item 6 as a volunteer with Healthwatch Brackenford.
				""";
		Map<?, ?> report = upload("/api/imports/attendance", minutes, "minutes.txt").getBody();
		assertThat(lines(report)).filteredOn(line -> line.get("line").equals(3))
			.extracting(line -> line.get("outcome"), line -> line.get("message"))
			.containsExactly(tuple("IMPORTED", "a declaration of interest by The Vice-Chair in item 6, read as Ben Okoro; "
					+ "what they did is not minuted; about Healthwatch Brackenford"));
		assertThat(count("MATCH (:Declaration)-[:DECLARED_BY]->(:Person {id: $id}) RETURN count(*)", "id", okoro))
			.isOne();
	}

	@Test
	void namesTheMinutesTypistSlippedOnAreReadAsThePeopleAtTheMeeting() {
		String askew = seat("Hanne", "Askew");
		seat("Ben", "Okoro");
		upload(AGENDA, "agenda.txt", Map.of());
		String minutes = """
				Present: Dr Hanne Askwe (Chair) and Councillor Ben Okoro.
				2. DECLARATIONS OF INTEREST
				Dr Askew declared a pecuniary interest in item 8 as a director of Riverside Care Ltd and left the room.
				Councillor Okoor declared a non-pecuniary interest in item 6 as a volunteer.
				""";
		Map<?, ?> report = upload("/api/imports/attendance", minutes, "minutes.txt").getBody();
		assertThat(report.get("status")).as(String.valueOf(report)).isEqualTo("APPLIED");
		assertThat(lines(report)).filteredOn(line -> line.get("line").equals(1))
			.extracting(line -> line.get("message")).asString()
			.contains("\"Hanne Askwe\" read as Hanne Askew, who holds a seat");
		assertThat(lines(report)).filteredOn(line -> List.of(3, 4).contains(line.get("line")))
			.extracting(line -> line.get("outcome"), line -> line.get("message"))
			.containsExactly(
					tuple("IMPORTED", "a declaration of interest by Dr Askew in item 8, read as Hanne Askew; withdrew; "
							+ "about Riverside Care Ltd"),
					tuple("GUESSED", "a declaration of interest by Councillor Okoor in item 6, read as Ben Okoro "
							+ "(spelt differently in the minutes); what they did is not minuted"));
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
		assertThat(count("MATCH (:Person {id: $id})<-[:ATTENDEE]-(:Attendance)-[:AT_MEETING]->(:Meeting {id: $meeting}) "
				+ "RETURN count(*)", "id", askew, "meeting", this.meeting)).isEqualTo(1);
		assertThat(count("MATCH (d:Declaration) RETURN count(d)")).isEqualTo(2);
	}

	/** A voting seat on the board, held since 2024. */
	private String seat(String given, String family) {
		return seat(given, family, "MEMBER");
	}

	private String seat(String given, String family, String role) {
		String person = this.fixtures.person(given, family);
		this.fixtures.create("appointMember", map("personId", person, "boardId", this.board, "role", role, "voting",
				true, "from", "2024-01-01"), "membership");
		return person;
	}

	private List<Map<String, Object>> items() {
		return this.graphQl.document("""
				query($id: ID!) { meeting(id: $id) { items { number title purpose purposeAsPublished lead
				  concerns { ... on Organisation { name } } } } }""")
			.variable("id", this.meeting)
			.execute()
			.path("meeting.items")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> lines(Map<?, ?> report) {
		return (List<Map<String, Object>>) report.get("lines");
	}

	private ResponseEntity<Map> upload(String text, String fileName, Map<String, String> params) {
		return upload("/api/imports/agenda", text, fileName, params);
	}

	private ResponseEntity<Map> upload(String path, String text, String fileName) {
		return upload(path, text, fileName, Map.of());
	}

	private ResponseEntity<Map> upload(String path, String text, String fileName, Map<String, String> params) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		parts.add("meetingId", this.meeting);
		params.forEach(parts::add);
		return RestClient.create("http://localhost:" + this.port).post().uri(path)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.headers(h -> h.setBasicAuth("officer", "officer"))
			.body(parts).retrieve().onStatus(HttpStatusCode::isError, (req, res) -> {
			}).toEntity(Map.class);
	}

}
