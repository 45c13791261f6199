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
			.expect(e -> e.getMessage().equals("The operation is 16 fields deep; at most 12")
					&& e.getErrorType().toString().equals("BAD_REQUEST"))
			.verify();
		this.graphQl.document("{ organisation(id: \"" + this.council + "\") { boards { parentBodies { "
				+ "... on Organisation { name } } } } }").execute().errors().verify();
	}

	/** The query GraphiQL, graphql-codegen, Postman and Apollo tools send is deeper than any other: it still runs. */
	@Test
	void theStockIntrospectionQueryRuns() {
		// The whole schema, descriptions and all, is larger than the test client's default 256 KB buffer.
		as(null, null).mutate()
			.webTestClient(client -> client.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)))
			.build()
			.document(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY).execute()
			.path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
	}

	@Test
	void tooManyAliasesAreRefused() {
		String aliases = IntStream.rangeClosed(1, 21)
			.mapToObj(i -> "a" + i + ": organisation(id: \"" + this.council + "\") { name }")
			.collect(Collectors.joining(" "));
		this.graphQl.document("{ " + aliases + " }").execute().errors()
			.expect(e -> e.getMessage().equals("The operation has more than 20 aliased root fields"))
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
			this.graphQl.document("query($s: String!, $id: ID!) { search(text: $s) { edges { node { score } } } organisation(id: $id) { name } "
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


	/** Aliases hidden in a fragment on Query or an inline fragment count as root fields once expanded. */
	@Test
	void aliasesInFragmentsAreCountedToo() {
		String aliases = IntStream.rangeClosed(1, 21)
			.mapToObj(i -> "a" + i + ": organisation(id: \"" + this.council + "\") { name }")
			.collect(Collectors.joining(" "));
		for (String document : List.of("{ ...Bomb } fragment Bomb on Query { " + aliases + " }",
				"{ ... on Query { " + aliases + " } }")) {
			this.graphQl.document(document).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getMessage()).isEqualTo("The operation has more than 20 aliased root fields");
					assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				}));
		}
	}

	/**
	 * A document that passed once is not walked again for the same page sizes and directives, but its next request is
	 * still checked: another page size, a directive that opens a deeper selection, and text in its variables.
	 */
	@Test
	void aDocumentThatPassedIsCheckedAgainWithOtherVariables() {
		String document = "query($first: Int, $deep: Boolean!, $name: String) { organisations(first: $first, "
				+ "filter: {name: $name}) { edges { node { boards { " + "committees { ".repeat(2)
				+ "... @include(if: $deep) { " + "committees { ".repeat(8) + "id" + " }".repeat(8) + " } id"
				+ " }".repeat(2) + " } } } } }";
		for (int pass = 0; pass < 2; pass++) {
			this.graphQl.document(document).variable("first", 5).variable("deep", false).variable("name", "Bracken")
				.execute().path("organisations.edges").entityList(Object.class).hasSize(1);
		}
		this.graphQl.document(document).variable("first", 101).variable("deep", false).variable("name", "Bracken")
			.execute().errors()
			.expect(e -> e.getMessage().equals("organisations: first must be between 1 and 100, was 101"))
			.verify();
		this.graphQl.document(document).variable("first", 5).variable("deep", true).variable("name", "Bracken")
			.execute().errors()
			.expect(e -> e.getMessage().equals("The operation is 15 fields deep; at most 12"))
			.verify();
		this.graphQl.document(document).variable("first", 5).variable("deep", false).variable("name", "Brack\u202een")
			.execute().errors()
			.expect(e -> e.getMessage().startsWith("organisations.filter.name: contains an invisible, control or "
					+ "direction character (U+202E)"))
			.verify();
	}

	/** Pages multiply: twelve levels of first: 100 would be 100^12 values, refused before any runs. */
	@Test
	void aFanOutOfLargePagesIsRefusedByItsCost() {
		String fanOut = "{ organisations(first: 100) { edges { node { boards { members { person { "
				+ "interests { organisation { interests { person { displayName } } } } } } } } } } }";
		this.graphQl.document(fanOut).execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				// 100 organisations x (edge, node, 5 boards x (5 members x (person, 5 interests x (organisation,
				// 5 interests x (person, name))))): each field counts once per item it may be asked for.
				assertThat(e.getMessage()).isEqualTo("The operation could return about 155801 values; at most 20000: "
						+ "ask for fewer fields or smaller pages");
				assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			}));
		// The same shape with small pages is fine.
		this.graphQl.document(fanOut.replace("first: 100", "first: 5")).execute()
			.path("organisations.edges").entityList(Object.class).hasSize(1);
	}

	@Test
	void nonsenseArgumentsAreTheCallersErrorNamedAsSuch() {
		this.graphQl.document("{ search(text: \"Bracken\", first: -1) { edges { node { score } } } }").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getMessage()).isEqualTo("search: first must be between 1 and 100, was -1");
				assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			}));
		for (String cursor : List.of("not a cursor", "bm9wZQ==")) {
			this.graphQl.document("{ organisations(first: 5, after: \"" + cursor + "\") { edges { node { id } } } }")
				.execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST")));
		}
		for (String hidden : List.of("Eve\u0000", "Eve\u0007", "Eve\u001b[31m", "\u202eevE", "E\u200bve")) {
			this.graphQl.documentName("recordPerson")
				.variable("input", map("givenName", hidden, "familyName", "Intruder"))
				.execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getMessage()).startsWith("recordPerson.input.givenName: contains an invisible, "
							+ "control or direction character");
					assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				}));
		}
		this.graphQl.documentName("recordPerson")
			.variable("input", map("givenName", "Siân", "familyName", "O'Brien-Ó Dálaigh"))
			.execute().path("recordPerson.userErrors").entityList(Object.class).hasSize(0);
		this.graphQl.documentName("declareInterest")
			.variable("input", map("personId", "p", "subject", "Shares", "type", "FINANCIAL", "declaredOn", "9999-12-31"))
			.execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
				.contains("Expected a date between 1900-01-01 and 2100-12-31, got 9999-12-31")));
		assertThat(count("MATCH (p:Person {familyName: 'Intruder'}) RETURN count(p)")).isZero();
	}

}
