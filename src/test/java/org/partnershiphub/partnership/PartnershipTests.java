package org.partnershiphub.partnership;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PartnershipTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String collaborative;

	private String lead;

	@BeforeEach
	void anAcuteProviderCollaborative() {
		this.fixtures = new Fixtures(this.graphQl);
		this.lead = this.fixtures.organisation("Brackenford Hospital NHS FT", "NHS_FOUNDATION_TRUST");
		this.collaborative = this.fixtures.create("formPartnership",
				map("name", "Kestrel Acute Provider Collaborative", "kind", "PROVIDER_COLLABORATIVE", "place", "Kestrel"),
				"partnership");
		partner(this.lead, "LEAD_PROVIDER", "2023-10-01");
	}

	@Test
	void aPartnerWhoLeftStillShowsForDatesBeforeTheyLeft() {
		String associate = this.fixtures.organisation("Eastwater Community Health", "NHS_TRUST");
		String membership = partner(associate, "ASSOCIATE", "2023-10-01");
		this.graphQl.documentName("removePartner")
			.variable("input", map("partnershipMembershipId", membership, "to", "2024-03-31"))
			.execute()
			.path("removePartner.partnershipMembership.to").entity(String.class).isEqualTo("2024-03-31");
		this.graphQl.documentName("partnershipMembers").variable("id", this.collaborative).variable("asOf", "2024-01-01")
			.execute()
			.path("partnership.members[*].organisation.name").entityList(String.class)
			.containsExactly("Eastwater Community Health", "Brackenford Hospital NHS FT")
			.path("partnership.members[0].organisation.partnerships[0].partnership.name").entity(String.class)
			.isEqualTo("Kestrel Acute Provider Collaborative");
		this.graphQl.documentName("partnershipMembers").variable("id", this.collaborative).variable("asOf", "2024-04-01")
			.execute()
			.path("partnership.members[*].role").entityList(String.class).containsExactly("LEAD_PROVIDER");
	}

	@Test
	void anOrganisationJoinsOnceForAnyPeriod() {
		this.graphQl.documentName("addPartner")
			.variable("input", map("partnershipId", this.collaborative, "organisationId", this.lead, "role", "MEMBER",
					"from", "2024-01-01"))
			.execute()
			.path("addPartner.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
		this.graphQl.documentName("addPartner")
			.variable("input", map("partnershipId", "missing", "organisationId", this.lead, "role", "MEMBER", "from",
					"2024-01-01", "to", "2023-01-01"))
			.execute()
			.path("addPartner.userErrors[*].field[1]").entityList(String.class).containsExactly("to", "partnershipId");
		assertThat(count("MATCH (pm:PartnershipMembership) RETURN count(pm)")).isEqualTo(1);
	}

	private String partner(String organisation, String role, String from) {
		return this.fixtures.create("addPartner", map("partnershipId", this.collaborative, "organisationId",
				organisation, "role", role, "from", from), "partnershipMembership");
	}

}
