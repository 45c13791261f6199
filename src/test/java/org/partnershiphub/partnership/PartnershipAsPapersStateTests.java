package org.partnershiphub.partnership;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

/**
 * A provider collaborative as its papers describe it: "the acute collaborative (the three acute trusts), formed in
 * 2021, live from April 2022; Dr Amara Osei, senior responsible officer and chair", and a VCSE alliance known by its
 * nickname, whose membership the paper only implies.
 */
@IntegrationTest
class PartnershipAsPapersStateTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String collaborative;

	private String source;

	@BeforeEach
	void aCollaborative() {
		this.fixtures = new Fixtures(this.graphQl);
		this.collaborative = this.fixtures.create("formPartnership", map("name",
				"Kestrel Acute Provider Collaborative", "kind", "PROVIDER_COLLABORATIVE"), "partnership");
		this.source = this.fixtures.source("Kestrel ICB Board papers, 13 March 2025");
	}

	@Test
	void aCountWithoutMembersRolesAndRoughDatesAsStated() {
		String osei = this.fixtures.person("Amara", "Osei");
		this.fixtures.write("describePartnership", map("partnershipId", this.collaborative, "aliases",
				List.of("the acute collaborative"), "formedOn", "2021-01-01", "formedOnPrecision", "YEAR", "goLiveOn",
				"2022-04-01", "goLiveOnPrecision", "MONTH", "source", map("documentId", this.source, "locator",
				"Item 9, para 2")), "partnership");
		this.fixtures.write("recordPartnershipCount", map("partnershipId", this.collaborative, "count", 3,
				"description", "acute trusts", "asAt", "2025-03-13"), "statedCount");
		this.fixtures.write("recordPartnershipRole", map("partnershipId", this.collaborative, "personId", osei, "kind",
				"SENIOR_RESPONSIBLE_OFFICER", "asWritten", "Senior responsible officer and chair"), "partnershipRole");
		this.graphQl.document("query($id: ID!) { partnership(id: $id) { aliases formedOn formedOnPrecision goLiveOn "
				+ "goLiveOnPrecision members { id } statedCounts { count description } people(asOf: \"2025-03-13\") { "
				+ "kind asWritten person { displayName partnershipRoles { partnership { name } } } } "
				+ "sources { locator inferred } } "
				+ "search(text: \"acute collaborative\") { edges { node { node { ... on Partnership { id } } } } } }")
			.variable("id", this.collaborative)
			.execute()
			.path("partnership.aliases").entityList(String.class).containsExactly("the acute collaborative")
			.path("partnership.formedOnPrecision").entity(String.class).isEqualTo("YEAR")
			.path("partnership.goLiveOn").entity(String.class).isEqualTo("2022-04-01")
			.path("partnership.members").entityList(Object.class).hasSize(0)
			.path("partnership.statedCounts[0].count").entity(Integer.class).isEqualTo(3)
			.path("partnership.statedCounts[0].description").entity(String.class).isEqualTo("acute trusts")
			.path("partnership.people[0].kind").entity(String.class).isEqualTo("SENIOR_RESPONSIBLE_OFFICER")
			.path("partnership.people[0].person.displayName").entity(String.class).isEqualTo("Amara Osei")
			.path("partnership.people[0].person.partnershipRoles[0].partnership.name").entity(String.class)
			.isEqualTo("Kestrel Acute Provider Collaborative")
			.path("partnership.sources[0].inferred").entity(Boolean.class).isEqualTo(false)
			.path("search.edges[0].node.node.id").entity(String.class).isEqualTo(this.collaborative);
	}

	@Test
	void aMembershipTheSourceOnlyImpliesIsCitedAsInferred() {
		String vcse = this.fixtures.organisation("Brackenford Voluntary Action", "CHARITY");
		this.fixtures.create("addPartner", map("partnershipId", this.collaborative, "organisationId", vcse, "role",
				"ASSOCIATE", "from", "2022-04-01", "source", map("documentId", this.source, "locator", "Diagram, p.4",
						"inferred", true)), "partnershipMembership");
		this.graphQl.document("query($id: ID!) { partnership(id: $id) { members(asOf: \"2023-01-01\") { sources { "
				+ "locator inferred } } } }")
			.variable("id", this.collaborative)
			.execute()
			.path("partnership.members[0].sources[0].inferred").entity(Boolean.class).isEqualTo(true)
			.path("partnership.members[0].sources[0].locator").entity(String.class).isEqualTo("Diagram, p.4");
	}

}
