package org.partnershiphub.search;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SearchTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String trust;

	private String person;

	@BeforeEach
	void someNamedThings() {
		this.fixtures = new Fixtures(this.graphQl);
		this.trust = this.fixtures.create("createOrganisation", map("name", "Whittington Health NHS Trust", "kind",
				"NHS_TRUST", "aliases", List.of("The Whittington Hospital NHS Trust")), "organisation");
		this.person = this.fixtures.create("recordPerson",
				map("honorific", "Cllr", "givenName", "Peter", "familyName", "Watts", "aliases", List.of("Peter Walls")),
				"person");
		this.fixtures.board("Whittington Partnership Board", "PARTNERSHIP_BOARD", this.trust);
	}

	@Test
	void findsNamesDespiteATypo() {
		names("Whitington Helth").contains("Whittington Health NHS Trust");
	}

	@Test
	void findsPeopleByAnAliasAndFiltersByType() {
		names("Walls", List.of("PERSON")).containsExactly("Cllr Peter Watts");
		names("whittington", List.of("BOARD")).containsExactly("Whittington Partnership Board");
	}

	@Test
	void luceneSyntaxInTheTextIsTreatedAsPlainWords() {
		names("Whittington AND (OR \"* ~").contains("Whittington Health NHS Trust");
		this.graphQl.documentName("search").variable("text", "*** ((( ")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("at least one letter or digit")));
	}

	@Test
	void nodeResolvesAnyIdToItsType() {
		this.graphQl.documentName("node").variable("id", this.trust).execute()
			.path("node.__typename").entity(String.class).isEqualTo("Organisation")
			.path("node.name").entity(String.class).isEqualTo("Whittington Health NHS Trust");
		this.graphQl.documentName("node").variable("id", this.person).execute()
			.path("node.displayName").entity(String.class).isEqualTo("Cllr Peter Watts");
		this.graphQl.documentName("node").variable("id", "no-such-id").execute().path("node").valueIsNull();
	}

	private org.assertj.core.api.ListAssert<String> names(String text) {
		return names(text, null);
	}

	private org.assertj.core.api.ListAssert<String> names(String text, List<String> types) {
		List<java.util.Map<String, Object>> nodes = this.graphQl.documentName("search")
			.variable("text", text)
			.variable("types", types)
			.execute()
			.path("search.edges[*].node.node").entityList(new org.springframework.core.ParameterizedTypeReference<java.util.Map<String, Object>>() {
			}).get();
		return assertThat(nodes.stream().map(n -> (String) n.getOrDefault("name", n.get("displayName"))).toList());
	}

}
