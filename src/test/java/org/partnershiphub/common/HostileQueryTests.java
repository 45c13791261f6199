package org.partnershiphub.common;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests built to hurt are refused with a clear error before any work; the legitimate ones still run. */
@IntegrationTest
class HostileQueryTests extends GraphTestSupport {

	private String council;

	@BeforeEach
	void aCouncil() {
		this.council = new Fixtures(this.graphQl).organisation("Brackenford Council", "LOCAL_AUTHORITY");
	}

	@Test
	void tooDeepIsRefused() {
		String query = "{ organisation(id: \"x\") { boards { " + "committees { ".repeat(13) + "id" + " }".repeat(13)
				+ " } } }";
		this.graphQl.document(query).execute().errors()
			.expect(e -> e.getMessage().contains("maximum query depth exceeded"))
			.verify();
		this.graphQl.document("{ organisation(id: \"" + this.council + "\") { boards { parentBodies { "
				+ "... on Organisation { name } } } } }").execute().errors().verify();
	}

	@Test
	void tooManyAliasesAreRefused() {
		String aliases = IntStream.rangeClosed(1, 21)
			.mapToObj(i -> "a" + i + ": organisation(id: \"" + this.council + "\") { name }")
			.collect(Collectors.joining(" "));
		this.graphQl.document("{ " + aliases + " }").execute().errors()
			.expect(e -> e.getMessage().equals("The operation has 21 aliased root fields; at most 20"))
			.verify();
		String twenty = IntStream.rangeClosed(1, 20)
			.mapToObj(i -> "a" + i + ": organisation(id: \"" + this.council + "\") { name }")
			.collect(Collectors.joining(" "));
		this.graphQl.document("{ " + twenty + " }").execute().path("a20.name").entity(String.class)
			.isEqualTo("Brackenford Council");
	}

	@Test
	void tooLongADocumentIsRefusedUnparsed() {
		this.graphQl.document("{ __typename }" + " ".repeat(20_001)).execute().errors()
			.expect(e -> e.getMessage().equals("The document is longer than 20000 characters"))
			.verify();
	}

	@Test
	void tooManyItemsPerPageIsRefused() {
		this.graphQl.document("{ organisations(first: 101) { edges { node { id } } } }").execute().errors()
			.expect(e -> e.getMessage().contains("100"))
			.verify();
	}

	@Test
	void injectionStringsInEveryArgumentChangeNothing() {
		long nodes = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		for (String hostile : List.of("' OR 1=1 //", "\"}) MATCH (n) DETACH DELETE n //",
				"x` DETACH DELETE n //", "${7*7}", "\\u0027; CALL db.clearQueryCaches()")) {
			this.graphQl.document("query($s: String!, $id: ID!) { search(text: $s) { score } organisation(id: $id) { name } "
					+ "organisations(filter: { name: $s }) { edges { node { id } } } "
					+ "conflictCheck(personId: $id, subjectIds: [$id]) { steps } } ")
				.variable("s", hostile)
				.variable("id", hostile)
				.execute();
			this.graphQl.documentName("declareInterest")
				.variable("input", map("personId", hostile, "organisationId", hostile, "nature", hostile,
						"typeAsDeclared", hostile))
				.execute()
				.path("declareInterest.userErrors").entityList(Object.class).hasSizeGreaterThan(0);
			this.graphQl.documentName("connections").variable("fromId", hostile).variable("toId", this.council)
				.execute();
		}
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
	}

}
