package org.partnershiphub.organisation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Correcting what an import guessed, and finding an organisation by its exact name or identifier. */
@IntegrationTest
class OrganisationCorrectionsTests extends GraphTestSupport {

	private static final String UPDATE = """
			mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) {
			  organisation { id name kind statutory aliases odsCode version }
			  userErrors { field message code }
			} }""";

	@Test
	void aKindGuessedWronglyIsCorrectedAndAuditedAndTheOldNameKeptAsAnAlias() {
		String cvs = new Fixtures(this.graphQl).organisation("Tamarside CVS", "LOCAL_AUTHORITY");
		this.graphQl.document(UPDATE)
			.variable("input", map("organisationId", cvs, "name", "Tamarside Council for Voluntary Service", "kind",
					"VOLUNTARY_COMMUNITY_SECTOR", "odsCode", "TCVS1", "expectedVersion", 1))
			.execute()
			.path("updateOrganisation.userErrors").entityList(Object.class).hasSize(0)
			.path("updateOrganisation.organisation.kind").entity(String.class).isEqualTo("VOLUNTARY_COMMUNITY_SECTOR")
			.path("updateOrganisation.organisation.statutory").entity(Boolean.class).isEqualTo(false)
			.path("updateOrganisation.organisation.aliases").entityList(String.class).containsExactly("Tamarside CVS")
			.path("updateOrganisation.organisation.version").entity(Integer.class).isEqualTo(2);
		assertThat(count("MATCH (c:ChangeRecord {operation: 'updateOrganisation'}) RETURN count(c)")).isOne();
		this.graphQl.document(UPDATE)
			.variable("input", map("organisationId", cvs, "kind", "CHARITY", "expectedVersion", 1))
			.execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions().get("classification")).isEqualTo("CONFLICT")));
	}

	@Test
	void anIdentifierAnotherOrganisationHoldsIsRefusedByField() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		fixtures.create("createOrganisation", map("name", "Tamar Valley Hospitals Trust", "kind", "NHS_TRUST",
				"odsCode", "RTV"), "organisation");
		String other = fixtures.organisation("Wyebridge Community Health", "NHS_TRUST");
		this.graphQl.document(UPDATE).variable("input", map("organisationId", other, "odsCode", "RTV")).execute()
			.path("updateOrganisation.userErrors[0].field[1]").entity(String.class).isEqualTo("odsCode")
			.path("updateOrganisation.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
	}

	@Test
	void anExactLookUpFindsANameUnderItsSpellingsAndAnIdentifier() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		fixtures.create("createOrganisation", map("name", "NHS Tamarside and Wyebridge CCG", "kind",
				"CLINICAL_COMMISSIONING_GROUP", "odsCode", "09X"), "organisation");
		fixtures.organisation("NHS Tamarside CCG", "CLINICAL_COMMISSIONING_GROUP");
		String query = "query($name: String, $id: String) { organisationLookup(name: $name, identifier: $id) { name } }";
		this.graphQl.document(query).variable("name", "NHS Tamarside & Wyebridge Clinical Commissioning Group")
			.execute()
			.path("organisationLookup[*].name").entityList(String.class)
			.containsExactly("NHS Tamarside and Wyebridge CCG");
		this.graphQl.document(query).variable("id", "09X").execute()
			.path("organisationLookup[*].name").entityList(String.class)
			.containsExactly("NHS Tamarside and Wyebridge CCG");
		this.graphQl.document(query).variable("name", "Tamarside").execute()
			.path("organisationLookup").entityList(Object.class).hasSize(0);
	}

	@Test
	void twoFiguresFromOnePaperAtDifferentPlacesAreBothKept() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String council = fixtures.organisation("Tamarside Council", "LOCAL_AUTHORITY");
		String ccg = fixtures.organisation("NHS Tamarside CCG", "CLINICAL_COMMISSIONING_GROUP");
		String agreement = fixtures.create("recordAgreement", map("reference", "S75-TAM-1", "title",
				"Tamarside BCF", "purposes", List.of("POOLED_BUDGET"), "startDate", "2019-04-01", "status", "ACTIVE"),
				"agreement");
		fixtures.create("addAgreementParty", map("agreementId", agreement, "organisationId", council, "role", "HOST"),
				"agreementParty");
		fixtures.create("addAgreementParty", map("agreementId", agreement, "organisationId", ccg, "role", "PARTNER"),
				"agreementParty");
		String fund = fixtures.create("addPooledFund", map("agreementId", agreement, "name", "Tamarside BCF pool",
				"hostId", council), "pooledFund");
		String paper = fixtures.source("Tamarside BCF annual report 2019/20");
		String record = """
				mutation($input: RecordContributionInput!) { recordContribution(input: $input) {
				  contribution { id } userErrors { field message code } } }""";
		for (String[] claim : new String[][] { { "2000000.00", "page 3" }, { "4000000.00", "page 11" } }) {
			this.graphQl.document(record)
				.variable("input", map("pooledFundId", fund, "partyId", ccg, "financialYear", "2019/20", "amount",
						claim[0], "source", map("documentId", paper, "locator", claim[1])))
				.execute()
				.path("recordContribution.userErrors").entityList(Object.class).hasSize(0);
		}
		this.graphQl.document(record)
			.variable("input", map("pooledFundId", fund, "partyId", ccg, "financialYear", "2019/20", "amount",
					"2000000.00", "source", map("documentId", paper, "locator", "page 3")))
			.execute()
			.path("recordContribution.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
		assertThat(count("MATCH (c:Contribution) RETURN count(c)")).isEqualTo(2);
	}

}
