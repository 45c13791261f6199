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
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A borough-pair joint sub-committee loaded as its papers print it: a roster "as at" the agenda date with "(v)" after
 * voting members, minutes that name only who was present, in attendance or sent apologies, and the quorum rule of
 * its terms of reference stored clause by clause. Every name is invented.
 */
@IntegrationTest
class MeetingsAsMinutedTests extends GraphTestSupport {

	static final String ROSTER = """
			Name,Title,Organisation,Borough
			Councillor Ines Barlow(v),Leader of the Council and Co-Chair,Tamarside Council,Tamarside
			Councillor Owen Pryce(v),Cabinet Member for Health and Social Care,Tamarside Council,Tamarside
			Dr Leah Corrin(v),"Chair, NHS Tamarside CCG",NHS Tamarside CCG,Tamarside
			Amos Kettle(v),Chief Executive,Healthwatch Tamarside,Tamarside
			Dr Joss Penrose(v),Director of Public Health,Tamarside Council,Tamarside
			Ruth Abara,Corporate Director of People,Tamarside Council,Tamarside
			Councillor Nadia Voss(v),Leader of the Council and Co-Chair,Wyebridge Council,Wyebridge
			Councillor Felix Harrow(v),Cabinet Member for Adults and Health,Wyebridge Council,Wyebridge
			Councillor Tess Morland(v),Executive Member for Public Health,Wyebridge Council,Wyebridge
			Dr Sunil Mehra(v),"Chair, NHS Wyebridge CCG",NHS Wyebridge CCG,Wyebridge
			Hattie Quist(v),"Chair, Healthwatch Wyebridge",Healthwatch Wyebridge,Wyebridge
			Rhiannon Teague(v),Director of Public Health,Wyebridge Council,Wyebridge
			Gil Ferreira,Chief Operating Officer,NHS Wyebridge CCG,Wyebridge
			""";

	/** As minuted: Amos Kettle, Joss Penrose and Tess Morland are not named, so they were absent. */
	static final String MINUTES = """
			TAMARSIDE AND WYEBRIDGE JOINT HEALTH AND WELLBEING SUB-COMMITTEE
			Minutes of the meeting held on 27 June 2019

			PRESENT:
			Councillor Ines Barlow - Leader of Tamarside Council and Co-Chair (in the Chair)
			Councillor Owen Pryce - Cabinet Member for Health and Social Care, Tamarside Council
			Dr Leah Corrin - Chair, NHS Tamarside CCG
			Councillor Felix Harrow - Cabinet Member for Adults and Health, Wyebridge Council
			Dr Sunil Mehra - Chair, NHS Wyebridge CCG
			Hattie Quisst - Chair, Healthwatch Wyebridge
			Councillor Pia Lund - Wyebridge Council (co-chairing in the absence of Councillor Nadia Voss)

			IN ATTENDANCE:
			Ruth Abara - Corporate Director of People, Tamarside Council
			Bo Lind - Democratic Services Officer

			APOLOGIES:
			Councillor Nadia Voss, Gil Ferreira, Rhiannon Teague
			""";

	static final String RULE_TEXT = "3 voting members of each constituent borough, including one local authority "
			+ "elected representative of each borough and one of: the Chair of their CCG or the Chair of their "
			+ "Healthwatch (or their substitutes)";

	@LocalServerPort
	int port;

	private Fixtures fixtures;

	private String board;

	private String meeting;

	@BeforeEach
	void theJointSubCommitteeAsItsPapersPrintIt() {
		this.fixtures = new Fixtures(this.graphQl);
		String tamarside = this.fixtures.organisation("Tamarside Council", "LOCAL_AUTHORITY");
		String wyebridge = this.fixtures.organisation("Wyebridge Council", "LOCAL_AUTHORITY");
		this.fixtures.organisation("NHS Tamarside CCG", "CLINICAL_COMMISSIONING_GROUP");
		this.fixtures.organisation("NHS Wyebridge CCG", "CLINICAL_COMMISSIONING_GROUP");
		this.fixtures.organisation("Healthwatch Tamarside", "HEALTHWATCH");
		this.fixtures.organisation("Healthwatch Wyebridge", "HEALTHWATCH");
		this.board = this.fixtures.board("Tamarside and Wyebridge Joint Health and Wellbeing Sub-Committee",
				"JOINT_SUB_COMMITTEE", tamarside, wyebridge);
		Map<?, ?> roster = upload("/api/imports/rosters", ROSTER, "roster.csv",
				Map.of("boardId", this.board, "asAt", "2019-06-20"));
		assertThat(roster.get("status")).as(String.valueOf(roster)).isEqualTo("APPLIED");
		this.graphQl.documentName("setQuorumRule")
			.variable("input", map("boardId", this.board, "text", RULE_TEXT, "sides", List.of("Tamarside", "Wyebridge"),
					"clauses", List.of(
							map("minimum", 3, "perSide", true),
							map("description", "one local authority elected representative of each borough",
									"minimum", 1, "perSide", true, "anyOf", List.of(map("electedMember", true))),
							map("description", "one of: the Chair of their CCG or the Chair of their Healthwatch (or "
									+ "their substitutes)", "minimum", 1, "perSide", true, "anyOf",
									List.of(map("titles", List.of("Chair"), "onBehalfOfKinds",
											List.of("CLINICAL_COMMISSIONING_GROUP", "HEALTHWATCH")))))))
			.execute()
			.path("setQuorumRule.userErrors").entityList(Object.class).hasSize(0)
			.path("setQuorumRule.warnings").entityList(String.class).hasSize(0);
		this.meeting = this.fixtures.create("scheduleMeeting",
				map("boardId", this.board, "date", "2019-06-27", "title", "Ordinary meeting"), "meeting");
		this.fixtures.create("addAgendaItem", map("meetingId", this.meeting, "number", "1", "title",
				"Better Care Fund plan 2019/20", "purposeAsPublished", "For sign-off / confirmation"), "agendaItem");
	}

	@Test
	void theRosterKeepsTitlesReadsVotingMarksAndKnowsOnlyTheAsAtDate() {
		this.graphQl.document("""
				query($id: ID!) { board(id: $id) {
				  before: members(asOf: "2019-06-19") { id }
				  members(asOf: "2019-06-20") { role voting electedMember side title from fromUnknown person { displayName } }
				} }""").variable("id", this.board).execute()
			.path("board.before").entityList(Object.class).hasSize(0)
			.path("board.members").entityList(Object.class).hasSize(13)
			.path("board.members[?(@.person.displayName == 'Dr Leah Corrin')].role").entityList(String.class)
			.containsExactly("MEMBER")
			.path("board.members[?(@.person.displayName == 'Dr Leah Corrin')].title").entityList(String.class)
			.containsExactly("Chair, NHS Tamarside CCG")
			.path("board.members[?(@.person.displayName == 'Councillor Ines Barlow')].role").entityList(String.class)
			.containsExactly("CO_CHAIR")
			.path("board.members[?(@.voting == false)].person.displayName").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("Ruth Abara", "Gil Ferreira"))
			.path("board.members[?(@.electedMember == true)].person.displayName").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("Councillor Ines Barlow", "Councillor Owen Pryce", "Councillor Nadia Voss", "Councillor Felix Harrow",
					"Councillor Tess Morland"))
			.path("board.members[*].fromUnknown").entityList(Boolean.class).satisfies(list -> assertThat(list).containsOnly(true))
			.path("board.members[*].from").entityList(String.class).satisfies(list -> assertThat(list).containsOnly("2019-06-20"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRosterRowThatNamesNoOnePersonHoldsNoSeat() {
		String roster = """
				Member,Organisation,Role,Voting
				"Barlow, Ines (Cllr)",Tamarside Council,Co-Chair,Yes
				Vacant,Wyebridge Council,Member,Yes
				TBC,Healthwatch Tamarside,Member,No
				Director of Public Health,Tamarside Council,Member,No
				Cllr Owen Pryce / Cllr Pia Lund (alternating),Tamarside Council,Member,Yes
				""";
		Map<?, ?> refused = upload("/api/imports/rosters", roster, "roster.csv",
				Map.of("boardId", this.board, "asAt", "2019-07-01"));
		assertThat(refused.get("status")).as(String.valueOf(refused)).isEqualTo("REJECTED");
		assertThat((List<Map<String, Object>>) refused.get("lines")).extracting(l -> l.get("line"), l -> l.get("outcome"))
			.containsExactly(tuple(1, "SKIPPED"), tuple(2, "IMPORTED"), tuple(3, "SKIPPED"), tuple(4, "SKIPPED"),
					tuple(5, "SKIPPED"), tuple(6, "FAILED"));
		assertThat(lineMessage(refused, 2)).contains("person matched to Councillor Ines Barlow");
		assertThat(lineMessage(refused, 3)).startsWith("a vacant seat (\"Vacant\")");
		assertThat(lineMessage(refused, 5)).contains("names a post").endsWith("nothing recorded");
		assertThat(lineMessage(refused, 6)).contains("names more than one person");
		Map<?, ?> applied = upload("/api/imports/rosters", roster, "roster.csv",
				Map.of("boardId", this.board, "asAt", "2019-07-01", "skipBadRows", "true"));
		assertThat(applied.get("status")).as(String.valueOf(applied)).isEqualTo("APPLIED");
		assertThat(count("MATCH (p:Person) WHERE p.displayName IN ['Vacant', 'TBC', 'Director of Public Health'] "
				+ "OR p.displayName CONTAINS '/' RETURN count(p)")).isZero();
	}

	/** An agenda pack's table with the title printed under the name, in the same cell, and "(v)" on either line. */
	@Test
	void aTitlePrintedUnderTheNameInItsCellIsTheSeatsTitle() {
		String board = this.fixtures.board("Tamarside Partnership Board", "JOINT_SUB_COMMITTEE",
				this.fixtures.organisation("Tamarside Place", "LOCAL_AUTHORITY"));
		Map<?, ?> imported = upload("/api/imports/rosters", """
				Member,Organisation
				"Councillor Ines Barlow (v)
				Leader of Tamarside Council",Tamarside Council
				"Dr Leah Corrin
				Chair, NHS Tamarside CCG (v)",NHS Tamarside CCG
				""", "roster.csv", Map.of("boardId", board, "asAt", "2019-07-01"));
		assertThat(imported.get("status")).as(String.valueOf(imported)).isEqualTo("APPLIED");
		assertThat(lineMessage(imported, 2)).contains("person matched to Councillor Ines Barlow");
		assertThat(lineMessage(imported, 4)).contains("person matched to Dr Leah Corrin");
		this.graphQl.document("""
				query($id: ID!) { board(id: $id) { members(asOf: "2019-07-01") { title voting person { displayName } } } }""")
			.variable("id", board).execute()
			.path("board.members[?(@.title == 'Leader of Tamarside Council')].person.displayName").entityList(String.class)
			.containsExactly("Councillor Ines Barlow")
			.path("board.members[?(@.title == 'Chair, NHS Tamarside CCG')].voting").entityList(Boolean.class)
			.containsExactly(true);
		assertThat(count("MATCH (p:Person) WHERE p.displayName CONTAINS 'Leader' OR p.displayName CONTAINS 'Chair' "
				+ "RETURN count(p)")).isZero();
	}

	@Test
	void aRosterNameWithItsSeatInBracketsHoldsThatSeat() {
		String board = this.fixtures.board("Tamarside Partnership Board", "JOINT_SUB_COMMITTEE",
				this.fixtures.organisation("Tamarside Place", "LOCAL_AUTHORITY"));
		Map<?, ?> imported = upload("/api/imports/rosters", """
				Name,Title,Organisation
				Councillor Ines Barlow (Chair),Leader of Tamarside Council,Tamarside Council
				Dr Leah Corrin (Vice-Chair),"Chair, NHS Tamarside CCG",NHS Tamarside CCG
				Amos Kettle (Chief Executive),,Healthwatch Tamarside
				"Ms Eve Fay, Chair, Healthwatch Wyebridge",,Healthwatch Wyebridge
				"Mr Gil Ferreira, NHS Wyebridge CCG",,NHS Wyebridge CCG
				""", "roster.csv", Map.of("boardId", board, "asAt", "2019-07-01"));
		assertThat(imported.get("status")).as(String.valueOf(imported)).isEqualTo("APPLIED");
		this.graphQl.document("""
				query($id: ID!) { board(id: $id) { members(asOf: "2019-07-01") { role title person { displayName } } } }""")
			.variable("id", board).execute()
			.path("board.members[*].role").entityList(String.class)
			.containsExactly("CHAIR", "VICE_CHAIR", "MEMBER", "MEMBER", "MEMBER")
			.path("board.members[*].title").entityList(String.class)
			.satisfies(titles -> assertThat(titles).containsExactlyInAnyOrder("Leader of Tamarside Council",
					"Chair, NHS Tamarside CCG", "Chief Executive", "Chair, Healthwatch Wyebridge", null))
			.path("board.members[*].person.displayName").entityList(String.class)
			.satisfies(names -> assertThat(names).containsExactlyInAnyOrder("Councillor Ines Barlow", "Dr Leah Corrin",
					"Amos Kettle", "Ms Eve Fay", "Gil Ferreira"));
	}

	@Test
	void aDeputyNamedBesideASeatIsReportedNotLost() {
		String board = this.fixtures.board("Tamarside Partnership Board", "JOINT_SUB_COMMITTEE",
				this.fixtures.organisation("Tamarside Place", "LOCAL_AUTHORITY"));
		Map<?, ?> imported = upload("/api/imports/rosters", """
				Role,Name,Organisation,Voting,Deputy
				Chair,Councillor Ines Barlow,Tamarside Council,Yes,Cllr Carol Dee
				Member,Dr Leah Corrin,NHS Tamarside CCG,Yes,N/A
				""", "roster.csv", Map.of("boardId", board, "from", "2024-05-20"));
		assertThat(imported.get("status")).as(String.valueOf(imported)).isEqualTo("APPLIED");
		assertThat(lineOutcome(imported, 2)).isEqualTo("GUESSED");
		assertThat(lineMessage(imported, 2)).contains("deputy \"Cllr Carol Dee\" named: not recorded");
		assertThat(lineOutcome(imported, 3)).isEqualTo("IMPORTED");
		assertThat(count("MATCH (p:Person) WHERE p.familyName = 'Dee' RETURN count(p)")).isZero();
	}

	@Test
	void aSeatStartingInAMonthSaysWhichDayItWasReadAs() {
		Map<?, ?> imported = upload("/api/imports/rosters", """
				Name,Organisation,Role,Voting,Start
				Councillor Ines Barlow,Tamarside Council,Co-Chair,Yes,April 2024
				Councillor Owen Pryce,Tamarside Council,Member,Yes,02/05/2024
				""", "roster.csv", Map.of("boardId", this.board));
		assertThat(imported.get("status")).as(String.valueOf(imported)).isEqualTo("APPLIED");
		assertThat(lineOutcome(imported, 2)).isEqualTo("GUESSED");
		assertThat(lineMessage(imported, 2)).contains("from \"April 2024\" read as 2024-04-01 (no day given)");
		assertThat(lineOutcome(imported, 3)).isEqualTo("IMPORTED");
	}

	@Test
	void beforeTheMinutesTheQuorumIsAForecastFromExpectedAttendance() {
		report().path("meetingConflicts.attendanceBasis").entity(String.class).isEqualTo("FORECAST")
			.path("meetingConflicts.items[0].quorums[0].before.votingMembersPresent").entity(Integer.class).isEqualTo(11)
			.path("meetingConflicts.items[0].item.purpose").entity(String.class).isEqualTo("DECISION")
			.path("meetingConflicts.items[0].item.purposeAsPublished").entity(String.class)
			.isEqualTo("For sign-off / confirmation");
	}

	@Test
	void minutesThatNameOnlyWhoCameAndWhoSentApologiesGiveTheRightCountAndVerdict() {
		Map<?, ?> imported = importMinutes();
		assertThat(lineMessage(imported, 10)).contains("\"Hattie Quisst\" read as Hattie Quist, who holds a seat");
		assertThat(lineOutcome(imported, 10)).isEqualTo("GUESSED");
		assertThat(lineMessage(imported, 11)).contains("holds no seat").contains("chairing without a seat");
		report().path("meetingConflicts.attendanceBasis").entity(String.class).isEqualTo("AS_RECORDED")
			.path("meetingConflicts.meeting.attendanceComplete").entity(Boolean.class).isEqualTo(true)
			.path("meetingConflicts.participants[?(@.notRecorded == true)].person.displayName").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("Amos Kettle", "Dr Joss Penrose", "Councillor Tess Morland"))
			.path("meetingConflicts.participants[?(@.notRecorded == true)].countsTowardsQuorum")
			.entityList(Boolean.class).satisfies(list -> assertThat(list).containsOnly(false))
			.path("meetingConflicts.items[0].quorums[0].before.votingMembersPresent").entity(Integer.class).isEqualTo(6)
			.path("meetingConflicts.items[0].quorums[0].before.quorate").entity(Boolean.class).isEqualTo(true)
			.path("meetingConflicts.chairs[*].person.displayName").entityList(String.class)
			.containsExactly("Councillor Ines Barlow", "Councillor Pia Lund")
			.path("meetingConflicts.chairs[*].chairing").entityList(String.class).containsExactly("CO_CHAIR", "CO_CHAIR")
			.path("meetingConflicts.chairs[1].inAbsenceOf.displayName").entity(String.class).isEqualTo("Councillor Nadia Voss")
			.path("meetingConflicts.chairs[*].holdsSeat").entityList(Boolean.class).containsExactly(true, false);
		// Importing the same minutes again changes nothing.
		Map<?, ?> again = importMinutes();
		assertThat(((Map<?, ?>) again.get("counts")).get("recordsCreated")).as(String.valueOf(again)).isEqualTo(0);
		assertThat(count("MATCH (a:Attendance) RETURN count(a)")).isEqualTo(12);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anAttendanceTableWithWhatEachDidInBracketsAfterTheNameReadsTheBracketsNotANewPerson() {
		String table = """
				Member,Organisation,Attendance
				Cllr Ines Barlow (Chair),Tamarside Council,Present
				Cllr Owen Pryce,Tamarside Council,Present
				Dr Leah Corrin,NHS Tamarside CCG,Present
				Councillor Felix Harrow,Wyebridge Council,Present
				Dr Sunil Mehra,NHS Wyebridge CCG,Present
				Hattie Quist,Healthwatch Wyebridge,Present (left after item 1)
				Cllr Pia Lund (co-chairing in the absence of Cllr Nadia Voss),Wyebridge Council,Present
				Cllr Nadia Voss,Wyebridge Council,Apologies - Cllr Pia Lund co-chaired
				""";
		Map<?, ?> imported = upload("/api/imports/attendance", table, "attendance.csv", Map.of("meetingId", this.meeting));
		assertThat(imported.get("status")).as(String.valueOf(imported)).isEqualTo("APPLIED");
		assertThat((List<Map<String, Object>>) imported.get("lines"))
			.filteredOn(l -> l.get("line").equals(7))
			.extracting(l -> l.get("outcome"), l -> ((String) l.get("message")).replaceAll(" \\(.*\\)$", ""))
			.containsExactly(tuple("IMPORTED", "Hattie Quist: PRESENT; person matched to Hattie Quist"),
					tuple("IMPORTED", "Hattie Quist leaving the meeting after item 1, read as Hattie Quist; counted "
							+ "for the items they were there for"));
		assertThat((List<Map<String, Object>>) imported.get("lines"))
			.filteredOn(l -> l.get("line").equals(9))
			.extracting(l -> l.get("outcome"), l -> l.get("message"))
			.singleElement()
			.satisfies(t -> assertThat(t.toList()).first().isEqualTo("GUESSED"))
			.satisfies(t -> assertThat((String) t.toList().get(1)).contains("\"Cllr Pia Lund co-chaired\" not read"));
		assertThat(count("MATCH (p:Person) WHERE p.displayName CONTAINS '(' RETURN count(p)")).isZero();
		report().path("meetingConflicts.chairs[*].person.displayName").entityList(String.class)
			.containsExactly("Councillor Ines Barlow", "Cllr Pia Lund")
			.path("meetingConflicts.chairs[*].chairing").entityList(String.class).containsExactly("CHAIR", "CO_CHAIR")
			.path("meetingConflicts.chairs[1].inAbsenceOf.displayName").entity(String.class)
			.isEqualTo("Councillor Nadia Voss")
			.path("meetingConflicts.items[0].quorums[0].before.votingMembersPresent").entity(Integer.class).isEqualTo(6);
	}

	/**
	 * An attendance table as a council's committee system exports it: "Attendee" over the names, "Present as
	 * expected", "Present as substitute" (for whom the role says, or nothing does), and "Expected" where attendance was
	 * never taken.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void anAttendanceTableAsACommitteeSystemExportsItSaysWhatItCouldNotRead() {
		String table = """
				Attendee,Role,Attendance
				Cllr Ines Barlow,Co-Chair,Present as expected
				Cllr Owen Pryce,Member,Present
				Dr Leah Corrin,Member,Expected
				Councillor Felix Harrow,Member,Present
				Cllr Pia Lund,Substitute for Cllr Nadia Voss,Present as substitute
				Cllr Nadia Voss,Member,"Apologies, sent representative"
				Hattie Quist,Member,Present
				Cllr Tom Reyes,Substitute,Present as substitute
				""";
		Map<?, ?> imported = upload("/api/imports/attendance", table, "attendance.csv", Map.of("meetingId", this.meeting));
		assertThat(imported.get("status")).as(String.valueOf(imported)).isEqualTo("APPLIED");
		assertThat((List<Map<String, Object>>) imported.get("lines"))
			.extracting(l -> l.get("line"), l -> l.get("outcome"), l -> ((String) l.get("message")).replaceAll(
					"; person matched to [^;]*", ""))
			.containsExactly(tuple(1, "SKIPPED", "header row"),
					tuple(2, "IMPORTED", "Ines Barlow: PRESENT"),
					tuple(3, "IMPORTED", "Owen Pryce: PRESENT"),
					tuple(4, "SKIPPED", "attendance \"Expected\" states no attendance: nothing recorded for Dr Leah "
							+ "Corrin (not counted present)"),
					tuple(5, "IMPORTED", "Felix Harrow: PRESENT"),
					tuple(6, "IMPORTED", "Pia Lund: PRESENT, substitute for Cllr Nadia Voss; new person Pia Lund"),
					tuple(7, "GUESSED", "Nadia Voss: APOLOGIES; attendance \"Apologies, sent representative\" read as "
							+ "apologies; \"sent representative\" not read: record it on the meeting's page"),
					tuple(8, "IMPORTED", "Hattie Quist: PRESENT"),
					tuple(9, "GUESSED", "Tom Reyes: IN_ATTENDANCE; new person Tom Reyes; attendance \"Present as "
							+ "substitute\" read as present; \"as substitute\" not read: record it on the meeting's "
							+ "page; listed as present but holds no seat on the board at the meeting date: recorded as "
							+ "in attendance"));
		report().path("meetingConflicts.items[0].quorums[*].before.votingMembersPresent").entityList(Integer.class)
			.containsExactly(5);
	}

	/** Name and organisation cells swapped, as tables pasted from papers have them: no organisation is a person. */
	@Test
	@SuppressWarnings("unchecked")
	void aNameAndOrganisationSwappedAreReadBackAndAnOrganisationAloneIsNoPerson() {
		String table = """
				Name,Organisation,Attendance
				Cllr Ines Barlow,Tamarside Council,Present
				Wyebridge Council,Councillor Felix Harrow,Present
				Healthwatch Wyebridge,,Present
				""";
		Map<?, ?> imported = upload("/api/imports/attendance", table, "attendance.csv", Map.of("meetingId", this.meeting));
		assertThat(imported.get("status")).as(String.valueOf(imported)).isEqualTo("APPLIED");
		assertThat((List<Map<String, Object>>) imported.get("lines"))
			.extracting(l -> l.get("line"), l -> l.get("outcome"), l -> ((String) l.get("message")).replaceAll(
					"; person matched to [^;]*", ""))
			.containsExactly(tuple(1, "SKIPPED", "header row"),
					tuple(2, "IMPORTED", "Ines Barlow: PRESENT"),
					tuple(3, "GUESSED", "Felix Harrow: PRESENT; name and organisation cells swapped (\"Wyebridge "
							+ "Council\" is an organisation): \"Councillor Felix Harrow\" read as the name"),
					tuple(4, "SKIPPED", "\"Healthwatch Wyebridge\" names an organisation, not a person: nothing "
							+ "recorded"));
		assertThat(count("MATCH (p:Person) WHERE p.displayName CONTAINS 'Wyebridge' RETURN count(p)")).isZero();
	}

	/** The same meeting minuted in paragraphs, as many councils print it: everyone in a list is read. */
	static final String MINUTES_IN_PARAGRAPHS = """
			Minutes of the meeting held on 27 June 2019

			Present: Councillor Ines Barlow (Chair), Councillor Owen Pryce, Dr Leah Corrin, Councillor Felix Harrow, \
			Dr Sunil Mehra, Hattie Quisst and Councillor Pia Lund (co-chairing in the absence of Councillor Nadia Voss).

			Also present: Ruth Abara (Corporate Director of People, Tamarside Council) and Bo Lind (Democratic Services).

			Apologies for absence were received from Councillor Nadia Voss, Gil Ferreira and Rhiannon Teague.
			""";

	@Test
	@SuppressWarnings("unchecked")
	void minutesInParagraphsGiveTheSameCountAndVerdict() {
		Map<?, ?> imported = upload("/api/imports/attendance", MINUTES_IN_PARAGRAPHS, "minutes.txt",
				Map.of("meetingId", this.meeting));
		assertThat(imported.get("status")).as(String.valueOf(imported)).isEqualTo("APPLIED");
		assertThat(((Map<?, ?>) imported.get("counts")).get("recordsCreated")).as(String.valueOf(imported)).isEqualTo(12);
		// Everyone the paragraph names is on its line of the report.
		assertThat((List<Map<String, Object>>) imported.get("lines")).filteredOn(l -> l.get("line").equals(3))
			.extracting(l -> (String) l.get("message"))
			.hasSize(7)
			.anySatisfy(m -> assertThat(m).contains("\"Hattie Quisst\" read as Hattie Quist, who holds a seat"));
		report().path("meetingConflicts.participants[?(@.notRecorded == true)].person.displayName").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("Amos Kettle", "Dr Joss Penrose", "Councillor Tess Morland"))
			.path("meetingConflicts.items[0].quorums[0].before.votingMembersPresent").entity(Integer.class).isEqualTo(6)
			.path("meetingConflicts.items[0].quorums[0].before.quorate").entity(Boolean.class).isEqualTo(true)
			.path("meetingConflicts.chairs[*].person.displayName").entityList(String.class)
			.containsExactly("Councillor Ines Barlow", "Councillor Pia Lund")
			.path("meetingConflicts.chairs[*].chairing").entityList(String.class).containsExactly("CHAIR", "CO_CHAIR");
		assertThat(count("""
				MATCH (:Meeting {id: $meeting})<-[:AT_MEETING]-(:Attendance {status: 'APOLOGIES'})-[:ATTENDEE]->(p:Person)
				WHERE p.displayName IN ['Councillor Nadia Voss', 'Gil Ferreira', 'Rhiannon Teague']
				RETURN count(p)""", "meeting", this.meeting)).isEqualTo(3);
	}

	/** The same meeting's minutes pasted whole: the business after the attendance names people too. */
	static final String MINUTES_WHOLE = """
			TAMARSIDE AND WYEBRIDGE JOINT HEALTH AND WELLBEING SUB-COMMITTEE
			MINUTES of the meeting held on Thursday 27 June 2019 at 2.00 pm, Committee Room 2

			Present: Councillor Ines Barlow (Chair), Councillor Owen Pryce, Dr Leah Corrin, Councillor Felix Harrow, \
			Dr Sunil Mehra, Hattie Quisst and Councillor Pia Lund (co-chairing in the absence of Councillor Nadia Voss).

			Also present: Ruth Abara (Corporate Director of People, Tamarside Council) and Bo Lind (Democratic Services).

			1. WELCOME AND APOLOGIES
			The Chair welcomed everyone to the meeting.
			Apologies for absence were received from Councillor Nadia Voss, Gil Ferreira and Rhiannon Teague.

			2. DECLARATIONS OF INTEREST
			Dr Leah Corrin declared a non-pecuniary interest in item 4 as a partner at Elm Street Surgery.

			3. MINUTES OF THE PREVIOUS MEETING
			RESOLVED: That the minutes of the meeting held on 7 March 2019 be approved.

			4. Better Care Fund Plan 2019/20
			Ruth Abara - Corporate Director of People, presented the plan.
			Dr Leah Corrin left the room for this item.
			RESOLVED: That the plan be approved.

			5. Date of next meeting
			Thursday 3 October 2019 at 2.00 pm.

			The meeting closed at 3.40 pm.
			Chair
			""";

	@Test
	@SuppressWarnings("unchecked")
	void minutesPastedWholeReadOnlyTheirAttendanceAndApologies() {
		Map<?, ?> imported = upload("/api/imports/attendance", MINUTES_WHOLE, "minutes.txt",
				Map.of("meetingId", this.meeting));
		assertThat(imported.get("status")).as(String.valueOf(imported)).isEqualTo("APPLIED");
		// 12 attendance records, and the declaration and decision under minute 4, the agenda's item 1 by its title
		assertThat(((Map<?, ?>) imported.get("counts")).get("recordsCreated")).as(String.valueOf(imported))
			.isEqualTo(14);
		assertThat((List<Map<String, Object>>) imported.get("lines")).filteredOn(l -> l.get("line").equals(8))
			.extracting(l -> (String) l.get("message"))
			.singleElement()
			.satisfies(m -> assertThat(m).contains("1. WELCOME AND APOLOGIES").contains("business begins"));
		assertThat((List<Map<String, Object>>) imported.get("lines")).extracting(l -> (Integer) l.get("line"))
			.allSatisfy(line -> assertThat(line).isIn(List.of(1, 2, 3, 4, 5, 6, 7, 8, 10, 13, 15, 16, 18, 21)));
		assertThat((List<Map<String, Object>>) imported.get("lines")).filteredOn(l -> l.get("line").equals(21))
			.extracting(l -> (String) l.get("message"))
			.singleElement()
			.satisfies(m -> assertThat(m).contains("RESOLVED: That the plan be approved.").contains("a decision"));
		assertThat((List<Map<String, Object>>) imported.get("lines")).filteredOn(l -> l.get("line").equals(13))
			.extracting(l -> (String) l.get("message"))
			.singleElement()
			.satisfies(m -> assertThat(m).contains("a declaration of interest by Dr Leah Corrin in minute 4 (item 1 on "
					+ "the agenda, by its title)"));
		assertThat((List<Map<String, Object>>) imported.get("lines")).filteredOn(l -> l.get("line").equals(16))
			.extracting(l -> (String) l.get("message"))
			.singleElement()
			.satisfies(m -> assertThat(m).contains("in item 3: no item 3 on the meeting's agenda")
				.contains("record it on the meeting's page"));
		report().path("meetingConflicts.participants[?(@.notRecorded == true)].person.displayName").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("Amos Kettle", "Dr Joss Penrose", "Councillor Tess Morland"))
			.path("meetingConflicts.items[0].quorums[0].before.votingMembersPresent").entity(Integer.class).isEqualTo(6)
			.path("meetingConflicts.items[0].quorums[0].before.quorate").entity(Boolean.class).isEqualTo(true);
		assertThat(count("""
				MATCH (:Meeting {id: $meeting})<-[:AT_MEETING]-(:Attendance {status: 'APOLOGIES'})-[:ATTENDEE]->(p:Person)
				RETURN count(p)""", "meeting", this.meeting)).isEqualTo(3);
		assertThat(count("MATCH (p:Person) WHERE p.displayName =~ '(?i).*(resolved|welcomed|meeting|chair$).*' "
				+ "RETURN count(p)")).isZero();
	}

	@Test
	void tooFewVotingMembersOnOneSideFailsTheFirstClauseForThatSide() {
		importMinutes();
		attend("Owen", "Pryce", "APOLOGIES");
		assertFailures(List.of("Tamarside"), List.of(1));
	}

	@Test
	void noElectedMemberOnASideFailsTheSecondClauseOnly() {
		importMinutes();
		attend("Ines", "Barlow", "APOLOGIES");
		attend("Owen", "Pryce", "APOLOGIES");
		attend("Amos", "Kettle", "PRESENT");
		attend("Joss", "Penrose", "PRESENT");
		assertFailures(List.of("Tamarside"), List.of(2));
		report().path("meetingConflicts.items[0].quorums[0].before.failures[0].message").entity(String.class)
			.isEqualTo("Tamarside: 0 present, 1 required: clause 2, one local authority elected representative of "
					+ "each borough");
	}

	@Test
	void noChairOfTheCcgOrHealthwatchFailsTheThirdClauseUntilTheirSubstituteComes() {
		importMinutes();
		attend("Leah", "Corrin", "APOLOGIES");
		attend("Amos", "Kettle", "PRESENT");
		assertFailures(List.of("Tamarside"), List.of(3));
		String corrin = personId("Leah", "Corrin");
		String finch = this.fixtures.person("Ada", "Finch");
		this.fixtures.create("appointMember", map("personId", finch, "boardId", this.board, "role", "SUBSTITUTE",
				"voting", true, "side", "Tamarside", "substituteForId", corrin, "from", "2019-01-01"), "membership");
		this.fixtures.create("recordAttendance", map("meetingId", this.meeting, "personId", finch, "status", "PRESENT",
				"substituteForId", corrin), "attendance");
		assertFailures(List.of(), List.of());
	}

	@Test
	void everyonePresentButOneSidesThreeCouncillorsFailsThatSidesElectedClause() {
		importMinutes();
		for (String[] name : new String[][] { { "Amos", "Kettle" }, { "Joss", "Penrose" }, { "Rhiannon", "Teague" },
				{ "Gil", "Ferreira" } }) {
			attend(name[0], name[1], "PRESENT");
		}
		attend("Felix", "Harrow", "APOLOGIES");
		assertFailures(List.of("Wyebridge"), List.of(2));
	}

	@Test
	void aMeetingOnADateWhenNobodyHoldsASeatIsNotQuorateAndSaysWhy() {
		String early = this.fixtures.create("scheduleMeeting",
				map("boardId", this.board, "date", "2019-01-10", "title", "Inaugural meeting"), "meeting");
		this.fixtures.create("addAgendaItem", map("meetingId", early, "number", "1", "title", "Terms of reference",
				"purposeAsPublished", "For approval"), "agendaItem");
		this.graphQl.documentName("meetingAsMinuted").variable("id", early).execute()
			.path("meetingConflicts.items[0].quorums[0].before.quorate").entity(Boolean.class).isEqualTo(false)
			.path("meetingConflicts.items[0].quorums[0].before.failures[*].requirement").entityList(String.class)
			.containsExactly("NO_SEATS")
			.path("meetingConflicts.items[0].quorums[0].before.failures[0].message").entity(String.class)
			.isEqualTo("Nobody holds a seat on Tamarside and Wyebridge Joint Health and Wellbeing Sub-Committee on "
					+ "2019-01-10, so it cannot be quorate");
	}

	@Test
	void aRuleTheSeatsCannotMeetIsStoredAndFlagged() {
		this.graphQl.documentName("setQuorumRule")
			.variable("input", map("boardId", this.board, "text", "Four councillors of each borough", "clauses",
					List.of(map("minimum", 4, "perSide", true, "anyOf", List.of(map("electedMember", true))))))
			.execute()
			.path("setQuorumRule.userErrors").entityList(Object.class).hasSize(0)
			.path("setQuorumRule.board.quorumRule.text").entity(String.class).isEqualTo("Four councillors of each borough")
			.path("setQuorumRule.warnings").entityList(String.class)
			.containsExactly("Tamarside: only 2 seat(s) match clause 1 (at least 4 voting members of each side who are "
					+ "elected members), which needs 4", "Wyebridge: only 3 seat(s) match clause 1 (at least 4 voting "
					+ "members of each side who are elected members), which needs 4");
		this.graphQl.documentName("setQuorumRule")
			.variable("input", map("boardId", this.board, "clauses", List.of(map("minimum", 2, "majority", true))))
			.execute()
			.path("setQuorumRule.userErrors[0].field[1]").entity(String.class).isEqualTo("clauses[0]");
	}

	@Test
	void contradictionsAreRefusedByName() {
		importMinutes();
		String voss = personId("Nadia", "Voss");
		this.graphQl.documentName("recordAttendance")
			.variable("input", map("meetingId", this.meeting, "personId", voss, "status", "APOLOGIES", "chairing",
					"CHAIR"))
			.execute()
			.path("recordAttendance.userErrors[*].field[1]").entityList(String.class).containsExactly("chairing");
		this.graphQl.documentName("recordAttendance")
			.variable("input", map("meetingId", this.meeting, "personId", personId("Owen", "Pryce"), "status",
					"PRESENT", "chairing", "CHAIR"))
			.execute()
			.path("recordAttendance.userErrors[0].message").entity(String.class)
			.satisfies(message -> assertThat(message).startsWith("Someone else is already recorded as chairing"));
		this.graphQl.documentName("recordAttendance")
			.variable("input", map("meetingId", this.meeting, "personId", personId("Pia", "Lund"), "status",
					"IN_ATTENDANCE", "chairing", "CO_CHAIR", "chairedInAbsenceOfId", personId("Felix", "Harrow")))
			.execute()
			.path("recordAttendance.userErrors[0].field[1]").entity(String.class).isEqualTo("chairedInAbsenceOfId");
	}

	@Test
	void anAttendanceRecordMadeInErrorIsRemovedAndAudited() {
		importMinutes();
		String id = this.driver.executableQuery("""
				MATCH (a:Attendance)-[:ATTENDEE]->(:Person {familyName: 'Lind'}) RETURN a.id AS id""")
			.execute().records().get(0).get("id").asString();
		this.graphQl.documentName("removeAttendance").variable("input", map("attendanceId", id, "reason", "Not there"))
			.execute()
			.path("removeAttendance.userErrors").entityList(Object.class).hasSize(0)
			.path("removeAttendance.meeting.attendance[*].person.displayName").entityList(String.class)
			.doesNotContain("Bo Lind");
		assertThat(count("MATCH (c:ChangeRecord {operation: 'removeAttendance'}) RETURN count(c)")).isOne();
		this.graphQl.documentName("removeAttendance").variable("input", map("attendanceId", id)).execute()
			.path("removeAttendance.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
	}

	@Test
	void mergingTwoRecordsOfOnePersonLeavesOneAttendanceWithTheStrongerStatus() {
		importMinutes();
		// The minutes' clerk was also entered by hand as a duplicate who was present in a seat.
		String lind = personId("Bo", "Lind");
		String duplicate = this.fixtures.person("Bo", "Lynd");
		this.fixtures.create("appointMember", map("personId", duplicate, "boardId", this.board, "role", "MEMBER",
				"voting", false, "side", "Tamarside", "from", "2019-01-01"), "membership");
		this.fixtures.create("recordAttendance", map("meetingId", this.meeting, "personId", duplicate, "status",
				"PRESENT"), "attendance");
		this.graphQl.document("mutation($i: MergeInput!) { mergePeople(input: $i) { keptId userErrors { message } } }")
			.variable("i", map("keepId", lind, "mergeId", duplicate, "reason", "Same clerk, name misspelt"))
			.execute()
			.path("mergePeople.userErrors").entityList(Object.class).hasSize(0);
		String records = """
				MATCH (:Meeting {id: $meeting})<-[:AT_MEETING]-(a:Attendance)-[:ATTENDEE]->(:Person {id: $person})
				RETURN count(a)""";
		assertThat(count(records, "meeting", this.meeting, "person", lind)).isOne();
		assertThat(count("""
				MATCH (a:Attendance {status: 'PRESENT', key: $key})-[:ATTENDEE]->(:Person {id: $person})
				RETURN count(a)""", "key", this.meeting + "|" + lind, "person", lind)).isOne();
		this.fixtures.create("recordAttendance", map("meetingId", this.meeting, "personId", lind, "status",
				"APOLOGIES"), "attendance");
		assertThat(count(records, "meeting", this.meeting, "person", lind)).isOne();
	}

	@Test
	void agendaPurposesAreKeptAsPublishedBesideTheirNormalisedValue() {
		this.graphQl.documentName("addAgendaItem")
			.variable("input", map("meetingId", this.meeting, "number", "2", "title", "Quality report",
					"purposeAsPublished", "For assurance"))
			.execute()
			.path("addAgendaItem.agendaItem.purpose").entity(String.class).isEqualTo("NOTING");
		this.graphQl.documentName("addAgendaItem")
			.variable("input", map("meetingId", this.meeting, "number", "3", "title", "Any other business",
					"purposeAsPublished", "Any other business"))
			.execute()
			.path("addAgendaItem.userErrors[0].field[1]").entity(String.class).isEqualTo("purposeAsPublished")
			.path("addAgendaItem.userErrors[0].message").entity(String.class)
			.isEqualTo("\"Any other business\" does not say whether the item is for decision, discussion or noting; "
					+ "give purpose as well");
	}

	@Test
	void aDecisionKnownOnlyToAMonthSaysSo() {
		String council = this.fixtures.organisation("Exmoor District Council", "LOCAL_AUTHORITY");
		String post = this.fixtures.create("createPost", map("title", "Director of Adult Services", "organisationId",
				council), "post");
		this.graphQl.documentName("recordDecision")
			.variable("input", map("postId", post, "decidedOn", "2020-01-17", "decidedOnPrecision", "MONTH", "text",
					"Approved the new fee rates (\"approved in January 2020\")", "outcome", "APPROVED"))
			.execute()
			.path("recordDecision.decision.decidedOn").entity(String.class).isEqualTo("2020-01-01")
			.path("recordDecision.decision.decidedOnPrecision").entity(String.class).isEqualTo("MONTH");
	}

	@Test
	void twoBoardsMeetingInCommonKeepTheirOwnQuorumsAndDecisions() {
		String council = this.fixtures.organisation("Exmoor District Council", "LOCAL_AUTHORITY");
		String ccg = this.fixtures.organisation("NHS Exmoor CCG", "CLINICAL_COMMISSIONING_GROUP");
		String hwb = this.fixtures.board("Exmoor Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD", council);
		String body = this.fixtures.board("NHS Exmoor CCG Governing Body", "OTHER", ccg);
		this.fixtures.create("setQuorumRule", map("boardId", hwb, "minimumVotingMembers", 2), "board");
		this.fixtures.create("setQuorumRule", map("boardId", body, "text", "A majority of the voting members",
				"clauses", List.of(map("majority", true))), "board");
		String cole = seat("Nell", "Cole", hwb);
		String drake = seat("Rafe", "Drake", hwb);
		String eyre = seat("Sian", "Eyre", hwb);
		this.fixtures.create("appointMember", map("personId", cole, "boardId", body, "role", "MEMBER", "voting", true,
				"from", "2024-01-01"), "membership");
		String fenn = seat("Omar", "Fenn", body);
		seat("Tilly", "Gage", body);
		seat("Wynn", "Hart", body);
		String meeting = this.fixtures.create("scheduleMeeting", map("boardIds", List.of(hwb, body), "date",
				"2025-03-13", "title", "Boards in common", "status", "HELD"), "meeting");
		String both = this.fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "1", "title",
				"Joint forward plan", "purposeAsPublished", "For approval"), "agendaItem");
		String ccgOnly = this.fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "2", "title",
				"Primary care budget", "purposeAsPublished", "For decision", "boardIds", List.of(body)), "agendaItem");
		for (String[] attendance : new String[][] { { cole, "PRESENT" }, { drake, "PRESENT" }, { fenn, "PRESENT" },
				{ eyre, "APOLOGIES" } }) {
			this.fixtures.create("recordAttendance", map("meetingId", meeting, "personId", attendance[0], "status",
					attendance[1]), "attendance");
		}
		this.graphQl.documentName("meetingAsMinuted").variable("id", meeting).execute()
			.path("meetingConflicts.meeting.boards[*].name").entityList(String.class)
			.containsExactly("Exmoor Health and Wellbeing Board", "NHS Exmoor CCG Governing Body")
			.path("meetingConflicts.participants[?(@.person.displayName == 'Nell Cole')].board.name")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("Exmoor Health and Wellbeing Board", "NHS Exmoor CCG Governing Body"))
			.path("meetingConflicts.items[0].quorums[*].board.name").entityList(String.class)
			.containsExactly("Exmoor Health and Wellbeing Board", "NHS Exmoor CCG Governing Body")
			.path("meetingConflicts.items[0].quorums[*].before.quorate").entityList(Boolean.class)
			.containsExactly(true, false)
			.path("meetingConflicts.items[0].quorums[1].before.failures[0].requirement").entity(String.class)
			.isEqualTo("MAJORITY_PRESENT")
			.path("meetingConflicts.items[0].quorums[1].before.failures[0].message").entity(String.class)
			.isEqualTo("2 of 4 present, a majority (3) required: clause 1, a majority of voting members")
			.path("meetingConflicts.items[1].item.boards[*].name").entityList(String.class)
			.containsExactly("NHS Exmoor CCG Governing Body")
			.path("meetingConflicts.items[1].quorums[*].board.name").entityList(String.class)
			.containsExactly("NHS Exmoor CCG Governing Body");
		this.graphQl.documentName("recordDecision")
			.variable("input", map("itemId", both, "text", "Plan approved", "outcome", "APPROVED"))
			.execute()
			.path("recordDecision.userErrors[0].field[1]").entity(String.class).isEqualTo("boardId");
		this.graphQl.documentName("recordDecision")
			.variable("input", map("itemId", ccgOnly, "boardId", hwb, "text", "Budget set", "outcome", "APPROVED"))
			.execute()
			.path("recordDecision.userErrors[0].message").entity(String.class)
			.isEqualTo("boardId is not a board this item is for at this meeting");
		this.graphQl.documentName("recordDecision")
			.variable("input", map("itemId", both, "boardId", hwb, "text", "Plan approved", "outcome", "APPROVED"))
			.execute()
			.path("recordDecision.decision.takenBy.name").entity(String.class)
			.isEqualTo("Exmoor Health and Wellbeing Board");
		assertThat(count("MATCH (d:Decision) RETURN count(d)")).isOne();
	}

	private String seat(String given, String family, String board) {
		String person = this.fixtures.person(given, family);
		this.fixtures.create("appointMember", map("personId", person, "boardId", board, "role", "MEMBER", "voting",
				true, "from", "2024-01-01"), "membership");
		return person;
	}

	private Map<?, ?> importMinutes() {
		Map<?, ?> report = upload("/api/imports/attendance", MINUTES, "minutes.txt", Map.of("meetingId", this.meeting));
		assertThat(report.get("status")).as(String.valueOf(report)).isEqualTo("APPLIED");
		return report;
	}

	private void assertFailures(List<String> sides, List<Integer> clauses) {
		report().path("meetingConflicts.items[0].quorums[0].before.failures[*].side").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyElementsOf(sides))
			.path("meetingConflicts.items[0].quorums[0].before.failures[*].clause").entityList(Integer.class)
			.satisfies(list -> assertThat(list).containsExactlyElementsOf(clauses))
			.path("meetingConflicts.items[0].quorums[0].before.quorate").entity(Boolean.class)
			.isEqualTo(sides.isEmpty());
	}

	private GraphQlTester.Response report() {
		return this.graphQl.documentName("meetingAsMinuted").variable("id", this.meeting).execute();
	}

	private void attend(String given, String family, String status) {
		this.fixtures.create("recordAttendance", map("meetingId", this.meeting, "personId", personId(given, family),
				"status", status), "attendance");
	}

	private String personId(String given, String family) {
		return this.driver.executableQuery("MATCH (p:Person {givenName: $given, familyName: $family}) RETURN p.id AS id")
			.withParameters(map("given", given, "family", family))
			.execute().records().get(0).get("id").asString();
	}

	@SuppressWarnings("unchecked")
	private static String lineMessage(Map<?, ?> report, int line) {
		return ((List<Map<String, Object>>) report.get("lines")).stream()
			.filter(l -> ((Number) l.get("line")).intValue() == line)
			.map(l -> (String) l.get("message"))
			.findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static String lineOutcome(Map<?, ?> report, int line) {
		return ((List<Map<String, Object>>) report.get("lines")).stream()
			.filter(l -> ((Number) l.get("line")).intValue() == line)
			.map(l -> (String) l.get("outcome"))
			.findFirst().orElseThrow();
	}

	private Map<?, ?> upload(String path, String text, String fileName, Map<String, String> params) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		params.forEach(parts::add);
		return RestClient.create("http://localhost:" + this.port).post().uri(path)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.headers(h -> h.setBasicAuth("officer", "officer"))
			.body(parts).retrieve().onStatus(HttpStatusCode::isError, (req, res) -> {
			}).body(Map.class);
	}

}
