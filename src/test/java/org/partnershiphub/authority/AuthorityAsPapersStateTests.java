package org.partnershiphub.authority;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authority as the papers of two boroughs and a CCG state it: the CCG's governing body acting as the CCG itself; a
 * Section 75 agreement between one borough and the CCG, under which only its parties delegate and only within its
 * term; and a board's recommendation on which the borough's cabinet decides.
 */
@IntegrationTest
class AuthorityAsPapersStateTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String ccg;

	private String governingBody;

	private String northmere;

	private String southmere;

	private String agreement;

	private String pooledBoard;

	@BeforeEach
	void twoBoroughsAndACcg() {
		this.fixtures = new Fixtures(this.graphQl);
		this.ccg = this.fixtures.organisation("NHS Northmere CCG", "CLINICAL_COMMISSIONING_GROUP");
		this.governingBody = this.fixtures.board("Northmere CCG Governing Body", "GOVERNING_BODY", this.ccg);
		this.northmere = this.fixtures.organisation("Northmere Council", "LOCAL_AUTHORITY");
		this.southmere = this.fixtures.organisation("Southmere Council", "LOCAL_AUTHORITY");
		this.pooledBoard = this.fixtures.board("Northmere Pooled Budget Board", "POOLED_BUDGET_BOARD", this.northmere);
		this.agreement = this.fixtures.create("recordAgreement", map("reference", "S75-NM-2020", "title",
				"Northmere community equipment pooled budget", "purposes", List.of("POOLED_BUDGET"), "startDate",
				"2020-04-01", "endDate", "2024-03-31", "status", "EXPIRED"), "agreement");
		for (String party : List.of(this.northmere, this.ccg)) {
			this.fixtures.create("addAgreementParty", map("agreementId", this.agreement, "organisationId", party,
					"role", "PARTNER"), "agreementParty");
		}
	}

	@Test
	void aGoverningBodyActsAsItsOrganisationWithoutADelegation() {
		String decision = decide(this.governingBody, "2021-05-06", "CONTRACT_AWARD", "APPROVED", null);
		this.graphQl.documentName("authorityChain").variable("decisionId", decision).execute()
			.path("authorityChain.verdict").entity(String.class).isEqualTo("COVERED")
			.path("authorityChain.explanation").entity(String.class)
			.isEqualTo("Covered: Northmere CCG Governing Body acts as NHS Northmere CCG itself, which holds "
					+ "CONTRACT_AWARD by statute (National Health Service Act 2006, as amended by the Health and "
					+ "Social Care Act 2012).")
			.path("authorityChain.chains[0].root.name").entity(String.class).isEqualTo("NHS Northmere CCG");
		this.graphQl.documentName("whoCanDecide").variable("kind", "CONTRACT_AWARD").variable("organisationId", this.ccg)
			.variable("asOf", "2021-05-06").execute()
			.path("whoCanDecide[*].delegate.name").entityList(String.class)
			.containsExactly("Northmere CCG Governing Body");
		// Its governing body delegates as the CCG would: a committee's chain climbs through it to the CCG.
		String committee = this.fixtures.board("Northmere CCG Finance Committee", "COMMITTEE", this.governingBody);
		this.fixtures.create("delegateAuthority", map("delegatorId", this.governingBody, "delegateId", committee,
				"instrument", "SCHEME_OF_RESERVATION_AND_DELEGATION", "scope", List.of("CONTRACT_AWARD"), "validFrom",
				"2020-04-01"), "delegation");
		String awarded = decide(committee, "2021-05-06", "CONTRACT_AWARD", "APPROVED", null);
		this.graphQl.documentName("authorityChain").variable("decisionId", awarded).execute()
			.path("authorityChain.verdict").entity(String.class).isEqualTo("COVERED")
			.path("authorityChain.chains[0].root.name").entity(String.class).isEqualTo("NHS Northmere CCG")
			.path("authorityChain.chains[0].links[*].delegation.delegator.name").entityList(String.class)
			.containsExactly("Northmere CCG Governing Body");
		this.graphQl.documentName("whoCanDecide").variable("kind", "CONTRACT_AWARD").variable("organisationId", this.ccg)
			.variable("asOf", "2021-05-06").execute()
			.path("whoCanDecide[*].delegate.name").entityList(String.class)
			.containsExactly("Northmere CCG Finance Committee", "Northmere CCG Governing Body");
		// What the CCG does not hold by statute, its governing body cannot decide as the CCG.
		String primaryCare = decide(this.governingBody, "2021-05-07", "PRIMARY_CARE_CONTRACTING", "APPROVED", null);
		this.graphQl.documentName("authorityChain").variable("decisionId", primaryCare).execute()
			.path("authorityChain.verdict").entity(String.class).isEqualTo("NO_AUTHORITY_FOUND");
	}

	@Test
	void onlyAPartyDelegatesUnderAAgreementAndOnlyWithinItsTerm() {
		this.graphQl.documentName("delegateAuthority").variable("input", s75(this.southmere, "2021-04-01")).execute()
			.path("delegateAuthority.userErrors[*].field[1]").entityList(String.class).containsExactly("delegatorId")
			.path("delegateAuthority.userErrors[0].message").entity(String.class)
			.isEqualTo("The delegator is not a party to S75-NM-2020 (nor a board of one): only its parties delegate "
					+ "under it");
		this.graphQl.documentName("delegateAuthority").variable("input", s75(this.northmere, "2024-06-01")).execute()
			.path("delegateAuthority.userErrors[0].message").entity(String.class)
			.isEqualTo("The delegation starts after S75-NM-2020 ended (2024-03-31)");
		assertThat(count("MATCH (d:Delegation) RETURN count(d)")).isZero();

		String delegation = this.fixtures.create("delegateAuthority", s75(this.northmere, "2020-04-01"), "delegation");
		String during = decide(this.pooledBoard, "2023-06-01", "POOLED_BUDGET_SPENDING", "APPROVED", null);
		String after = decide(this.pooledBoard, "2024-06-01", "POOLED_BUDGET_SPENDING", "APPROVED", null);
		this.graphQl.documentName("authorityChain").variable("decisionId", during).execute()
			.path("authorityChain.verdict").entity(String.class).isEqualTo("COVERED");
		this.graphQl.documentName("authorityChain").variable("decisionId", after).execute()
			.path("authorityChain.verdict").entity(String.class).isEqualTo("DELEGATION_EXPIRED")
			.path("authorityChain.explanation").entity(String.class)
			.isEqualTo("Delegation expired: the delegation from Northmere Council (Clause 6) is made under "
					+ "S75-NM-2020, which ended on 2024-03-31.");
		this.graphQl.documentName("whoCanDecide").variable("kind", "POOLED_BUDGET_SPENDING")
			.variable("organisationId", this.northmere).variable("asOf", "2024-06-01").execute()
			.path("whoCanDecide[*].delegate.name").entityList(String.class)
			.doesNotContain("Northmere Pooled Budget Board");
		assertThat(delegation).isNotNull();
	}

	/** A pooled fund is spent only under its own agreement: one borough's board cannot spend the other's pool. */
	@Test
	void aPooledFundDecisionThroughAnotherAgreementIsOutOfScope() {
		String ownFund = this.fixtures.create("addPooledFund", map("agreementId", this.agreement, "name",
				"Northmere equipment pool"), "pooledFund");
		String southmereAgreement = this.fixtures.create("recordAgreement", map("reference", "S75-SM-2021", "title",
				"Southmere community equipment pooled budget", "purposes", List.of("POOLED_BUDGET"), "startDate",
				"2021-04-01", "status", "ACTIVE"), "agreement");
		this.fixtures.create("addAgreementParty", map("agreementId", southmereAgreement, "organisationId",
				this.southmere, "role", "HOST"), "agreementParty");
		String otherFund = this.fixtures.create("addPooledFund", map("agreementId", southmereAgreement, "name",
				"Southmere equipment pool"), "pooledFund");
		this.fixtures.create("delegateAuthority", s75(this.northmere, "2020-04-01"), "delegation");
		String own = decideOn(ownFund, "2023-06-01");
		String other = decideOn(otherFund, "2023-06-02");
		this.graphQl.documentName("authorityChain").variable("decisionId", own).execute()
			.path("authorityChain.verdict").entity(String.class).isEqualTo("COVERED");
		this.graphQl.documentName("authorityChain").variable("decisionId", other).execute()
			.path("authorityChain.verdict").entity(String.class).isEqualTo("OUT_OF_SCOPE")
			.path("authorityChain.explanation").entity(String.class)
			.isEqualTo("Out of scope: the decision concerns Southmere equipment pool, pooled under S75-SM-2021, and "
					+ "this chain runs through no delegation made under that agreement.");
		// Who can spend each pool: Northmere's board its own, nobody yet the other (its partners delegated nothing).
		this.graphQl.documentName("whoCanDecide").variable("kind", "POOLED_BUDGET_SPENDING").variable("fundId", ownFund)
			.variable("asOf", "2023-06-01").execute()
			.path("whoCanDecide[*].delegate.name").entityList(String.class)
			.containsExactly("Northmere Pooled Budget Board");
		this.graphQl.documentName("whoCanDecide").variable("kind", "POOLED_BUDGET_SPENDING")
			.variable("fundId", otherFund).variable("asOf", "2023-06-01").execute()
			.path("whoCanDecide").entityList(Object.class).hasSize(0);
		// A partner's cabinet cannot spend the pool alone.
		String cabinet = this.fixtures.board("Northmere Cabinet", "GOVERNING_BODY", this.northmere);
		this.graphQl.documentName("authorityChain").variable("decisionId", decideOn(cabinet, ownFund, "2023-07-12",
				"APPROVED")).execute()
			.path("authorityChain.verdict").entity(String.class).isEqualTo("OUT_OF_SCOPE");
	}

	/**
	 * An aligned budget stays with its partner: the pooled budget board may recommend, not decide; the council's
	 * cabinet, acting as the council, decides.
	 */
	@Test
	void onAnAlignedFundABoardRecommendsAndThePartnerDecides() {
		String aligned = this.fixtures.create("addPooledFund", map("agreementId", this.agreement, "name",
				"Northmere adult social care aligned budget", "arrangement", "ALIGNED"), "pooledFund");
		String cabinet = this.fixtures.board("Northmere Cabinet", "GOVERNING_BODY", this.northmere);
		this.fixtures.create("delegateAuthority", s75(this.northmere, "2020-04-01"), "delegation");
		String byBoard = decideOn(this.pooledBoard, aligned, "2023-06-01", "APPROVED");
		String recommended = decideOn(this.pooledBoard, aligned, "2023-06-02", "RECOMMENDED");
		String byCabinet = decideOn(cabinet, aligned, "2023-07-12", "APPROVED");
		this.graphQl.documentName("authorityChain").variable("decisionId", byBoard).execute()
			.path("authorityChain.verdict").entity(String.class).isEqualTo("OUT_OF_SCOPE")
			.path("authorityChain.explanation").entity(String.class)
			.isEqualTo("Out of scope: Northmere adult social care aligned budget is an aligned fund: each partner "
					+ "keeps its budget and decides, and a board under delegation may only recommend.");
		for (String covered : List.of(recommended, byCabinet)) {
			this.graphQl.documentName("authorityChain").variable("decisionId", covered).execute()
				.path("authorityChain.verdict").entity(String.class).isEqualTo("COVERED");
		}
		this.graphQl.documentName("whoCanDecide").variable("kind", "POOLED_BUDGET_SPENDING").variable("fundId", aligned)
			.variable("asOf", "2023-06-01").execute()
			.path("whoCanDecide[*].delegate.name").entityList(String.class)
			.containsExactly("Northmere CCG Governing Body", "Northmere Cabinet");
	}

	private String decideOn(String fund, String date) {
		return decideOn(this.pooledBoard, fund, date, "APPROVED");
	}

	private String decideOn(String board, String fund, String date, String outcome) {
		return this.fixtures.create("recordDecision", map("itemId", item(board, date, List.of(fund)), "text",
				"Spend " + outcome, "outcome", outcome, "kind", "POOLED_BUDGET_SPENDING"), "decision");
	}

	@Test
	void aRecommendationAndTheDecisionTakenOnIt() {
		String cabinet = this.fixtures.board("Northmere Cabinet", "GOVERNING_BODY", this.northmere);
		String recommended = decide(this.pooledBoard, "2023-06-01", "POOLED_BUDGET_SPENDING", "RECOMMENDED", null);
		String approved = decide(cabinet, "2023-07-12", "POOLED_BUDGET_SPENDING", "APPROVED_SUBJECT_TO", recommended);
		this.graphQl.document("{ node(id: \"" + recommended + "\") { ... on Decision { outcome decisionsOnIt { id "
				+ "outcome onRecommendation { id } } } } authorityChain(decisionId: \"" + recommended + "\") { verdict "
				+ "explanation } }")
			.execute()
			.path("node.decisionsOnIt[*].id").entityList(String.class).containsExactly(approved)
			.path("node.decisionsOnIt[0].outcome").entity(String.class).isEqualTo("APPROVED_SUBJECT_TO")
			.path("node.decisionsOnIt[0].onRecommendation.id").entity(String.class).isEqualTo(recommended)
			.path("authorityChain.verdict").entity(String.class).isEqualTo("COVERED")
			.path("authorityChain.explanation").entity(String.class)
			.isEqualTo("Covered: a recommendation needs no delegated authority; the body it goes to decides, under "
					+ "its own.");
		this.graphQl.documentName("recordDecision")
			.variable("input", map("boardId", cabinet, "itemId", item(cabinet, "2023-08-01"), "text", "Approved",
					"outcome", "APPROVED", "onRecommendationId", approved))
			.execute()
			.path("recordDecision.userErrors[0].message").entity(String.class)
			.isEqualTo("That decision is neither a recommendation nor awaiting other bodies' approval (its outcome "
					+ "is APPROVED_SUBJECT_TO)");
	}

	/**
	 * A pooled service approved by the CCG's governing body, then by the borough's pooled budget board and its cabinet:
	 * complete only once all three have approved it.
	 */
	@Test
	void aDecisionNeedingThreeBodiesIsCompleteOnlyWhenAllHaveApproved() {
		String cabinet = this.fixtures.board("Northmere Cabinet", "GOVERNING_BODY", this.northmere);
		String service = this.fixtures.create("recordDecision", map("itemId", item(this.governingBody, "2023-05-04"),
				"text", "Integrated community equipment service approved", "outcome", "APPROVED", "kind",
				"SERVICE_APPROVAL", "needsApprovalFromIds", List.of(this.governingBody, this.pooledBoard, cabinet)),
				"decision");
		String outstanding = "{ node(id: \"" + service + "\") { ... on Decision { needsApprovalFrom { ... on Board { name } } "
				+ "approvalsOutstanding { ... on Board { name } } } } }";
		this.graphQl.document(outstanding).execute()
			.path("node.needsApprovalFrom[*].name").entityList(String.class).hasSize(3)
			.path("node.approvalsOutstanding[*].name").entityList(String.class)
			.containsExactly("Northmere Cabinet", "Northmere Pooled Budget Board");
		decide(this.pooledBoard, "2023-06-01", "SERVICE_APPROVAL", "APPROVED_SUBJECT_TO", service);
		decide(cabinet, "2023-07-12", "SERVICE_APPROVAL", "REJECTED", service);
		this.graphQl.document(outstanding).execute()
			.path("node.approvalsOutstanding[*].name").entityList(String.class).containsExactly("Northmere Cabinet");
		decide(cabinet, "2023-09-13", "SERVICE_APPROVAL", "APPROVED", service);
		this.graphQl.document(outstanding).execute()
			.path("node.approvalsOutstanding").entityList(Object.class).hasSize(0);
	}

	private Map<String, Object> s75(String delegator, String validFrom) {
		return map("delegatorId", delegator, "delegateId", this.pooledBoard, "instrument", "SECTION_75_AGREEMENT",
				"instrumentReference", "Clause 6", "agreementId", this.agreement, "scope",
				List.of("POOLED_BUDGET_SPENDING"), "validFrom", validFrom);
	}

	private String item(String board, String date) {
		return item(board, date, List.of());
	}

	private String item(String board, String date, List<String> concerns) {
		String meeting = this.fixtures.create("scheduleMeeting", map("boardId", board, "date", date), "meeting");
		return this.fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "1", "title",
				"Community equipment", "purpose", "DECISION", "concernsIds", concerns), "agendaItem");
	}

	private String decide(String board, String date, String kind, String outcome, String recommendation) {
		return this.fixtures.create("recordDecision", map("itemId", item(board, date), "text", "Decided " + kind,
				"outcome", outcome, "kind", kind, "onRecommendationId", recommendation), "decision");
	}

}
