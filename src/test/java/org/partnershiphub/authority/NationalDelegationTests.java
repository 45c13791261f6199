package org.partnershiphub.authority;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Primary care as the papers delegate it: NHS England holds primary medical care contracting by statute and delegates
 * it to an ICB, which does not hold it by statute; the ICB passes it to its primary care committee and that to a
 * contracts panel. The chain climbs past the ICB to NHS England, and when the national delegation ends, the chain,
 * who can decide and the gaps all say so.
 */
@IntegrationTest
class NationalDelegationTests extends GraphTestSupport {

	private static final String KIND = "PRIMARY_CARE_CONTRACTING";

	private Fixtures fixtures;

	private String england;

	private String icb;

	private String committee;

	private String panel;

	private String national;

	@BeforeEach
	void nhsEnglandToAnIcbToItsCommitteeToAPanel() {
		this.fixtures = new Fixtures(this.graphQl);
		this.england = this.fixtures.organisation("NHS England", "NHS_ENGLAND");
		this.icb = this.fixtures.organisation("NHS Northmere Integrated Care Board", "INTEGRATED_CARE_BOARD");
		this.committee = this.fixtures.board("Primary Care Commissioning Committee", "ICB_COMMITTEE", this.icb);
		this.panel = this.fixtures.board("Primary Care Contracts Panel", "ICB_COMMITTEE", this.committee);
		this.national = delegate(this.england, this.icb, "NATIONAL_DELEGATION", "Delegation agreement, schedule 2");
		delegate(this.icb, this.committee, "SCHEME_OF_RESERVATION_AND_DELEGATION", "SoRD 6.3");
		delegate(this.committee, this.panel, "TERMS_OF_REFERENCE", "Terms of reference 4");
	}

	@Test
	void theChainClimbsPastTheIcbToNhsEngland() {
		String decision = decide("2025-06-01");
		this.graphQl.documentName("authorityChain").variable("decisionId", decision).execute()
			.path("authorityChain.verdict").entity(String.class).isEqualTo("COVERED")
			.path("authorityChain.chains[0].root.name").entity(String.class).isEqualTo("NHS England")
			.path("authorityChain.chains[0].basis").entity(String.class).isEqualTo("National Health Service Act 2006")
			.path("authorityChain.chains[0].links[*].delegation.delegator.name").entityList(String.class)
			.containsExactly("Primary Care Commissioning Committee", "NHS Northmere Integrated Care Board",
					"NHS England")
			.path("authorityChain.chains[0].links[2].delegation.delegate.name").entity(String.class)
			.isEqualTo("NHS Northmere Integrated Care Board");
		this.graphQl.documentName("whoCanDecide").variable("kind", KIND).variable("organisationId", this.icb)
			.variable("asOf", "2025-06-01").execute()
			.path("whoCanDecide[*].delegate.name").entityList(String.class)
			.containsExactly("Primary Care Commissioning Committee", "Primary Care Contracts Panel");
	}

	/** After the national delegation ends the three answers agree: nobody under the ICB can decide. */
	@Test
	void aLapsedNationalDelegationGivesTheSameAnswerEverywhere() {
		this.fixtures.create("endDelegation", map("delegationId", this.national, "validTo", "2025-03-31"),
				"delegation");
		String decision = decide("2025-06-01");
		this.graphQl.documentName("authorityChain").variable("decisionId", decision).execute()
			.path("authorityChain.verdict").entity(String.class).isEqualTo("DELEGATION_EXPIRED")
			.path("authorityChain.explanation").entity(String.class)
			.satisfies(why -> assertThat(why).contains("NHS England").contains("ended on 2025-03-31"));
		this.graphQl.documentName("whoCanDecide").variable("kind", KIND).variable("organisationId", this.icb)
			.variable("asOf", "2025-06-01").execute()
			.path("whoCanDecide").entityList(Object.class).hasSize(0);
		this.graphQl.documentName("authorityGaps").variable("asOf", "2025-12-31").execute()
			.path("authorityGaps.decisions[*].verdict").entityList(String.class).containsExactly("DELEGATION_EXPIRED");
		// What the ICB holds by statute is unaffected.
		this.graphQl.documentName("whoCanDecide").variable("kind", "CONTRACT_AWARD").variable("organisationId", this.icb)
			.variable("asOf", "2025-06-01").execute()
			.path("whoCanDecide[*].delegate.name").entityList(String.class)
			.containsExactly("Primary Care Commissioning Committee", "Primary Care Contracts Panel");
	}

	/** An ICB cannot pass on primary care contracting it does not hold: not by statute, and not yet delegated. */
	@Test
	void aBodyCannotPassOnWhatItDoesNotHold() {
		String other = this.fixtures.organisation("NHS Southmere Integrated Care Board", "INTEGRATED_CARE_BOARD");
		String board = this.fixtures.board("Southmere Primary Care Committee", "ICB_COMMITTEE", other);
		this.graphQl.documentName("delegateAuthority")
			.variable("input", map("delegatorId", other, "delegateId", board, "instrument",
					"SCHEME_OF_RESERVATION_AND_DELEGATION", "scope", List.of(KIND, "CONTRACT_AWARD"), "validFrom",
					"2024-04-01"))
			.execute()
			.path("delegateAuthority.userErrors[*].field[1]").entityList(String.class).containsExactly("scope")
			.path("delegateAuthority.userErrors[0].message").entity(String.class)
			.isEqualTo("The delegator holds no delegation it may pass on for " + KIND + " on 2024-04-01");
	}

	private String delegate(String from, String to, String instrument, String reference) {
		return this.fixtures.create("delegateAuthority", map("delegatorId", from, "delegateId", to, "instrument",
				instrument, "instrumentReference", reference, "scope", List.of(KIND, "CONTRACT_AWARD"),
				"subDelegationAllowed", true, "validFrom", "2023-07-01"), "delegation");
	}

	private String decide(String date) {
		String meeting = this.fixtures.create("scheduleMeeting", map("boardId", this.panel, "date", date),
				"meeting");
		String item = this.fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "1", "title",
				"Extended access contract", "purpose", "DECISION"), "agendaItem");
		return this.fixtures.create("recordDecision", map("itemId", item, "text", "Contract awarded", "outcome",
				"APPROVED", "kind", KIND), "decision");
	}

}
