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
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Members who come late or leave early, as minutes record it in the business ("left the meeting at 3.15 pm", "joined
 * the meeting during this item", "left at the end of item 5"): each item's quorum counts those there for all of it, a
 * decision quorate only with someone who came or went during its item is in doubt, not taken without a quorum, and a
 * member gone before an item takes no part in it. Every name is invented.
 */
@IntegrationTest
class MovementsAsMinutedTests extends GraphTestSupport {

	static final String AGENDA = """
			1. Apologies for absence
			2. Declarations of interest
			3. Minutes of the previous meeting
			4. Better Care Fund Plan 2026/27
			5. Joint Local Health and Wellbeing Strategy refresh
			6. Riverside Care Ltd contract extension
			""";

	/** Five voting seats and a quorum of three: Bell and Dee come or go during item 5, Ames leaves after it. */
	static final String MINUTES = """
			PRESENT: Councillor A. Ames (Chair), Councillor B. Bell, Dr C. Dee, Ms E. Evans

			Apologies for absence were received from Mr F. Fox.

			3. Minutes of the previous meeting
			RESOLVED: That the minutes be approved as a correct record.

			4. Better Care Fund Plan 2026/27
			RESOLVED: That the Better Care Fund Plan 2026/27 be approved.

			5. Joint Local Health and Wellbeing Strategy refresh
			Dr Dee joined the meeting during this item.
			(Councillor Bell left the meeting at 3.15 pm.)
			RESOLVED: That the refreshed strategy be approved.

			Councillor Ames left the meeting at the end of item 5.

			6. Riverside Care Ltd contract extension
			RESOLVED: That the contract extension be approved.
			""";

	@LocalServerPort
	int port;

	private Fixtures fixtures;

	private String meeting;

	@BeforeEach
	void aBoardOfFiveWithAQuorumOfThree() {
		this.fixtures = new Fixtures(this.graphQl);
		String council = this.fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		String riverside = this.fixtures.organisation("Riverside Care Ltd", "COMPANY");
		String board = this.fixtures.board("Brackenford Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD",
				council);
		this.fixtures.create("setQuorumRule", map("boardId", board, "minimumVotingMembers", 3), "board");
		for (String name : List.of("Ann Ames", "Bea Bell", "Cal Dee", "Eve Evans", "Fay Fox")) {
			String person = this.fixtures.person(name.split(" ")[0], name.split(" ")[1]);
			this.fixtures.create("appointMember", map("personId", person, "boardId", board, "role",
					name.startsWith("Ann") ? "CHAIR" : "MEMBER", "voting", true, "from", "2024-01-01"), "membership");
			if (name.startsWith("Ann")) {
				this.fixtures.create("declareInterest", map("personId", person, "organisationId", riverside, "type",
						"FINANCIAL", "nature", "Shareholder", "declaredOn", "2025-01-01"), "interest");
			}
		}
		this.meeting = this.fixtures.create("scheduleMeeting", map("boardId", board, "date", "2026-11-12"), "meeting");
		assertThat(upload("/api/imports/agenda", AGENDA).get("status")).isEqualTo("APPLIED");
	}

	@Test
	void eachItemsQuorumCountsThoseThereForAllOfIt() {
		Map<?, ?> report = upload("/api/imports/attendance", MINUTES);
		assertThat(report.get("status")).as(String.valueOf(report)).isEqualTo("APPLIED");
		assertThat(lines(report)).filteredOn(line -> List.of(12, 13, 16).contains(line.get("line")))
			.extracting(line -> line.get("outcome"), line -> line.get("message"))
			.containsExactly(
					tuple("IMPORTED", "Dr Dee joining the meeting during item 5, read as Cal Dee; counted for the "
							+ "items they were there for"),
					tuple("IMPORTED", "Councillor Bell leaving the meeting during item 5, read as Bea Bell; counted "
							+ "for the items they were there for"),
					tuple("IMPORTED", "Councillor Ames leaving the meeting after item 5, read as Ann Ames; counted "
							+ "for the items they were there for"));
		List<Map<String, Object>> items = items();
		// Item 4: Ames, Bell and Evans (Dee came later): quorate.
		assertThat(items.get(3)).extracting(i -> path(i, "quorum", "after", "votingMembersPresent"),
				i -> path(i, "quorum", "after", "quorate"), i -> i.get("decisionProblems"))
			.containsExactly(3, true, List.of());
		assertThat(items.get(3).get("notThroughout")).asString().contains("Cal Dee").contains("ABSENT")
			.contains("item 5: Dr Dee joined the meeting during this item.");
		// Item 5: Ames and Evans throughout, Bell and Dee for part: quorate only if they were there at the vote.
		assertThat(path(items.get(4), "quorum", "after", "votingMembersPresent")).isEqualTo(2);
		assertThat(problems(items.get(4))).singleElement().satisfies(p -> {
			assertThat(p.get("problem")).isEqualTo("QUORUM_UNCERTAIN");
			assertThat((String) p.get("explanation")).contains("only if Bea Bell and Cal Dee (who came or went during "
					+ "it) were there when it was decided");
		});
		// Item 6: Dee and Evans: not quorate. Ames, the shareholder, had gone: no conflict to manage.
		assertThat(problems(items.get(5))).extracting(p -> p.get("problem")).containsExactly("INQUORATE");
		assertThat(problems(items.get(5)).get(0).get("explanation")).asString()
			.isEqualTo("Brackenford Health and Wellbeing Board was not quorate for this item (2 present, 3 required: "
					+ "clause 1, at least 3 voting members)");
		assertThat(items.get(5).get("conflicts")).asList().isEmpty();
		assertThat(count("MATCH (:Attendance)-[mv:JOINED|LEFT]->(:AgendaItem) RETURN count(mv)")).isEqualTo(3);

		Map<?, ?> again = upload("/api/imports/attendance", MINUTES);
		assertThat(lines(again)).filteredOn(line -> List.of(12, 13, 16).contains(line.get("line")))
			.extracting(line -> line.get("outcome")).containsExactly("MERGED", "MERGED", "MERGED");
		assertThat(count("MATCH (:Attendance)-[mv:JOINED|LEFT]->(:AgendaItem) RETURN count(mv)")).isEqualTo(3);
		this.graphQl.document("""
				query($id: ID!) { meeting(id: $id) { attendance { person { displayName }
				  movements { kind timing item { number } asMinuted } } } }""")
			.variable("id", this.meeting)
			.execute()
			.path("meeting.attendance[?(@.person.displayName == 'Bea Bell')].movements[0].kind")
			.entityList(String.class).containsExactly("LEFT")
			.path("meeting.attendance[?(@.person.displayName == 'Bea Bell')].movements[0].timing")
			.entityList(String.class).containsExactly("DURING")
			.path("meeting.attendance[?(@.person.displayName == 'Eve Evans')].movements[*]").entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void withNoMovesMinutedTheShareholderMustWithdrawAndEveryItemCountsTheSameFour() {
		String still = MINUTES.replaceAll("(?m)^.*the meeting.*$", "");
		assertThat(upload("/api/imports/attendance", still).get("status")).isEqualTo("APPLIED");
		List<Map<String, Object>> items = items();
		assertThat(items).extracting(i -> path(i, "quorum", "before", "votingMembersPresent"))
			.containsOnly(4);
		assertThat(items.get(5).get("conflicts")).asString().contains("Ann Ames");
		assertThat(items).extracting(i -> i.get("notThroughout")).containsOnly(List.of());
	}

	@Test
	void whatFollowsANameInTheListOfThosePresentSaysWhenTheyCameOrWent() {
		String minutes = """
				PRESENT:
				Councillor A. Ames (Chair)
				Councillor B. Bell (left after item 4)
				Dr C. Dee - Kestrel ICB (from item 5)
				Ms E. Evans (in the Chair for item 6)
				""";
		assertThat(upload("/api/imports/attendance", minutes).get("status")).isEqualTo("APPLIED");
		eachItemCountsThreeWithDeeFromItem5AndBellUntilItem4();
		assertThat(items().get(3).get("notThroughout")).asString()
			.contains("item 5: Dr C. Dee - Kestrel ICB (from item 5)");
		assertThat(items().get(4).get("notThroughout")).asString()
			.contains("item 4: Councillor B. Bell (left after item 4)")
			.as("chairing for an item is not coming or going").doesNotContain("Eve Evans");
	}

	@Test
	void aStatusCellSayingWhenTheyCameOrWentIsReadAsTheListIs() {
		String table = """
				Name,Attendance
				Cllr Ann Ames,Present
				Cllr Bea Bell,Present (left after item 4)
				Dr Cal Dee,Present - from item 5
				Eve Evans,Present (arrived 2.20 pm)
				Fay Fox,Apologies
				""";
		Map<?, ?> report = upload("/api/imports/attendance", table, "attendance.csv");
		assertThat(report.get("status")).as(String.valueOf(report)).isEqualTo("APPLIED");
		assertThat(lines(report)).extracting(line -> (String) line.get("message"))
			.noneMatch(message -> message.contains("not read"));
		// A time places no move: reported, and Evans counts for every item, as nothing says otherwise.
		assertThat(lines(report)).filteredOn(line -> line.get("line").equals(5))
			.extracting(line -> line.get("outcome"), line -> line.get("message"))
			.contains(tuple("SKIPPED", "\"Eve Evans - arrived 2.20 pm\": a time, not an item; record the item they "
					+ "joined at on the meeting's page"));
		eachItemCountsThreeWithDeeFromItem5AndBellUntilItem4();
	}

	private void eachItemCountsThreeWithDeeFromItem5AndBellUntilItem4() {
		List<Map<String, Object>> items = items();
		assertThat(items).extracting(i -> path(i, "quorum", "before", "votingMembersPresent"))
			.containsExactly(3, 3, 3, 3, 3, 3);
		assertThat(items.get(3).get("notThroughout")).asString().contains("Cal Dee").doesNotContain("Bea Bell");
		assertThat(items.get(4).get("notThroughout")).asString().contains("Bea Bell").doesNotContain("Cal Dee");
	}

	@Test
	void theChairIsWhoeverChairedTheMeetingNotWhoeverTookTheChairForAnItem() {
		String minutes = MINUTES.replace("Ms E. Evans", "Ms E. Evans (in the Chair for item 6)")
			.replace("Councillor Ames left the meeting at the end of item 5.",
					"The Chair left the meeting at the end of item 5 and Ms Evans took the Chair.");
		Map<?, ?> report = upload("/api/imports/attendance", minutes);
		assertThat(lines(report)).filteredOn(line -> line.get("line").equals(16))
			.extracting(line -> line.get("outcome"), line -> line.get("message"))
			.containsExactly(tuple("IMPORTED", "The Chair leaving the meeting after item 5, read as Ann Ames; counted "
					+ "for the items they were there for"));
	}

	@Test
	void aSeatHolderTheListLeavesOutWhoIsMinutedJoiningIsPresentFromThen() {
		String minutes = MINUTES.replace("Dr C. Dee, ", "").replace("6. Riverside Care Ltd contract extension",
				"6. Riverside Care Ltd contract extension\nDr Dee declared a pecuniary interest as a shareholder of "
						+ "Riverside Care Ltd and left the room.");
		Map<?, ?> report = upload("/api/imports/attendance", minutes);
		assertThat(lines(report)).filteredOn(line -> line.get("line").equals(19))
			.extracting(line -> line.get("outcome"))
			.as("the late arrival is at the meeting to declare").containsExactly("IMPORTED");
		assertThat(lines(report)).filteredOn(line -> line.get("line").equals(12))
			.extracting(line -> line.get("outcome"), line -> line.get("message"))
			.containsExactly(tuple("IMPORTED", "Dr Dee joining the meeting during item 5, read as Cal Dee, who holds a "
					+ "seat and is not in the list of those present: recorded present from then"));
		assertThat(count("MATCH (:Person {displayName: 'Cal Dee'})<-[:ATTENDEE]-(a:Attendance {status: 'PRESENT'})"
				+ "-[:JOINED {timing: 'DURING'}]->(:AgendaItem {number: '5'}) RETURN count(a)")).isEqualTo(1);
		assertThat(problems(items().get(4))).extracting(p -> p.get("problem")).containsExactly("QUORUM_UNCERTAIN");
		assertThat(upload("/api/imports/attendance", minutes).get("status")).isEqualTo("APPLIED");
		assertThat(count("MATCH (:Person {displayName: 'Cal Dee'})<-[:ATTENDEE]-(a:Attendance) RETURN count(a)"))
			.isEqualTo(1);
	}

	@Test
	void aMoveBySomeoneNotRecordedAtTheMeetingIsReportedNotGuessed() {
		String minutes = MINUTES.replace("Dr Dee joined", "Mr Zed joined");
		Map<?, ?> report = upload("/api/imports/attendance", minutes);
		assertThat(lines(report)).filteredOn(line -> ((String) line.get("message")).startsWith("Mr Zed"))
			.extracting(line -> line.get("outcome"), line -> line.get("message"))
			.containsExactly(tuple("SKIPPED", "Mr Zed joining the meeting during item 5: nobody of that name is "
					+ "recorded at the meeting; record it on the meeting's page"));
	}

	private List<Map<String, Object>> items() {
		return this.graphQl.document("""
				query($id: ID!) { meetingConflicts(meetingId: $id) { items { item { number }
				  quorum { before { votingMembersPresent quorate } after { votingMembersPresent quorate } }
				  decisionProblems { problem explanation } conflicts { person { displayName } }
				  notThroughout { person { displayName } presence asMinuted } } } }""")
			.variable("id", this.meeting)
			.execute()
			.path("meetingConflicts.items")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> problems(Map<String, Object> item) {
		return (List<Map<String, Object>>) item.get("decisionProblems");
	}

	@SuppressWarnings("unchecked")
	private static Object path(Map<String, Object> map, String... keys) {
		Object at = map;
		for (String key : keys) {
			at = ((Map<String, Object>) at).get(key);
		}
		return at;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> lines(Map<?, ?> report) {
		return (List<Map<String, Object>>) report.get("lines");
	}

	private Map<?, ?> upload(String path, String text) {
		return upload(path, text, "minutes.txt");
	}

	private Map<?, ?> upload(String path, String text, String fileName) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		parts.add("meetingId", this.meeting);
		return RestClient.create("http://localhost:" + this.port)
			.post()
			.uri(path)
			.headers(h -> h.setBasicAuth("officer", "officer"))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.body(Map.class);
	}

}
