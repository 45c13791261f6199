package org.partnershiphub.agreement;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AgreementTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String council;

	private String icb;

	private String agreement;

	@BeforeEach
	void aBetterCareFundAgreementBetweenACouncilAndAnIcb() {
		this.fixtures = new Fixtures(this.graphQl);
		this.council = this.fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		this.icb = this.fixtures.organisation("Kestrel ICB", "INTEGRATED_CARE_BOARD");
		String board = this.fixtures.board("BCF Pooled Budget Board", "POOLED_BUDGET_BOARD", this.council, this.icb);
		this.agreement = this.fixtures.create("recordAgreement", map("reference", "S75-BCF-2023", "title",
				"Better Care Fund agreement", "purposes", List.of("POOLED_BUDGET"), "schemes", List.of("Better Care Fund"),
				"startDate", "2023-04-01", "endDate", "2025-03-31", "status", "ACTIVE", "governingBoardId", board),
				"agreement");
		party(this.council, "HOST");
		party(this.icb, "PARTNER");
	}

	@Test
	void navigatesFromAgreementToPartiesFundsAndBoardAndBack() {
		String fund = this.fixtures.create("addPooledFund",
				map("agreementId", this.agreement, "name", "BCF Pooled Fund", "hostId", this.council), "pooledFund");
		contribution(fund, this.icb, "2024/25", "18400000.00", null);
		this.graphQl.documentName("agreement").variable("id", this.agreement).execute()
			.path("agreement.parties[*].role").entityList(String.class).containsExactly("HOST", "PARTNER")
			.path("agreement.parties[0].organisation.agreementParties[0].agreement.reference").entity(String.class)
			.isEqualTo("S75-BCF-2023")
			.path("agreement.pooledFunds[0].contributions[0].amount").entity(String.class).isEqualTo("18400000.00")
			.path("agreement.governingBoard.governedAgreements[0].reference").entity(String.class)
			.isEqualTo("S75-BCF-2023");
	}

	@Test
	void referencesAreUniqueAndAnAgreementCannotEndBeforeItStarts() {
		this.graphQl.documentName("recordAgreement")
			.variable("input", map("reference", "S75-BCF-2023", "title", "Again", "purposes", List.of("POOLED_BUDGET"),
					"startDate", "2023-04-01", "endDate", "2022-03-31", "status", "DRAFT"))
			.execute()
			.path("recordAgreement.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("endDate", "reference")
			.path("recordAgreement.userErrors[*].code").entityList(String.class)
			.containsExactly("INVALID_DATE_RANGE", "DUPLICATE");
		assertThat(count("MATCH (a:Agreement) RETURN count(a)")).isEqualTo(1);
	}

	@Test
	void anAgreementHasOneHostAndEachPartyOnce() {
		String trust = this.fixtures.organisation("Brackenford Hospital", "NHS_FOUNDATION_TRUST");
		this.graphQl.documentName("addAgreementParty")
			.variable("input", map("agreementId", this.agreement, "organisationId", trust, "role", "HOST"))
			.execute()
			.path("addAgreementParty.userErrors[0].field[1]").entity(String.class).isEqualTo("role");
		this.graphQl.documentName("addAgreementParty")
			.variable("input", map("agreementId", this.agreement, "organisationId", this.icb, "role", "PARTNER"))
			.execute()
			.path("addAgreementParty.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
		assertThat(count("MATCH (p:AgreementParty) RETURN count(p)")).isEqualTo(2);
	}

	@Test
	void aFundIsHostedAndFundedOnlyByParties() {
		String stranger = this.fixtures.organisation("Harbour Care Ltd", "COMPANY");
		this.graphQl.documentName("addPooledFund")
			.variable("input", map("agreementId", this.agreement, "name", "Fund", "hostId", stranger))
			.execute()
			.path("addPooledFund.userErrors[0].field[1]").entity(String.class).isEqualTo("hostId");
		String fund = this.fixtures.create("addPooledFund", map("agreementId", this.agreement, "name", "Fund"),
				"pooledFund");
		this.graphQl.documentName("recordContribution")
			.variable("input", map("pooledFundId", fund, "partyId", stranger, "financialYear", "2024/26", "amount",
					"-5.00"))
			.execute()
			.path("recordContribution.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("amount", "financialYear");
		this.graphQl.documentName("recordContribution")
			.variable("input", map("pooledFundId", fund, "partyId", stranger, "financialYear", "2024/25", "amount",
					"5.00"))
			.execute()
			.path("recordContribution.userErrors[0].field[1]").entity(String.class).isEqualTo("partyId");
		assertThat(count("MATCH (c:Contribution) RETURN count(c)")).isZero();
	}

	@Test
	void keepsDisagreeingFiguresFromDifferentSourcesButNotTheSameOneTwice() {
		String fund = this.fixtures.create("addPooledFund", map("agreementId", this.agreement, "name", "Fund"),
				"pooledFund");
		String plan = this.fixtures.source("BCF plan 2025-26");
		String report = this.fixtures.source("July report");
		contribution(fund, this.icb, "2025/26", "19100000.00", plan);
		contribution(fund, this.icb, "2025/26", "19400000.10", report);
		this.graphQl.documentName("recordContribution")
			.variable("input", map("pooledFundId", fund, "partyId", this.icb, "financialYear", "2025/26", "amount",
					"1.00", "source", map("documentId", plan)))
			.execute()
			.path("recordContribution.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
		this.graphQl.documentName("agreement").variable("id", this.agreement).variable("year", "2025/26").execute()
			.path("agreement.pooledFunds[0].contributions[*].amount").entityList(String.class)
			.contains("19100000.00", "19400000.10").hasSize(2)
			.path("agreement.pooledFunds[0].contributions[*].sources[0].document.title").entityList(String.class)
			.contains("BCF plan 2025-26", "July report");
	}

	@Test
	void anExtensionMovesTheEndDateAndRemembersTheOldOne() {
		this.graphQl.documentName("extendAgreement")
			.variable("input", map("agreementId", this.agreement, "newEndDate", "2024-03-31", "agreedOn", "2025-02-20"))
			.execute()
			.path("extendAgreement.userErrors[0].code").entity(String.class).isEqualTo("INVALID_DATE_RANGE");
		this.graphQl.documentName("extendAgreement")
			.variable("input", map("agreementId", this.agreement, "newEndDate", "2027-03-31", "agreedOn", "2025-02-20"))
			.execute()
			.path("extendAgreement.agreement.endDate").entity(String.class).isEqualTo("2027-03-31")
			.path("extendAgreement.agreement.variations[0].previousEndDate").entity(String.class).isEqualTo("2025-03-31")
			.path("extendAgreement.agreement.variations[0].description").entity(String.class)
			.isEqualTo("Extended to 2027-03-31");
		this.graphQl.documentName("agreements").variable("filter", map("inForceOn", "2026-06-01")).execute()
			.path("agreements.edges[*].node.reference").entityList(String.class).containsExactly("S75-BCF-2023");
		this.graphQl.documentName("agreements").variable("filter", map("inForceOn", "2022-06-01")).execute()
			.path("agreements.edges").entityList(Object.class).hasSize(0);
	}

	private void party(String organisation, String role) {
		this.fixtures.create("addAgreementParty",
				map("agreementId", this.agreement, "organisationId", organisation, "role", role), "agreementParty");
	}

	private void contribution(String fund, String party, String year, String amount, String source) {
		this.fixtures.create("recordContribution", map("pooledFundId", fund, "partyId", party, "financialYear", year,
				"amount", amount, "source", (source != null) ? map("documentId", source) : null), "contribution");
	}

}
