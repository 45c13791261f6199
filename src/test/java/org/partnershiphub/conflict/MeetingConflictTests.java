package org.partnershiphub.conflict;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;
import org.partnershiphub.support.RoundTripCounter;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A joint committee of two boroughs whose quorum is two voting members of each side, one of them elected. One
 * elected Eastwater member sends apologies and her named substitute comes; an officer is in attendance. Item 1 is
 * about an alliance two members are linked to; item 2 about a trust nobody is.
 */
@IntegrationTest
class MeetingConflictTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String meeting;

	private String board;

	private String practice;

	private String council;

	private String alice;

	private String ben;

	private String dev;

	private String item1;

	private String item2;

	@BeforeEach
	void aJointCommitteeMeeting() {
		this.fixtures = new Fixtures(this.graphQl);
		this.practice = this.fixtures.organisation("Northgate Surgery", "GP_PRACTICE");
		String federation = this.fixtures.organisation("Brackenford GP Federation", "GP_FEDERATION");
		this.fixtures.create("linkOrganisationToParent", map("organisationId", this.practice, "parentId", federation),
				"organisation");
		String alliance = this.fixtures.create("formPartnership",
				map("name", "Brackenford Care Alliance", "kind", "PROVIDER_COLLABORATIVE"), "partnership");
		this.fixtures.create("addPartner", map("partnershipId", alliance, "organisationId", federation, "role",
				"MEMBER", "from", "2023-04-01"), "partnershipMembership");
		String trust = this.fixtures.organisation("Eastwater Leisure Trust", "CHARITY");
		this.council = this.fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		this.board = this.fixtures.board("Joint Sub-Committee", "JOINT_SUB_COMMITTEE", this.council);
		this.fixtures.create("setQuorumRule", map("boardId", this.board, "perSide", true, "minimumVotingMembers", 2,
				"minimumElectedMembers", 1), "board");
		this.alice = seat("Alice", "Ames", "CHAIR", "Brackenford", true, null);
		this.ben = seat("Ben", "Bold", "MEMBER", "Brackenford", false, null);
		String cara = seat("Cara", "Cole", "MEMBER", "Eastwater", true, null);
		this.dev = seat("Dev", "Dale", "MEMBER", "Eastwater", false, null);
		String sam = seat("Sam", "Sub", "SUBSTITUTE", "Eastwater", true, cara);
		String olga = this.fixtures.person("Olga", "Orr");
		declare(this.dev, this.practice, "FINANCIAL", "GP partner", "2025-01-15");
		declare(this.ben, federation, "INDIRECT", "Spouse is a director", "2024-01-01");
		this.meeting = this.fixtures.create("scheduleMeeting", map("boardId", this.board, "date", "2025-09-18"),
				"meeting");
		this.item1 = item("1", "Alliance contract award", alliance);
		this.item2 = item("2", "Leisure grant", trust);
		attend(cara, "APOLOGIES", null);
		attend(sam, "PRESENT", cara);
		attend(olga, "IN_ATTENDANCE", null);
		this.fixtures.create("recordDeclaration", map("itemId", this.item1, "personId", this.dev, "nature",
				"GP partner at Northgate Surgery", "organisationId", this.practice, "action", "WITHDREW"), "declaration");
	}

	@Test
	void participantsAreMembersNotAbsentSubstitutesInTheirPrincipalsSeatAndThoseInAttendance() {
		report().path("meetingConflicts.asOf").entity(String.class).isEqualTo("2025-09-18")
			.path("meetingConflicts.participants[*].person.displayName").entityList(String.class)
			.containsExactly("Alice Ames", "Ben Bold", "Dev Dale", "Olga Orr", "Sam Sub")
			.path("meetingConflicts.participants[*].basis").entityList(String.class)
			.containsExactly("MEMBER", "MEMBER", "MEMBER", "IN_ATTENDANCE", "SUBSTITUTE")
			.path("meetingConflicts.participants[*].countsTowardsQuorum").entityList(Boolean.class)
			.containsExactly(true, true, true, false, true)
			.path("meetingConflicts.participants[4].substituteFor.displayName").entity(String.class)
			.isEqualTo("Cara Cole")
			.path("meetingConflicts.participants[4].seat.role").entity(String.class).isEqualTo("MEMBER");
	}

	@Test
	void conflictsDeclarationsAndUndeclaredConflictsPerItem() {
		report().path("meetingConflicts.items[*].item.number").entityList(String.class).containsExactly("1", "2")
			.path("meetingConflicts.items[0].conflicts[*].person.displayName").entityList(String.class)
			.containsExactly("Ben Bold", "Dev Dale")
			.path("meetingConflicts.items[0].conflicts[*].action").entityList(String.class)
			.containsExactly("NO_PART_IN_DISCUSSION_OR_VOTE", "WITHDRAW")
			.path("meetingConflicts.items[0].conflicts[*].steps").entityList(Integer.class).containsExactly(1, 2)
			.path("meetingConflicts.items[0].declarations[*].person.displayName").entityList(String.class)
			.containsExactly("Dev Dale")
			.path("meetingConflicts.items[0].undeclared[*].person.displayName").entityList(String.class)
			.containsExactly("Ben Bold")
			.path("meetingConflicts.items[0].exclusions[*].person.displayName").entityList(String.class)
			.containsExactly("Dev Dale", "Ben Bold")
			.path("meetingConflicts.items[1].conflicts").entityList(Object.class).hasSize(0)
			.path("meetingConflicts.items[1].exclusions").entityList(Object.class).hasSize(0);
	}

	@Test
	void quorumIsLostOnOneItemButNotTheOther() {
		report().path("meetingConflicts.items[0].quorum.before.quorate").entity(Boolean.class).isEqualTo(true)
			.path("meetingConflicts.items[0].quorum.before.votingMembersPresent").entity(Integer.class).isEqualTo(4)
			.path("meetingConflicts.items[0].quorum.after.quorate").entity(Boolean.class).isEqualTo(false)
			.path("meetingConflicts.items[0].quorum.after.votingMembersPresent").entity(Integer.class).isEqualTo(2)
			.path("meetingConflicts.items[0].quorum.after.failures[*].message").entityList(String.class)
			.containsExactly("Brackenford: 1 present, 2 required: clause 1, at least 2 voting members of each side",
					"Eastwater: 1 present, 2 required: clause 1, at least 2 voting members of each side")
			.path("meetingConflicts.items[0].quorum.after.failures[*].requirement").entityList(String.class)
			.containsExactly("MINIMUM_PRESENT", "MINIMUM_PRESENT")
			.path("meetingConflicts.items[1].quorum.after.quorate").entity(Boolean.class).isEqualTo(true)
			.path("meetingConflicts.items[1].quorum.after.failures").entityList(Object.class).hasSize(0);
	}

	/**
	 * A decision taken on an item that lost its quorum once the conflicted had left, or with a conflicted member
	 * present and not minuted as standing aside, is flagged in the report and beside the decision's authority chain;
	 * a noting, or a decision on a sound item, is not.
	 */
	@Test
	void decisionsOnAnInquorateItemOrWithAConflictedMemberTakingPartAreFlagged() {
		attend(this.ben, "PRESENT", null);
		String approved = decide(this.item1, "Contract awarded to the alliance", "APPROVED");
		decide(this.item1, "Report on the procurement noted", "NOTED");
		decide(this.item2, "Leisure grant approved", "APPROVED");
		String flagged = "{ meetingConflicts(meetingId: \"%s\") { items { decisionProblems { decision { id text } problem "
				+ "person { displayName } explanation } } } }";
		this.graphQl.document(flagged.formatted(this.meeting))
			.execute()
			.path("meetingConflicts.items[0].decisionProblems[*].problem").entityList(String.class)
			.containsExactly("INQUORATE", "CONFLICTED_MEMBER_TOOK_PART")
			.path("meetingConflicts.items[0].decisionProblems[*].decision.id").entityList(String.class)
			.containsExactly(approved, approved)
			.path("meetingConflicts.items[0].decisionProblems[0].explanation").entity(String.class)
			.satisfies(why -> assertThat(why).startsWith("Joint Sub-Committee was not quorate for this item")
				.contains("Brackenford: 1 present, 2 required"))
			.path("meetingConflicts.items[0].decisionProblems[1].person.displayName").entity(String.class)
			.isEqualTo("Ben Bold")
			.path("meetingConflicts.items[0].decisionProblems[1].explanation").entity(String.class)
			.isEqualTo("Ben Bold is recorded present and had to take no part in the discussion or vote on this item, "
					+ "and the minutes do not record that they did")
			.path("meetingConflicts.items[1].decisionProblems").entityList(Object.class).hasSize(0);
		this.graphQl.document("{ authorityChain(decisionId: \"" + approved + "\") { decisionProblems { problem } } }")
			.execute()
			.path("authorityChain.decisionProblems[*].problem").entityList(String.class)
			.containsExactly("INQUORATE", "CONFLICTED_MEMBER_TOOK_PART");

		this.fixtures.create("recordDeclaration", map("itemId", this.item1, "personId", this.ben, "nature",
				"Spouse is a director of the federation", "action", "NO_PART_IN_DISCUSSION_OR_VOTE"), "declaration");
		this.graphQl.document(flagged.formatted(this.meeting))
			.execute()
			.path("meetingConflicts.items[0].decisionProblems[*].problem").entityList(String.class)
			// standing aside as minuted clears the member, not the quorum
			.containsExactly("INQUORATE");

		// Within the board's delegated authority, yet not validly taken: an auditor finds it among the gaps.
		this.fixtures.create("delegateAuthority", map("delegatorId", this.council, "delegateId", this.board,
				"instrument", "TERMS_OF_REFERENCE", "scope", List.of("contract award"), "validFrom", "2025-01-01"),
				"delegation");
		String awarded = this.fixtures.create("recordDecision", map("itemId", this.item1, "text",
				"Alliance contract awarded", "outcome", "APPROVED", "kind", "contract award"), "decision");
		String granted = this.fixtures.create("recordDecision", map("itemId", this.item2, "text",
				"Leisure grant awarded", "outcome", "APPROVED", "kind", "contract award"), "decision");
		this.graphQl.document("{ authorityGaps(asOf: \"2025-12-31\") { decisions { decision { id } verdict "
				+ "decisionProblems { problem } } } }")
			.execute()
			.path("authorityGaps.decisions[?(@.decision.id == '%s')].verdict".formatted(awarded))
			.entityList(String.class).containsExactly("COVERED")
			.path("authorityGaps.decisions[?(@.decision.id == '%s')].decisionProblems[*].problem".formatted(awarded))
			.entityList(String.class).containsExactly("INQUORATE")
			.path("authorityGaps.decisions[*].decision.id").entityList(String.class).doesNotContain(granted);
	}

	/**
	 * Being a registered patient, or a member of a professional body the item only reaches through structure, is
	 * noted with the rule that dismisses it, not reported as a conflict; a professional body the item itself concerns
	 * still is.
	 */
	@Test
	void interestsThatAreNotConflictsByPolicyAreNotedWithTheirRule() {
		String bma = this.fixtures.organisation("British Medical Association", "PROFESSIONAL_BODY");
		this.fixtures.create("linkOrganisationToParent", map("organisationId", bma, "parentId", this.practice),
				"organisation");
		declare(this.alice, this.practice, "NON_FINANCIAL_PERSONAL", "Registered Patient (family)", "2025-01-15");
		declare(this.alice, bma, "NON_FINANCIAL_PROFESSIONAL", "Member", "2025-01-15");
		String item3 = item("3", "BMA local negotiating committee", bma);
		String noted = "{ meetingConflicts(meetingId: \"%s\") { items { item { number } conflicts { person { displayName } "
				+ "interest { nature } action } noted { person { displayName } interest { nature } action dismissedBy } } } }";
		this.graphQl.document(noted.formatted(this.meeting))
			.execute()
			.path("meetingConflicts.items[0].conflicts[*].person.displayName").entityList(String.class)
			.containsExactly("Ben Bold", "Dev Dale")
			.path("meetingConflicts.items[0].noted[*].interest.nature").entityList(String.class)
			.satisfies(natures -> assertThat(natures).containsExactlyInAnyOrder("Registered Patient (family)", "Member"))
			.path("meetingConflicts.items[0].noted[*].action").entityList(String.class)
			.containsExactly("NO_ACTION", "NO_ACTION")
			.path("meetingConflicts.items[0].noted[*].dismissedBy").entityList(String.class)
			.satisfies(rules -> assertThat(rules)
				.anySatisfy(rule -> assertThat(rule).startsWith("Registered patient: being a patient"))
				.anySatisfy(rule -> assertThat(rule).startsWith("Professional body membership: ")))
			// the item concerns the body itself
			.path("meetingConflicts.items[2].conflicts[*].interest.nature").entityList(String.class)
			.contains("Member")
			.path("meetingConflicts.items[2].noted[*].interest.nature").entityList(String.class)
			.containsExactly("Registered Patient (family)");
		assertThat(item3).isNotNull();
	}

	/** An interest declared only in words is matched to an item by the distinctive words they share, as possible. */
	@Test
	void anInterestInWordsIsAPossibleConflictWithTheWordsMatched() {
		String olga = this.graphQl.document("{ people(first: 5, filter: {name: \"Olga\"}) { edges { node { id } } } }")
			.execute().path("people.edges[0].node.id").entity(String.class).get();
		declare(olga, null, "NON_FINANCIAL_PERSONAL", "Trustee", "2025-01-15");
		this.graphQl.document("{ meetingConflicts(meetingId: \"" + this.meeting + "\") { items { item { number } "
				+ "conflicts { person { displayName } } possible { person { displayName } matchedWords explanation } } } }")
			.execute()
			.path("meetingConflicts.items[0].possible").entityList(Object.class).hasSize(0)
			.path("meetingConflicts.items[1].possible[0].person.displayName").entity(String.class).isEqualTo("Olga Orr")
			.path("meetingConflicts.items[1].possible[0].matchedWords").entityList(String.class)
			.containsExactly("eastwater", "leisure")
			.path("meetingConflicts.items[1].possible[0].explanation").entity(String.class)
			.isEqualTo("Olga Orr declared \"Eastwater Leisure Trust\" (Trustee), which shares eastwater, leisure with "
					+ "this item: possibly a conflict, to check with them")
			.path("meetingConflicts.items[1].conflicts").entityList(Object.class).hasSize(0);
	}

	/**
	 * A dispensation to vote on matters concerning the alliance lets Ben take part in item 1 (and count towards its
	 * quorum) but not in an item about the federation; Dev's, ended before the meeting, is ignored and said to be.
	 */
	@Test
	void aDispensationChangesTheActionOnTheItemsItCoversOnlyWhileInForce() {
		String council = this.graphQl.document("{ organisations(first: 5, filter: {name: \"Brackenford Council\"}) "
				+ "{ edges { node { id } } } }").execute().path("organisations.edges[0].node.id").entity(String.class).get();
		String alliance = this.graphQl.document("{ agendaItem(id: \"" + this.item1 + "\") { concerns { ... on Partnership "
				+ "{ id } } } }").execute().path("agendaItem.concerns[0].id").entity(String.class).get();
		String federationItem = item("3", "Federation estates plan", this.graphQl.document(
				"{ organisations(first: 5, filter: {name: \"Brackenford GP Federation\"}) { edges { node { id } } } }")
			.execute().path("organisations.edges[0].node.id").entity(String.class).get());
		grant(this.ben, council, List.of("VOTE"), List.of(alliance), "2025-01-01", null)
			.path("grantDispensation.userErrors").entityList(Object.class).hasSize(0);
		grant(this.dev, council, List.of("SPEAK"), List.of(), "2024-01-01", "2025-03-31");
		grant(this.ben, council, List.of("VOTE"), List.of("no-such-subject"), "2025-01-01", null)
			.path("grantDispensation.userErrors[0].field").entityList(String.class).containsExactly("input", "subjectIds");

		String report = "{ meetingConflicts(meetingId: \"%s\") { items { item { number } conflicts { person { displayName } "
				+ "action dispensation { applied actionWithout note } } exclusions { person { displayName } } "
				+ "quorum { after { votingMembersPresent } } } } }";
		this.graphQl.document(report.formatted(this.meeting))
			.execute()
			.path("meetingConflicts.items[0].conflicts[*].person.displayName").entityList(String.class)
			.containsExactly("Ben Bold", "Dev Dale")
			.path("meetingConflicts.items[0].conflicts[0].action").entity(String.class).isEqualTo("DECLARE_AND_PARTICIPATE")
			.path("meetingConflicts.items[0].conflicts[0].dispensation.applied").entity(Boolean.class).isEqualTo(true)
			.path("meetingConflicts.items[0].conflicts[0].dispensation.actionWithout").entity(String.class)
			.isEqualTo("NO_PART_IN_DISCUSSION_OR_VOTE")
			.path("meetingConflicts.items[0].conflicts[0].dispensation.note").entity(String.class)
			.isEqualTo("Dispensation granted by Brackenford Council: may speak and vote on this item, instead of: "
					+ "no part in discussion or vote")
			.path("meetingConflicts.items[0].conflicts[1].dispensation.applied").entity(Boolean.class).isEqualTo(false)
			.path("meetingConflicts.items[0].conflicts[1].dispensation.note").entity(String.class)
			.isEqualTo("Dispensation granted by Brackenford Council ignored: it ended on 2025-03-31")
			.path("meetingConflicts.items[0].conflicts[1].action").entity(String.class).isEqualTo("WITHDRAW")
			.path("meetingConflicts.items[0].exclusions[*].person.displayName").entityList(String.class)
			.containsExactly("Dev Dale")
			.path("meetingConflicts.items[0].quorum.after.votingMembersPresent").entity(Integer.class).isEqualTo(3)
			.path("meetingConflicts.items[2].conflicts[0].person.displayName").entity(String.class).isEqualTo("Ben Bold")
			.path("meetingConflicts.items[2].conflicts[0].dispensation.note").entity(String.class)
			.isEqualTo("Dispensation granted by Brackenford Council ignored: it does not cover this item")
			.path("meetingConflicts.items[2].exclusions[*].person.displayName").entityList(String.class)
			.contains("Ben Bold");
		assertThat(federationItem).isNotNull();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response grant(String person, String by,
			List<String> allows, List<String> subjects, String from, String to) {
		return this.graphQl.document("mutation($input: GrantDispensationInput!) { grantDispensation(input: $input) { "
				+ "dispensation { id allows } userErrors { field message } } }")
			.variable("input", map("personId", person, "grantedById", by, "allows", allows, "subjectIds", subjects,
					"validFrom", from, "validTo", to))
			.execute();
	}

	/**
	 * A spouse's directorship reaches the chair as an indirect interest, with the relationship in the path and the
	 * explanation; an associate's, from a relationship that had ended, does not reach Ben.
	 */
	@Test
	void aRelativesInterestReachesTheMemberAsAnIndirectOne() {
		String federation = this.graphQl.document("{ organisations(first: 5, filter: {name: \"Brackenford GP Federation\"}) "
				+ "{ edges { node { id } } } }").execute().path("organisations.edges[0].node.id").entity(String.class).get();
		String rhys = this.fixtures.person("Rhys", "Ames");
		String tom = this.fixtures.person("Tom", "Bright");
		declare(rhys, federation, "FINANCIAL", "Director", "2025-01-15");
		declare(tom, federation, "FINANCIAL", "Shareholder", "2025-01-15");
		relate(this.alice, rhys, "SPOUSE_OR_CIVIL_PARTNER", "2020-06-01", null);
		relate(this.ben, tom, "CLOSE_ASSOCIATE", "2019-01-01", "2024-12-31");
		relate(this.alice, this.alice, "CLOSE_FAMILY", null, null)
			.path("relatePeople.userErrors[0].field").entityList(String.class).containsExactly("input", "relatedPersonId");

		this.graphQl.document("{ meetingConflicts(meetingId: \"" + this.meeting + "\") { items { conflicts { "
				+ "person { displayName } interestType relationship action explanation "
				+ "path { nodes { kind name } relationships { type } } } } } }")
			.execute()
			.path("meetingConflicts.items[0].conflicts[*].person.displayName").entityList(String.class)
			.containsExactly("Alice Ames", "Ben Bold", "Dev Dale")
			.path("meetingConflicts.items[0].conflicts[0].interestType").entity(String.class).isEqualTo("INDIRECT")
			.path("meetingConflicts.items[0].conflicts[0].relationship").entity(String.class)
			.isEqualTo("SPOUSE_OR_CIVIL_PARTNER")
			.path("meetingConflicts.items[0].conflicts[0].action").entity(String.class)
			.isEqualTo("NO_PART_IN_DISCUSSION_OR_VOTE")
			.path("meetingConflicts.items[0].conflicts[0].explanation").entity(String.class)
			.isEqualTo("Alice Ames's spouse or civil partner, Rhys Ames, has a financial interest (Director) in "
					+ "Brackenford GP Federation, which is a partner in Brackenford Care Alliance.")
			.path("meetingConflicts.items[0].conflicts[0].path.nodes[*].kind").entityList(String.class)
			.containsExactly("Person", "PersonRelationship", "Person", "Interest", "Organisation",
					"PartnershipMembership", "Partnership")
			.path("meetingConflicts.items[0].conflicts[0].path.relationships[0].type").entity(String.class)
			.isEqualTo("RELATES")
			.path("meetingConflicts.items[0].conflicts[1].relationship").valueIsNull();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response relate(String person, String relative,
			String kind, String from, String to) {
		return this.graphQl.document("mutation($input: RelatePeopleInput!) { relatePeople(input: $input) { "
				+ "relationship { id kind } userErrors { field message } } }")
			.variable("input", map("personId", person, "relatedPersonId", relative, "kind", kind, "validFrom", from,
					"validTo", to))
			.execute();
	}

	@Test
	void theSubstituteCountsAsTheElectedMemberTheyReplace() {
		// Without Sam in Cara's seat, Eastwater would have no elected member even before anyone withdraws.
		attend(this.alice, "APOLOGIES", null);
		report().path("meetingConflicts.items[1].quorum.before.failures[*].message").entityList(String.class)
			.containsExactly("Brackenford: 1 present, 2 required: clause 1, at least 2 voting members of each side",
					"Brackenford: 0 present, 1 required: clause 2, at least 1 voting members of each side who are "
							+ "elected members");
	}

	@Test
	void aSubstituteWhoseMemberCameAfterAllDoesNotCount() {
		// Cara present while Sam is recorded as her substitute contradicts the record: corrected first, then recorded.
		this.graphQl.documentName("recordAttendance")
			.variable("input", map("meetingId", this.meeting, "personId", personId("Cara"), "status", "PRESENT"))
			.execute()
			.path("recordAttendance.userErrors[0].message").entity(String.class)
			.isEqualTo("Someone is recorded as substituting for this person at this meeting; correct that record first");
		attend(personId("Sam"), "PRESENT", null);
		attend(personId("Cara"), "PRESENT", null);
		report().path("meetingConflicts.participants[*].person.displayName").entityList(String.class)
			.containsExactly("Alice Ames", "Ben Bold", "Cara Cole", "Dev Dale", "Olga Orr", "Sam Sub")
			.path("meetingConflicts.participants[5].basis").entity(String.class).isEqualTo("IN_ATTENDANCE")
			.path("meetingConflicts.participants[5].countsTowardsQuorum").entity(Boolean.class).isEqualTo(false)
			.path("meetingConflicts.items[1].quorum.before.votingMembersPresent").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void theReportTakesTwoQueriesWhateverTheAgenda() {
		RoundTripCounter.reset();
		report();
		int twoItems = RoundTripCounter.count();
		for (int i = 3; i <= 15; i++) {
			item(String.valueOf(i), "Item " + i, this.practice);
		}
		RoundTripCounter.reset();
		report().path("meetingConflicts.items").entityList(Object.class).hasSize(15);
		// the meeting's context, every participant's conflicts, and one batch for the declarers' names
		assertThat(RoundTripCounter.count()).isEqualTo(twoItems).isEqualTo(3);
	}

	@Test
	void registerGapsFindsMissingOutOfDateAndUnregisteredDeclarations() {
		this.fixtures.create("recordDeclaration", map("itemId", this.item2, "personId", this.alice, "nature",
				"Trustee", "organisationId", null, "action", "REMAINED_AFTER_DECLARING"), "declaration");
		String cara = this.fixtures.create("recordNilReturn", map("personId", personId("Cara"), "declaredOn",
				"2025-05-01"), "person");
		assertThat(cara).isEqualTo(personId("Cara"));
		gaps("2025-10-10").path("registerGaps.noDeclaration[*].displayName").entityList(String.class)
			.containsExactly("Alice Ames", "Sam Sub")
			.path("registerGaps.outOfDate[*].person.displayName").entityList(String.class)
			.containsExactly("Ben Bold")
			.path("registerGaps.outOfDate[0].lastDeclaredOn").entity(String.class).isEqualTo("2024-01-01")
			.path("registerGaps.notOnRegister").entityList(Object.class).hasSize(0);
		gaps("2025-10-20").path("registerGaps.notOnRegister[*].person.displayName").entityList(String.class)
			.containsExactly("Alice Ames")
			.path("registerGaps.notOnRegister[0].dueBy").entity(String.class).isEqualTo("2025-10-16");
		declare(this.alice, null, "NON_FINANCIAL_PERSONAL", "Trustee", "2025-10-01");
		gaps("2025-10-20").path("registerGaps.notOnRegister").entityList(Object.class).hasSize(0)
			.path("registerGaps.noDeclaration[*].displayName").entityList(String.class).containsExactly("Sam Sub");
	}

	@Test
	void meetingInputsAreValidated() {
		this.graphQl.documentName("addAgendaItem")
			.variable("input", map("meetingId", this.meeting, "number", "1", "title", " ", "purpose", "DECISION",
					"concernsIds", List.of("missing")))
			.execute()
			.path("addAgendaItem.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("title", "concernsIds")
			.path("addAgendaItem.agendaItem").valueIsNull();
		this.graphQl.documentName("addAgendaItem")
			.variable("input", map("meetingId", this.meeting, "number", "1", "title", "Again", "purpose", "NOTING"))
			.execute()
			.path("addAgendaItem.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
		this.graphQl.documentName("recordAttendance")
			.variable("input", map("meetingId", this.meeting, "personId", personId("Olga"), "status", "PRESENT"))
			.execute()
			.path("recordAttendance.userErrors[0].field[1]").entity(String.class).isEqualTo("status");
		this.graphQl.documentName("recordAttendance")
			.variable("input", map("meetingId", this.meeting, "personId", this.ben, "status", "PRESENT", "chair", true,
					"substituteForId", personId("Olga")))
			.execute()
			.path("recordAttendance.userErrors[*].message").entityList(String.class)
			.containsExactly("The person substituted for holds no seat on the board at the meeting date");
		this.graphQl.documentName("setMeetingStatus")
			.variable("input", map("meetingId", "missing", "status", "HELD"))
			.execute()
			.path("setMeetingStatus.userErrors[0].message").entity(String.class).isEqualTo("No meeting with id missing");
		this.graphQl.documentName("setMeetingStatus")
			.variable("input", map("meetingId", this.meeting, "status", "HELD"))
			.execute()
			.path("setMeetingStatus.meeting.status").entity(String.class).isEqualTo("HELD");
		assertThat(count("MATCH (a:AgendaItem) RETURN count(a)")).isEqualTo(2);
		assertThat(count("MATCH (a:Attendance) RETURN count(a)")).isEqualTo(3);
	}

	@Test
	void recordingAttendanceAgainReplacesIt() {
		attend(this.ben, "PRESENT", null);
		attend(this.ben, "APOLOGIES", null);
		this.graphQl.documentName("meeting").variable("id", this.meeting).execute()
			.path("meeting.attendance[*].person.displayName").entityList(String.class).hasSize(4)
			.path("meeting.items[*].number").entityList(String.class).containsExactly("1", "2")
			.path("meeting.items[0].concerns[0].__typename").entity(String.class).isEqualTo("Partnership");
		assertThat(count("MATCH (a:Attendance)-[:ATTENDEE]->(:Person {id: $id}) RETURN count(a)", "id", this.ben))
			.isEqualTo(1);
		report().path("meetingConflicts.participants[*].person.displayName").entityList(String.class)
			.containsExactly("Alice Ames", "Dev Dale", "Olga Orr", "Sam Sub");
	}

	private GraphQlTester.Response report() {
		return this.graphQl.documentName("meetingConflicts").variable("meetingId", this.meeting).execute();
	}

	private GraphQlTester.Response gaps(String asOf) {
		return this.graphQl.documentName("registerGaps").variable("boardId", this.board).variable("asOf", asOf)
			.execute();
	}

	private String personId(String givenName) {
		return this.driver.executableQuery("MATCH (p:Person {givenName: $name}) RETURN p.id")
			.withParameters(map("name", givenName))
			.execute()
			.records()
			.get(0)
			.get(0)
			.asString();
	}

	private String seat(String givenName, String familyName, String role, String side, boolean elected,
			String substituteFor) {
		String person = this.fixtures.person(givenName, familyName);
		this.fixtures.create("appointMember", map("personId", person, "boardId", this.board, "role", role, "voting",
				true, "electedMember", elected, "side", side, "substituteForId", substituteFor, "from", "2024-01-01"),
				"membership");
		return person;
	}

	private void declare(String person, String organisation, String type, String nature, String declaredOn) {
		this.fixtures.create("declareInterest", map("personId", person, "organisationId", organisation, "subject",
				(organisation == null) ? "Eastwater Leisure Trust" : null, "type", type, "nature", nature,
				"declaredOn", declaredOn), "interest");
	}

	private String item(String number, String title, String subject) {
		return this.fixtures.create("addAgendaItem", map("meetingId", this.meeting, "number", number, "title", title,
				"purpose", "DECISION", "concernsIds", List.of(subject)), "agendaItem");
	}

	private String decide(String item, String text, String outcome) {
		return this.fixtures.create("recordDecision", map("itemId", item, "text", text, "outcome", outcome),
				"decision");
	}

	private void attend(String person, String status, String substituteFor) {
		this.fixtures.create("recordAttendance", map("meetingId", this.meeting, "personId", person, "status", status,
				"substituteForId", substituteFor), "meeting");
	}

}
