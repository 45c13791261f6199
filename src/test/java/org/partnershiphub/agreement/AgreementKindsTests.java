package org.partnershiphub.agreement;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agreements as papers state them: a memorandum of understanding known only to exist, a Section 75 agreement's
 * "3+1+1" term with its notice, a variation in progress awaiting the partners' approvals, a fund's caps, and an
 * alliance whose parties the conflict check reaches.
 */
@IntegrationTest
class AgreementKindsTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String council;

	private String icb;

	private String cabinet;

	private String icbBoard;

	@BeforeEach
	void aCouncilAndAnIcb() {
		this.fixtures = new Fixtures(this.graphQl);
		this.council = this.fixtures.organisation("Eastwater Borough Council", "LOCAL_AUTHORITY");
		this.icb = this.fixtures.organisation("Kestrel ICB", "INTEGRATED_CARE_BOARD");
		this.cabinet = this.fixtures.board("Eastwater Cabinet", "GOVERNING_BODY", this.council);
		this.icbBoard = this.fixtures.board("Kestrel ICB Board", "ICB_BOARD", this.icb);
	}

	/** "A memorandum of understanding is in place between the partners": no reference, dates or value stated. */
	@Test
	void anAgreementKnownOnlyToExistKeepsWhatIsUnknownUnknown() {
		String mou = this.fixtures.create("recordAgreement", map("kind", "MEMORANDUM_OF_UNDERSTANDING", "title",
				"Memorandum of understanding between the Eastwater partners", "status", "ACTIVE"), "agreement");
		party(mou, this.council, "PARTNER");
		this.graphQl.document("{ agreement(id: \"" + mou + "\") { kind reference startDate endDate value terms { "
				+ "extendBy } purposes } agreements(filter: {kind: MEMORANDUM_OF_UNDERSTANDING}) { totalCount } }")
			.execute()
			.path("agreement.kind").entity(String.class).isEqualTo("MEMORANDUM_OF_UNDERSTANDING")
			.path("agreement.reference").valueIsNull()
			.path("agreement.startDate").valueIsNull()
			.path("agreement.endDate").valueIsNull()
			.path("agreement.value").valueIsNull()
			.path("agreement.terms").valueIsNull()
			.path("agreement.purposes").entityList(String.class).hasSize(0)
			.path("agreements.totalCount").entity(Integer.class).isEqualTo(1);
		// Not in force on any date: its start is not known, and the hub does not guess it.
		this.graphQl.document("{ agreements(filter: {inForceOn: \"2025-06-01\"}) { totalCount } }").execute()
			.path("agreements.totalCount").entity(Integer.class).isEqualTo(0);
		// A Section 75 agreement still needs to say what it arranges.
		this.graphQl.documentName("recordAgreement")
			.variable("input", map("title", "An S75 with no purpose", "status", "DRAFT"))
			.execute()
			.path("recordAgreement.userErrors[*].field[1]").entityList(String.class).containsExactly("purposes");
	}

	/**
	 * "An initial term of three years with the option to extend by up to two further one-year periods, agreed in
	 * writing one month before the end; a party may withdraw on six months' notice." When must the partners agree an
	 * extension, and by what date?
	 */
	@Test
	void whenMustThePartnersAgreeAnExtension() {
		String s75 = s75();
		String terms = "{ agreement(id: \"" + s75 + "\") { endDate terms { asWritten extensionsTaken "
				+ "extensionsRemaining extendBy latestEnd withdrawalNoticeMonths } } }";
		this.graphQl.document(terms).execute()
			.path("agreement.terms.asWritten").entity(String.class).isEqualTo("3+1+1")
			.path("agreement.terms.extensionsRemaining").entity(Integer.class).isEqualTo(2)
			.path("agreement.terms.extendBy").entity(String.class).isEqualTo("2026-02-28")
			.path("agreement.terms.latestEnd").entity(String.class).isEqualTo("2028-03-31")
			.path("agreement.terms.withdrawalNoticeMonths").entity(Integer.class).isEqualTo(6);
		// The first extension taken: the next must be agreed a month before the new end; one remains.
		this.fixtures.write("extendAgreement", map("agreementId", s75, "newEndDate", "2027-03-31", "agreedOn",
				"2026-02-10"), "agreement");
		this.graphQl.document(terms).execute()
			.path("agreement.terms.extensionsTaken").entity(Integer.class).isEqualTo(1)
			.path("agreement.terms.extensionsRemaining").entity(Integer.class).isEqualTo(1)
			.path("agreement.terms.extendBy").entity(String.class).isEqualTo("2027-02-28")
			.path("agreement.terms.latestEnd").entity(String.class).isEqualTo("2028-03-31");
	}

	/** "A variation to add intermediate care is expected in June, subject to approval by Cabinet and the ICB Board." */
	@Test
	void aVariationInProgressWaitsForEachApprovalAndChangesNothingUntilAgreed() {
		String s75 = s75();
		String variation = this.fixtures.write("proposeVariation", map("agreementId", s75, "kind", "EXTENSION",
				"description", "Extend by one year and add intermediate care", "newEndDate", "2027-03-31",
				"expectedOn", "2026-06-30", "approvalsNeededIds", List.of(this.cabinet, this.icbBoard)),
				"agreementVariation");
		this.fixtures.write("recordAgreementApproval", map("agreementId", s75, "variationId", variation, "bodyId",
				this.cabinet, "approvedOn", "2026-05-14"), "agreementApproval");
		String query = "{ agreement(id: \"" + s75 + "\") { endDate variations { status expectedOn "
				+ "approvalsNeeded { ... on Board { name } } approvalsOutstanding { ... on Board { name } } } "
				+ "approvals { approvedOn body { ... on Board { name } } variation { id } } } }";
		this.graphQl.document(query).execute()
			.path("agreement.endDate").entity(String.class).isEqualTo("2026-03-31")
			.path("agreement.variations[0].status").entity(String.class).isEqualTo("PROPOSED")
			.path("agreement.variations[0].expectedOn").entity(String.class).isEqualTo("2026-06-30")
			.path("agreement.variations[0].approvalsNeeded[*].name").entityList(String.class)
			.containsExactly("Eastwater Cabinet", "Kestrel ICB Board")
			.path("agreement.variations[0].approvalsOutstanding[*].name").entityList(String.class)
			.containsExactly("Kestrel ICB Board")
			.path("agreement.approvals[0].body.name").entity(String.class).isEqualTo("Eastwater Cabinet")
			.path("agreement.approvals[0].variation.id").entity(String.class).isEqualTo(variation);
		this.fixtures.write("agreeVariation", map("variationId", variation, "agreedOn", "2026-06-25"),
				"agreementVariation");
		this.graphQl.document(query).execute()
			.path("agreement.endDate").entity(String.class).isEqualTo("2027-03-31")
			.path("agreement.variations[0].status").entity(String.class).isEqualTo("AGREED");
		// Agreed once only.
		this.graphQl.document("mutation { agreeVariation(input: {variationId: \"" + variation + "\", agreedOn: "
				+ "\"2026-07-01\"}) { userErrors { field code } } }").execute()
			.path("agreeVariation.userErrors[0].field[1]").entity(String.class).isEqualTo("variationId");
	}

	/** "Maximum contract value £4.2m per year, £21m in total over 3+1+1; the council's contribution capped at £1.5m." */
	@Test
	void aFundsLimitsAndEachPartysCapWhatIsPooledAndWhatIsOnlyAligned() {
		String s75 = s75();
		String pooled = this.fixtures.create("addPooledFund", map("agreementId", s75, "name", "Community equipment pool"),
				"pooledFund");
		String aligned = this.fixtures.create("addPooledFund", map("agreementId", s75, "name",
				"Adult social care aligned budget", "arrangement", "ALIGNED"), "pooledFund");
		this.fixtures.write("setFundLimits", map("pooledFundId", pooled, "maxPerYear", "4200000.00", "maxTotal",
				"21000000", "termAsWritten", "3+1+1", "partyCaps", List.of(map("partyId", this.council, "amount",
						"1500000"))), "pooledFund");
		this.graphQl.document("{ agreement(id: \"" + s75 + "\") { pooledFunds { name arrangement maxPerYear maxTotal "
				+ "termAsWritten partyCaps { party { name } amount financialYear } } } }")
			.execute()
			.path("agreement.pooledFunds[*].name").entityList(String.class)
			.containsExactly("Adult social care aligned budget", "Community equipment pool")
			.path("agreement.pooledFunds[*].arrangement").entityList(String.class).containsExactly("ALIGNED", "POOLED")
			.path("agreement.pooledFunds[0].maxPerYear").valueIsNull()
			.path("agreement.pooledFunds[1].maxPerYear").entity(String.class).isEqualTo("4200000.00")
			.path("agreement.pooledFunds[1].maxTotal").entity(String.class).isEqualTo("21000000.00")
			.path("agreement.pooledFunds[1].partyCaps[0].party.name").entity(String.class)
			.isEqualTo("Eastwater Borough Council")
			.path("agreement.pooledFunds[1].partyCaps[0].amount").entity(String.class).isEqualTo("1500000.00");
		// Who may decide over the aligned budget: each partner's governing body, not a board under delegation.
		this.graphQl.documentName("whoCanDecide").variable("kind", "POOLED_BUDGET_SPENDING").variable("fundId", aligned)
			.variable("asOf", "2025-06-01").execute()
			.path("whoCanDecide[*].delegate.name").entityList(String.class)
			.containsExactly("Eastwater Cabinet", "Kestrel ICB Board");
		// A cap for a stranger, and a year's most above the total, are refused; nothing changes.
		String stranger = this.fixtures.organisation("Harbour Care Ltd", "COMPANY");
		this.graphQl.document("mutation($input: SetFundLimitsInput!) { setFundLimits(input: $input) { userErrors { "
				+ "field code } } }")
			.variable("input", map("pooledFundId", pooled, "maxPerYear", "30000000", "partyCaps",
					List.of(map("partyId", stranger, "amount", "5"))))
			.execute()
			.path("setFundLimits.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("maxPerYear", "partyCaps[0].partyId");
		assertThat(count("MATCH (f:PooledFund {maxPerYearPence: 420000000}) RETURN count(f)")).isEqualTo(1);
	}

	/** An alliance's and a risk-share's parties reach a member as a Section 75 agreement's do. */
	@Test
	void theConflictCheckReachesAllianceAndRiskShareParties() {
		String provider = this.fixtures.organisation("Eastwater Community Health CIC", "COMPANY");
		String alliance = this.fixtures.create("recordAgreement", map("kind", "ALLIANCE_AGREEMENT", "title",
				"Eastwater Community Services Alliance Agreement", "status", "ACTIVE"), "agreement");
		party(alliance, provider, "PARTNER");
		String riskShare = this.fixtures.create("recordAgreement", map("kind", "RISK_SHARE", "title",
				"Kestrel commissioners' risk-share framework", "startDate", "2024-04-01", "status", "ACTIVE"),
				"agreement");
		party(riskShare, provider, "PARTNER");
		String director = this.fixtures.person("Imogen", "Hartley");
		this.fixtures.create("declareInterest", map("personId", director, "organisationId", provider, "type",
				"FINANCIAL", "nature", "Director", "validFrom", "2023-01-01"), "interest");
		this.graphQl.documentName("conflictCheck").variable("personId", director)
			.variable("subjectIds", List.of(alliance, riskShare)).variable("asOf", "2025-06-01").execute()
			.path("conflictCheck[*].subject.title").entityList(String.class)
			.contains("Eastwater Community Services Alliance Agreement",
					"Kestrel commissioners' risk-share framework");
	}

	private String s75() {
		String s75 = this.fixtures.create("recordAgreement", map("reference", "S75-EWT-ICES-2023", "title",
				"Integrated community equipment service", "purposes", List.of("POOLED_BUDGET"), "startDate",
				"2023-04-01", "endDate", "2026-03-31", "status", "ACTIVE"), "agreement");
		party(s75, this.council, "HOST");
		party(s75, this.icb, "PARTNER");
		this.fixtures.write("setAgreementTerms", map("agreementId", s75, "asWritten", "3+1+1", "initialTermMonths", 36,
				"extensionOptions", 2, "extensionMonths", 12, "extensionNoticeMonths", 1, "withdrawalNoticeMonths", 6),
				"agreement");
		return s75;
	}

	private void party(String agreement, String organisation, String role) {
		this.fixtures.create("addAgreementParty", map("agreementId", agreement, "organisationId", organisation, "role",
				role), "agreementParty");
	}

}
