package org.partnershiphub.organisation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganisationTests extends GraphTestSupport {

	@Test
	void createsAnOrganisationAndMarksStatutoryBodies() {
		this.graphQl.documentName("createOrganisation")
			.variable("input", map("name", "  Brackenford Council ", "kind", "LOCAL_AUTHORITY", "aliases",
					List.of("LB Brackenford")))
			.execute()
			.path("createOrganisation.userErrors").entityList(Object.class).hasSize(0)
			.path("createOrganisation.organisation.name").entity(String.class).isEqualTo("Brackenford Council")
			.path("createOrganisation.organisation.statutory").entity(Boolean.class).isEqualTo(true)
			.path("createOrganisation.organisation.aliases").entityList(String.class).containsExactly("LB Brackenford");
		assertThat(count("MATCH (o:Organisation {name: 'Brackenford Council'}) RETURN count(o)")).isEqualTo(1);
	}

	@Test
	void rejectsABlankNameAndAnOverLongOdsCodeTogetherWritingNothing() {
		this.graphQl.documentName("createOrganisation")
			.variable("input", map("name", "   ", "kind", "CHARITY", "odsCode", "X".repeat(21)))
			.execute()
			.path("createOrganisation.organisation").valueIsNull()
			.path("createOrganisation.userErrors[*].field[1]").entityList(String.class).containsExactly("name", "odsCode")
			.path("createOrganisation.userErrors[*].code").entityList(String.class).containsExactly("REQUIRED", "TOO_LONG");
		assertThat(count("MATCH (o:Organisation) RETURN count(o)")).isZero();
	}

	@Test
	void rejectsASecondOrganisationWithTheSameOdsCode() {
		create("Whittington Health NHS Trust", "NHS_TRUST", "RKE");
		this.graphQl.documentName("createOrganisation")
			.variable("input", map("name", "The Whittington Hospital NHS Trust", "kind", "NHS_TRUST", "odsCode", "RKE"))
			.execute()
			.path("createOrganisation.userErrors[0].field[1]").entity(String.class).isEqualTo("odsCode")
			.path("createOrganisation.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
		assertThat(count("MATCH (o:Organisation) RETURN count(o)")).isEqualTo(1);
	}

	@Test
	void anUnknownKindIsRefusedByTheSchemaNamingTheEnumAndTheValue() {
		this.graphQl.documentName("createOrganisation")
			.variable("input", map("name", "Somewhere", "kind", "SPACESHIP"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("'input'").contains("OrganisationKind")
					.contains("SPACESHIP")));
		assertThat(count("MATCH (o:Organisation) RETURN count(o)")).isZero();
	}

	@Test
	void renamingKeepsTheOldNameAsAnAliasAndStillFindsIt() {
		String id = create("Riverside CCG", "CLINICAL_COMMISSIONING_GROUP", null);
		this.graphQl.documentName("renameOrganisation")
			.variable("input", map("organisationId", id, "name", "Riverside Clinical Commissioning Group"))
			.execute()
			.path("renameOrganisation.organisation.aliases").entityList(String.class).containsExactly("Riverside CCG");
		this.graphQl.documentName("organisations")
			.variable("filter", map("name", "riverside ccg"))
			.execute()
			.path("organisations.edges[*].node.name").entityList(String.class)
			.containsExactly("Riverside Clinical Commissioning Group");
	}

	@Test
	void successionIsNavigableBothWays() {
		String ccg = create("Brackenford CCG", "CLINICAL_COMMISSIONING_GROUP", null);
		String icb = create("Kestrel ICB", "INTEGRATED_CARE_BOARD", null);
		this.graphQl.documentName("recordSuccession")
			.variable("input", map("predecessorId", ccg, "successorId", icb, "on", "2022-07-01"))
			.execute()
			.path("recordSuccession.organisation.predecessors[*].name").entityList(String.class)
			.containsExactly("Brackenford CCG");
		this.graphQl.documentName("organisation").variable("id", ccg).execute()
			.path("organisation.successors[*].name").entityList(String.class).containsExactly("Kestrel ICB");
	}

	@Test
	void refusesAParentLinkThatWouldMakeACycle() {
		String practice = create("Ashgrove Surgery", "GP_PRACTICE", null);
		String federation = create("Brackenford GP Confederation", "GP_FEDERATION", null);
		this.graphQl.documentName("linkOrganisationToParent")
			.variable("input", map("organisationId", practice, "parentId", federation))
			.execute()
			.path("linkOrganisationToParent.organisation.parents[*].name").entityList(String.class)
			.containsExactly("Brackenford GP Confederation");
		this.graphQl.documentName("linkOrganisationToParent")
			.variable("input", map("organisationId", federation, "parentId", practice))
			.execute()
			.path("linkOrganisationToParent.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
		this.graphQl.documentName("organisation").variable("id", federation).execute()
			.path("organisation.children[*].name").entityList(String.class).containsExactly("Ashgrove Surgery")
			.path("organisation.parents").entityList(Object.class).hasSize(0);
	}

	@Test
	void pagesThroughOrganisationsInNameOrderFilteredByKind() {
		for (String name : List.of("Delta Trust", "Alpha Trust", "Charlie Trust", "Bravo Trust")) {
			create(name, "NHS_TRUST", null);
		}
		create("Aardvark Council", "LOCAL_AUTHORITY", null);
		String cursor = this.graphQl.documentName("organisations")
			.variable("first", 3)
			.variable("filter", map("kind", "NHS_TRUST"))
			.execute()
			.path("organisations.edges[*].node.name").entityList(String.class)
			.containsExactly("Alpha Trust", "Bravo Trust", "Charlie Trust")
			.path("organisations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
			.path("organisations.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.documentName("organisations")
			.variable("first", 3)
			.variable("after", cursor)
			.variable("filter", map("kind", "NHS_TRUST"))
			.execute()
			.path("organisations.edges[*].node.name").entityList(String.class).containsExactly("Delta Trust")
			.path("organisations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void refusesPagesOfMoreThanAHundred() {
		this.graphQl.documentName("organisations")
			.variable("first", 101)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).isEqualTo("organisations: first must be between 1 and 100, was 101")));
	}

	private String create(String name, String kind, String odsCode) {
		return this.graphQl.documentName("createOrganisation")
			.variable("input", map("name", name, "kind", kind, "odsCode", odsCode))
			.execute()
			.path("createOrganisation.organisation.id")
			.entity(String.class)
			.get();
	}

}
