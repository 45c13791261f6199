package org.partnershiphub.board;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BoardTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String council;

	private String hwb;

	private String rosa;

	@BeforeEach
	void aCouncilWithAHealthAndWellbeingBoard() {
		this.fixtures = new Fixtures(this.graphQl);
		this.council = this.fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		this.hwb = this.fixtures.board("Brackenford Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD",
				this.council);
		this.rosa = this.fixtures.person("Rosa", "Lindqvist");
	}

	@Test
	void aJointSubCommitteeHasTwoParentBoardsAndIsTheirCommittee() {
		String council2 = this.fixtures.organisation("Eastwater Council", "LOCAL_AUTHORITY");
		String hwb2 = this.fixtures.board("Eastwater Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD", council2);
		this.graphQl.documentName("createBoard")
			.variable("input", map("name", "Joint Sub-Committee", "kind", "JOINT_SUB_COMMITTEE", "parentBodyIds",
					List.of(this.hwb, hwb2)))
			.execute()
			.path("createBoard.board.parentBodies[*].name").entityList(String.class)
			.contains("Brackenford Health and Wellbeing Board", "Eastwater Health and Wellbeing Board").hasSize(2)
			.path("createBoard.board.parentBodies[*].__typename").entityList(String.class).containsExactly("Board", "Board");
		this.graphQl.documentName("boardMembers").variable("id", hwb2).execute()
			.path("board.committees[*].name").entityList(String.class).containsExactly("Joint Sub-Committee");
	}

	@Test
	void aBoardNeedsKnownParents() {
		this.graphQl.documentName("createBoard")
			.variable("input", map("name", "Orphan", "kind", "COMMITTEE", "parentBodyIds", List.of("nope")))
			.execute()
			.path("createBoard.userErrors[0].field[1]").entity(String.class).isEqualTo("parentBodyIds")
			.path("createBoard.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
		assertThat(count("MATCH (b:Board) RETURN count(b)")).isEqualTo(1);
	}

	@Test
	void storesTheQuorumRuleAsDataAndReplacesItWhole() {
		setQuorum(3, 1);
		this.graphQl.documentName("setQuorumRule")
			.variable("input", map("boardId", this.hwb, "text", "Four voting members", "minimumVotingMembers", 4,
					"perSide", true, "requiredRoles", List.of("CHAIR", "VICE_CHAIR")))
			.execute()
			.path("setQuorumRule.board.quorumRule.clauses[0].minimum").entity(Integer.class).isEqualTo(4)
			.path("setQuorumRule.board.quorumRule.clauses[0].perSide").entity(Boolean.class).isEqualTo(true)
			.path("setQuorumRule.board.quorumRule.clauses[1].anyOf[0].roles").entityList(String.class)
			.containsExactly("CHAIR", "VICE_CHAIR");
		assertThat(count("MATCH (q:QuorumRule) RETURN count(q)")).isEqualTo(1);
	}

	@Test
	void aQuorumNeedsAtLeastOneMemberAndNoMoreElectedMembersThanMembers() {
		this.graphQl.documentName("setQuorumRule")
			.variable("input", map("boardId", this.hwb, "minimumVotingMembers", 0, "minimumElectedMembers", 2))
			.execute()
			.path("setQuorumRule.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("minimumVotingMembers", "minimumElectedMembers");
	}

	@Test
	void appointsAMemberWithEveryDetailAndItsSource() {
		String marcus = this.fixtures.person("Marcus", "Oyelaran");
		String register = this.fixtures.source("HWB membership 2025");
		this.graphQl.documentName("appointMember")
			.variable("input", map("personId", marcus, "boardId", this.hwb, "role", "SUBSTITUTE", "voting", true,
					"electedMember", true, "side", "Brackenford", "onBehalfOfId", this.council, "substituteForId",
					this.rosa, "from", "2024-05-20", "source", map("documentId", register, "locator", "Annex A")))
			.execute()
			.path("appointMember.userErrors").entityList(Object.class).hasSize(0)
			.path("appointMember.membership.person.displayName").entity(String.class).isEqualTo("Marcus Oyelaran")
			.path("appointMember.membership.board.name").entity(String.class)
			.isEqualTo("Brackenford Health and Wellbeing Board")
			.path("appointMember.membership.onBehalfOf.name").entity(String.class).isEqualTo("Brackenford Council")
			.path("appointMember.membership.substituteFor.displayName").entity(String.class).isEqualTo("Rosa Lindqvist")
			.path("appointMember.membership.electedMember").entity(Boolean.class).isEqualTo(true)
			.path("appointMember.membership.sources[0].document.title").entity(String.class)
			.isEqualTo("HWB membership 2025")
			.path("appointMember.membership.sources[0].locator").entity(String.class).isEqualTo("Annex A");
	}

	@Test
	void reportsEveryBadFieldOfAnAppointmentAndWritesNothing() {
		this.graphQl.documentName("appointMember")
			.variable("input", map("personId", "ghost", "boardId", this.hwb, "role", "MEMBER", "voting", true, "from",
					"2025-01-01", "to", "2024-12-31", "onBehalfOfId", "nowhere", "side", "x".repeat(301)))
			.execute()
			.path("appointMember.membership").valueIsNull()
			.path("appointMember.userErrors[*].field[1]").entityList(String.class)
			.contains("side", "to", "personId", "onBehalfOfId").hasSize(4)
			.path("appointMember.userErrors[*].code").entityList(String.class)
			.contains("TOO_LONG", "INVALID_DATE_RANGE", "NOT_FOUND");
		assertThat(count("MATCH (m:Membership) RETURN count(m)")).isZero();
	}

	@Test
	void refusesADuplicateAppointmentForOverlappingDates() {
		appoint(this.rosa, "CHAIR", "2023-04-01", null);
		this.graphQl.documentName("appointMember")
			.variable("input", map("personId", this.rosa, "boardId", this.hwb, "role", "CHAIR", "voting", true, "from",
					"2024-01-01"))
			.execute()
			.path("appointMember.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE")
			.path("appointMember.userErrors[0].field[1]").entity(String.class).isEqualTo("personId");
		assertThat(count("MATCH (m:Membership) RETURN count(m)")).isEqualTo(1);
	}

	@Test
	void membersAreAnsweredAsAtTheDateAsked() {
		String marcus = this.fixtures.person("Marcus", "Oyelaran");
		String ended = appoint(marcus, "VICE_CHAIR", "2022-05-20", null);
		appoint(this.rosa, "CHAIR", "2023-04-01", null);
		this.graphQl.documentName("endMembership")
			.variable("input", map("membershipId", ended, "to", "2024-03-31"))
			.execute()
			.path("endMembership.membership.to").entity(String.class).isEqualTo("2024-03-31");
		membersOn("2022-12-01").containsExactly("Marcus Oyelaran");
		membersOn("2024-03-31").containsExactly("Rosa Lindqvist", "Marcus Oyelaran");
		membersOn("2024-04-01").containsExactly("Rosa Lindqvist");
	}

	@Test
	void aMembershipCannotEndBeforeItStarted() {
		String id = appoint(this.rosa, "CHAIR", "2023-04-01", null);
		this.graphQl.documentName("endMembership")
			.variable("input", map("membershipId", id, "to", "2023-03-31"))
			.execute()
			.path("endMembership.userErrors[0].code").entity(String.class).isEqualTo("INVALID_DATE_RANGE");
		assertThat(count("MATCH (m:Membership) WHERE m.to IS NOT NULL RETURN count(m)")).isZero();
	}

	@Test
	void seatsAreNavigableFromThePersonAndFromTheOrganisationSatFor() {
		this.graphQl.documentName("appointMember")
			.variable("input", map("personId", this.rosa, "boardId", this.hwb, "role", "CHAIR", "voting", true,
					"onBehalfOfId", this.council, "from", "2023-04-01"))
			.execute();
		this.graphQl.documentName("personMemberships").variable("id", this.rosa).variable("asOf", "2024-01-01")
			.execute()
			.path("person.memberships[0].board.name").entity(String.class)
			.isEqualTo("Brackenford Health and Wellbeing Board")
			.path("person.memberships[0].onBehalfOf.memberships[*].person.displayName").entityList(String.class)
			.containsExactly("Rosa Lindqvist");
	}

	private org.assertj.core.api.ListAssert<String> membersOn(String date) {
		List<String> names = this.graphQl.documentName("boardMembers").variable("id", this.hwb)
			.variable("asOf", date)
			.execute()
			.path("board.members[*].person.displayName").entityList(String.class).get();
		return assertThat(names);
	}

	private String appoint(String personId, String role, String from, String to) {
		return this.fixtures.create("appointMember", map("personId", personId, "boardId", this.hwb, "role", role,
				"voting", true, "from", from, "to", to), "membership");
	}

	private void setQuorum(int voting, int elected) {
		this.graphQl.documentName("setQuorumRule")
			.variable("input", map("boardId", this.hwb, "minimumVotingMembers", voting, "minimumElectedMembers", elected))
			.execute()
			.path("setQuorumRule.userErrors").entityList(Object.class).hasSize(0);
	}

}
