package org.partnershiphub.authority;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two councils each delegate to their Health and Wellbeing Board, and each board onwards to their joint
 * sub-committee (two parents, so two chains); Eastwater's delegation to the joint committee lapsed on 31 March 2025.
 * An ICB reserves annual budgets to itself yet lists them in a committee's delegation.
 */
@IntegrationTest
class AuthorityTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String brackenford;

	private String eastwater;

	private String brackenfordHwb;

	private String eastwaterHwb;

	private String joint;

	private String fromBrackenfordHwb;

	private String fromEastwaterHwb;

	@BeforeEach
	void twoCouncilsAndTheirJointCommittee() {
		this.fixtures = new Fixtures(this.graphQl);
		this.brackenford = this.fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		this.eastwater = this.fixtures.organisation("Eastwater Council", "LOCAL_AUTHORITY");
		this.brackenfordHwb = this.fixtures.board("Brackenford HWB", "HEALTH_AND_WELLBEING_BOARD", this.brackenford);
		this.eastwaterHwb = this.fixtures.board("Eastwater HWB", "HEALTH_AND_WELLBEING_BOARD", this.eastwater);
		this.joint = this.fixtures.board("Joint Sub-Committee", "JOINT_SUB_COMMITTEE", this.brackenfordHwb,
				this.eastwaterHwb);
		delegate(this.brackenford, this.brackenfordHwb, "Constitution 3.1", "5000000.00", null);
		delegate(this.eastwater, this.eastwaterHwb, "Constitution 4.2", "2000000.00", null);
		this.fromBrackenfordHwb = delegate(this.brackenfordHwb, this.joint, "Terms of reference 2", "1000000.00",
				null);
		this.fromEastwaterHwb = delegate(this.eastwaterHwb, this.joint, "Terms of reference 2", "1000000.00",
				"2025-03-31");
	}

	@Test
	void aJointCommitteeHasAChainToEachCouncil() {
		String decision = decision("2024-06-01", "Strategy approval", null,
				List.of(this.fromBrackenfordHwb, this.fromEastwaterHwb));
		chain(decision).path("authorityChain.verdict").entity(String.class).isEqualTo("COVERED")
			.path("authorityChain.decision.kind").entity(String.class).isEqualTo("STRATEGY_APPROVAL")
			.path("authorityChain.chains[*].root.name").entityList(String.class)
			.containsExactly("Brackenford Council", "Eastwater Council")
			.path("authorityChain.chains[0].links[*].delegation.delegator.name").entityList(String.class)
			.containsExactly("Brackenford HWB", "Brackenford Council")
			.path("authorityChain.chains[0].links[*].delegation.delegate.name").entityList(String.class)
			.containsExactly("Joint Sub-Committee", "Brackenford HWB")
			.path("authorityChain.explanation").entity(String.class)
			.isEqualTo("Covered: every delegation is in force on 2024-06-01, includes STRATEGY_APPROVAL; the "
					+ "authority comes from Brackenford Council and Eastwater Council.");
	}

	@Test
	void aLapsedDelegationBreaksTheChainThroughIt() {
		String decision = decision("2025-06-01", "STRATEGY_APPROVAL", null,
				List.of(this.fromBrackenfordHwb, this.fromEastwaterHwb));
		chain(decision).path("authorityChain.verdict").entity(String.class).isEqualTo("DELEGATION_EXPIRED")
			.path("authorityChain.chains[*].verdict").entityList(String.class).containsExactly("COVERED",
					"DELEGATION_EXPIRED")
			.path("authorityChain.chains[1].links[0].problems").entityList(String.class)
			.containsExactly("DELEGATION_EXPIRED")
			.path("authorityChain.explanation").entity(String.class)
			.isEqualTo("Delegation expired: the delegation from Eastwater HWB (Terms of reference 2) ended on "
					+ "2025-03-31.");
	}

	@Test
	void aDecisionOverTheLimitIsFlagged() {
		String decision = decision("2024-06-01", "POOLED_BUDGET_SPENDING", "1500000.00",
				List.of(this.fromBrackenfordHwb, this.fromEastwaterHwb));
		chain(decision).path("authorityChain.verdict").entity(String.class).isEqualTo("OVER_LIMIT")
			.path("authorityChain.explanation").entity(String.class)
			.isEqualTo("Over limit: £1,500,000.00 exceeds the £1,000,000.00 limit of the delegation from Brackenford "
					+ "HWB (Terms of reference 2).");
	}

	/** A joint committee needs authority from each parent: one parent's delegation alone is not enough. */
	@Test
	void aJointCommitteeMissingOneParentsDelegationHasNoAuthority() {
		String panel = this.fixtures.board("Joint Panel", "JOINT_SUB_COMMITTEE", this.brackenfordHwb,
				this.eastwaterHwb);
		delegate(this.brackenfordHwb, panel, "Terms of reference 5", "1000000.00", null);
		String decision = decisionOf(panel, "2024-06-01", "STRATEGY_APPROVAL");
		chain(decision).path("authorityChain.verdict").entity(String.class).isEqualTo("NO_AUTHORITY_FOUND")
			.path("authorityChain.explanation").entity(String.class)
			.isEqualTo("No authority found: Joint Panel answers to Brackenford HWB and Eastwater HWB and needs "
					+ "authority from each, but holds none from Eastwater HWB.");
		who("STRATEGY_APPROVAL", null, this.brackenford, "2024-06-01").path("whoCanDecide[*].delegate.name")
			.entityList(String.class).contains("Brackenford HWB").doesNotContain("Joint Panel");
	}

	/** A delegation renewed: the lapsed one beside it does not break a decision that cites neither. */
	@Test
	void oneCoveredRouteIsEnoughForABodyWithOneParent() {
		String scrutiny = this.fixtures.board("Brackenford Health Scrutiny", "COMMITTEE", this.brackenford);
		delegate(this.brackenford, scrutiny, "Constitution 5.1 (2023)", "1000000.00", "2023-12-31");
		delegate(this.brackenford, scrutiny, "Constitution 5.1 (2024)", "1000000.00", null);
		chain(decisionOf(scrutiny, "2024-06-01", "STRATEGY_APPROVAL")).path("authorityChain.verdict")
			.entity(String.class).isEqualTo("COVERED");
	}

	private String decisionOf(String board, String date, String kind) {
		String meeting = this.fixtures.create("scheduleMeeting", map("boardId", board, "date", date), "meeting");
		String item = this.fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "1", "title",
				"Item", "purpose", "DECISION"), "agendaItem");
		return this.fixtures.create("recordDecision", map("itemId", item, "text", "Decided " + kind, "outcome",
				"APPROVED", "kind", kind), "decision");
	}

	@Test
	void aDecisionOfAKindNotDelegatedIsOutOfScope() {
		String decision = decision("2024-06-01", "CONTRACT_AWARD", null, List.of(this.fromBrackenfordHwb));
		chain(decision).path("authorityChain.verdict").entity(String.class).isEqualTo("OUT_OF_SCOPE")
			.path("authorityChain.chains[0].links[*].problems[*]").entityList(String.class)
			.containsExactly("OUT_OF_SCOPE", "OUT_OF_SCOPE");
	}

	@Test
	void aReservedMatterGivesNoAuthorityEvenWhenListedInADelegation() {
		String icb = this.fixtures.organisation("NHS Kestrel ICB", "INTEGRATED_CARE_BOARD");
		String finance = this.fixtures.board("Finance Committee", "ICB_COMMITTEE", icb);
		String scheme = delegate(icb, finance, "Scheme of delegation 5.1", null, null, List.of("ANNUAL_BUDGET"));
		this.fixtures.create("reserveMatters", map("bodyId", icb, "scope", List.of("annual budget"), "validFrom",
				"2023-04-01", "description", "Approval of the annual budget"), "reservation");
		String meeting = this.fixtures.create("scheduleMeeting", map("boardId", finance, "date", "2025-02-01"),
				"meeting");
		String item = this.fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "4", "title",
				"Budget 2025/26", "purpose", "DECISION"), "agendaItem");
		String decision = this.fixtures.create("recordDecision", map("itemId", item, "text", "Budget approved",
				"outcome", "APPROVED", "kind", "ANNUAL_BUDGET", "delegationIds", List.of(scheme)), "decision");
		chain(decision).path("authorityChain.verdict").entity(String.class).isEqualTo("RESERVED_MATTER")
			.path("authorityChain.explanation").entity(String.class)
			.isEqualTo("Reserved matter: NHS Kestrel ICB reserves ANNUAL_BUDGET to itself.");
	}

	@Test
	void anOfficerWithNoDelegationHasNoAuthority() {
		String post = this.fixtures.create("createPost", map("organisationId", this.brackenford, "title",
				"Director of Adult Social Services"), "post");
		String decision = this.fixtures.create("recordDecision", map("postId", post, "decidedOn", "2024-07-01",
				"text", "Care home fee uplift", "outcome", "APPROVED", "kind", "FEE_SETTING"), "decision");
		chain(decision).path("authorityChain.verdict").entity(String.class).isEqualTo("NO_AUTHORITY_FOUND")
			.path("authorityChain.explanation").entity(String.class)
			.isEqualTo("No authority found: Director of Adult Social Services holds no delegation.")
			.path("authorityChain.chains").entityList(Object.class).hasSize(0);
		delegate(this.brackenford, post, "Scheme of delegation 7", "250000.00", null, List.of("FEE_SETTING"));
		chain(decision).path("authorityChain.verdict").entity(String.class).isEqualTo("COVERED");
	}

	@Test
	void aBodyCannotDelegateMoreThanItHolds() {
		this.graphQl.documentName("delegateAuthority")
			.variable("input", map("delegatorId", this.brackenfordHwb, "delegateId", this.joint, "instrument",
					"TERMS_OF_REFERENCE", "scope", List.of("CONTRACT_AWARD", "STRATEGY_APPROVAL"), "financialLimit",
					"6000000.00", "validFrom", "2024-01-01"))
			.execute()
			.path("delegateAuthority.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("scope", "financialLimit")
			.path("delegateAuthority.userErrors[0].message").entity(String.class)
			.isEqualTo("The delegator holds no delegation it may pass on for CONTRACT_AWARD on 2024-01-01");
		this.graphQl.documentName("delegateAuthority")
			.variable("input", map("delegatorId", this.brackenford, "delegateId", this.brackenford, "instrument",
					"CONSTITUTION", "scope", List.of(" "), "validFrom", "2024-01-01", "validTo", "2023-01-01"))
			.execute()
			.path("delegateAuthority.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("scope", "validTo", "delegateId")
			.path("delegateAuthority.userErrors[*].code").entityList(String.class)
			.containsExactly("INVALID", "INVALID_DATE_RANGE", "INVALID")
			.path("delegateAuthority.userErrors[2].message").entity(String.class)
			.isEqualTo("A body cannot delegate to itself");
		assertThat(count("MATCH (d:Delegation) RETURN count(d)")).isEqualTo(4);
	}

	@Test
	void endingADelegationBreaksDecisionsAfterItsLastDay() {
		String decision = decision("2024-06-01", "STRATEGY_APPROVAL", null, List.of(this.fromBrackenfordHwb));
		this.graphQl.documentName("endDelegation")
			.variable("input", map("delegationId", this.fromBrackenfordHwb, "validTo", "2022-01-01"))
			.execute()
			.path("endDelegation.userErrors[0].code").entity(String.class).isEqualTo("INVALID_DATE_RANGE");
		this.graphQl.documentName("endDelegation")
			.variable("input", map("delegationId", this.fromBrackenfordHwb, "validTo", "2024-05-31"))
			.execute()
			.path("endDelegation.delegation.validTo").entity(String.class).isEqualTo("2024-05-31");
		chain(decision).path("authorityChain.verdict").entity(String.class).isEqualTo("DELEGATION_EXPIRED");
	}

	@Test
	void whoCanDecideWalksDownFromTheCouncilWithinScopeLimitAndDates() {
		who("STRATEGY_APPROVAL", null, this.brackenford, "2024-06-01")
			.path("whoCanDecide[*].delegate.name").entityList(String.class)
			.containsExactly("Brackenford HWB", "Joint Sub-Committee")
			.path("whoCanDecide[1].chain.links[*].delegation.id").entityList(String.class)
			.containsExactly(this.fromBrackenfordHwb, idOfDelegationTo(this.brackenfordHwb));
		who("POOLED_BUDGET_SPENDING", "1500000.00", this.brackenford, "2024-06-01")
			.path("whoCanDecide[*].delegate.name").entityList(String.class).containsExactly("Brackenford HWB");
		who("STRATEGY_APPROVAL", null, this.eastwater, "2025-06-01")
			.path("whoCanDecide[*].delegate.name").entityList(String.class).containsExactly("Eastwater HWB");
	}

	@Test
	void authorityGapsListsBrokenDecisionsAndLapsingDelegations() {
		decision("2024-06-01", "STRATEGY_APPROVAL", null, List.of(this.fromBrackenfordHwb, this.fromEastwaterHwb));
		decision("2025-06-01", "STRATEGY_APPROVAL", null, List.of(this.fromBrackenfordHwb, this.fromEastwaterHwb));
		this.graphQl.documentName("authorityGaps")
			.variable("asOf", "2025-07-01")
			.variable("since", "2024-01-01")
			.execute()
			.path("authorityGaps.decisions[*].verdict").entityList(String.class).containsExactly("DELEGATION_EXPIRED");
		this.graphQl.documentName("authorityGaps")
			.variable("asOf", "2025-02-01")
			.variable("lapsingWithinDays", 90)
			.execute()
			.path("authorityGaps.lapsing[*].id").entityList(String.class).containsExactly(this.fromEastwaterHwb);
	}

	@Test
	void connectionsNameEveryHopAndRespectDates() {
		String person = this.fixtures.person("Rosa", "Lindqvist");
		this.fixtures.create("appointMember", map("personId", person, "boardId", this.joint, "role", "CHAIR",
				"voting", true, "from", "2023-04-01", "to", "2024-12-31"), "membership");
		this.graphQl.documentName("connections")
			.variable("fromId", person)
			.variable("toId", this.eastwater)
			.variable("asOf", "2024-06-01")
			.execute()
			.path("connections[0].length").entity(Integer.class).isEqualTo(4)
			.path("connections[0].nodes[*].name").entityList(String.class)
			.containsExactly("Rosa Lindqvist", "CHAIR of Joint Sub-Committee", "Joint Sub-Committee", "Eastwater HWB",
					"Eastwater Council")
			.path("connections[0].hops[*].type").entityList(String.class)
			.containsExactly("HELD_BY", "ON_BOARD", "ACCOUNTABLE_TO", "ACCOUNTABLE_TO")
			.path("connections[0].hops[*].forward").entityList(Boolean.class)
			.containsExactly(false, true, true, true);
		// After her seat ended she is no longer connected at all.
		this.graphQl.documentName("connections")
			.variable("fromId", person)
			.variable("toId", this.eastwater)
			.variable("asOf", "2025-06-01")
			.execute()
			.path("connections").entityList(Object.class).hasSize(0);
	}

	@Test
	void connectionsAreBoundedAndIdsChecked() {
		this.graphQl.documentName("connections").variable("fromId", this.joint).variable("toId", "nothing").execute()
			.errors()
			.expect(e -> e.getMessage().equals("toId: nothing has the id nothing"))
			.verify();
		this.graphQl.documentName("connections")
			.variable("fromId", this.joint)
			.variable("toId", this.eastwater)
			.variable("maxHops", 11)
			.execute()
			.errors()
			.expect(e -> e.getMessage().equals("maxHops must be between 1 and 10"))
			.verify();
	}

	private GraphQlTester.Response chain(String decision) {
		return this.graphQl.documentName("authorityChain").variable("decisionId", decision).execute();
	}

	private GraphQlTester.Response who(String kind, String amount, String organisation, String asOf) {
		return this.graphQl.documentName("whoCanDecide")
			.variable("kind", kind)
			.variable("amount", amount)
			.variable("organisationId", organisation)
			.variable("asOf", asOf)
			.execute();
	}

	private String idOfDelegationTo(String board) {
		return this.driver.executableQuery("MATCH (d:Delegation)-[:DELEGATED_TO]->(:Board {id: $id}) RETURN d.id")
			.withParameters(map("id", board))
			.execute()
			.records()
			.get(0)
			.get(0)
			.asString();
	}

	private String decision(String date, String kind, String amount, List<String> delegations) {
		String meeting = this.fixtures.create("scheduleMeeting", map("boardId", this.joint, "date", date, "title",
				kind + " " + amount), "meeting");
		String item = this.fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "1", "title",
				"Item", "purpose", "DECISION"), "agendaItem");
		return this.fixtures.create("recordDecision", map("itemId", item, "text", "Decided " + kind, "outcome",
				"APPROVED", "kind", kind, "amount", amount, "delegationIds", delegations), "decision");
	}

	private String delegate(String from, String to, String reference, String limit, String validTo) {
		return delegate(from, to, reference, limit, validTo, List.of("STRATEGY_APPROVAL", "POOLED_BUDGET_SPENDING"));
	}

	private String delegate(String from, String to, String reference, String limit, String validTo,
			List<String> scope) {
		return this.fixtures.create("delegateAuthority", map("delegatorId", from, "delegateId", to, "instrument",
				"TERMS_OF_REFERENCE", "instrumentReference", reference, "scope", scope, "financialLimit", limit,
				"subDelegationAllowed", true, "validFrom", "2023-04-01", "validTo", validTo), "delegation");
	}

}
