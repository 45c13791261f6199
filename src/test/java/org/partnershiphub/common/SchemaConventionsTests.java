package org.partnershiphub.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.language.AstPrinter;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Relay-minded clients expect of the schema: connections with non-null edges and nodes and a total, cursors
 * that keep their place while rows are written, objects by id in bulk, and merged ids that still answer.
 */
@IntegrationTest
class SchemaConventionsTests extends GraphTestSupport {

	@Test
	void everyConnectionHasNonNullEdgesNodesAndATotal() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("graphql"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		List<ObjectTypeDefinition> connections = registry.getTypes(ObjectTypeDefinition.class)
			.stream()
			.filter(t -> t.getName().endsWith("Connection"))
			.toList();
		assertThat(connections).hasSizeGreaterThanOrEqualTo(11);
		for (ObjectTypeDefinition connection : connections) {
			String node = connection.getName().replace("Connection", "");
			assertThat(type(connection, "edges")).as(connection.getName()).isEqualTo("[" + node + "Edge!]!");
			assertThat(type(connection, "pageInfo")).isEqualTo("PageInfo!");
			assertThat(type(connection, "totalCount")).isEqualTo("Int!");
			ObjectTypeDefinition edge = registry.getType(node + "Edge", ObjectTypeDefinition.class).orElseThrow();
			assertThat(type(edge, "node")).as(edge.getName()).isEqualTo(node + "!");
			assertThat(type(edge, "cursor")).isEqualTo("String!");
		}
		assertThat(registry.getType("Connection")).as("a plain type named Connection confuses Relay tooling").isEmpty();
	}

	private static String type(ObjectTypeDefinition type, String field) {
		return type.getFieldDefinitions().stream().filter(f -> f.getName().equals(field)).findFirst()
			.map(FieldDefinition::getType).map(AstPrinter::printAst).orElse(null);
	}

	@Test
	void pagesKeepTheirPlaceWhileRowsAreAddedAndCountTheWhole() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		for (String name : List.of("Org A", "Org B", "Org C", "Org D", "Org E")) {
			fixtures.organisation(name, "CHARITY");
		}
		fixtures.organisation("Org Council", "LOCAL_AUTHORITY");
		String query = """
				query($after: String) { organisations(first: 2, after: $after, filter: {kind: CHARITY}) {
				  totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }""";
		var first = this.graphQl.document(query).execute();
		first.path("organisations.edges[*].node.name").entityList(String.class).containsExactly("Org A", "Org B");
		first.path("organisations.totalCount").entity(Integer.class).isEqualTo(5);
		String cursor = first.path("organisations.pageInfo.endCursor").entity(String.class).get();

		// Written while the client pages: before the cursor, and one removed after it.
		fixtures.organisation("Org AA", "CHARITY");
		cypher("MATCH (o:Organisation {name: 'Org C'}) DETACH DELETE o");

		var second = this.graphQl.document(query).variable("after", cursor).execute();
		second.path("organisations.edges[*].node.name").entityList(String.class).containsExactly("Org D", "Org E");
		second.path("organisations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("organisations.totalCount").entity(Integer.class).isEqualTo(5);
	}

	@Test
	void aCursorOfAnotherShapeIsTheCallersError() {
		String oneKey = java.util.Base64.getEncoder().encodeToString("K_sOrg A".getBytes());
		this.graphQl.document("query($after: String) { organisations(first: 2, after: $after) { totalCount } }")
			.variable("after", oneKey)
			.execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(e.getMessage()).startsWith("after: not a cursor of this list");
			}));
	}

	@Test
	void aCursorOfAnotherShapeIsRefusedOnABoardsMeetingsToo() {
		String board = new Fixtures(this.graphQl).board("Southmere ICB Board", "ICB_BOARD",
				new Fixtures(this.graphQl).organisation("Southmere ICB", "INTEGRATED_CARE_BOARD"));
		String oneKey = java.util.Base64.getEncoder().encodeToString("K_sOrg A".getBytes());
		this.graphQl.document("query($id: ID!, $after: String) { node(id: $id) { ... on Board { "
				+ "meetings(first: 2, after: $after) { totalCount } } } }")
			.variable("id", board)
			.variable("after", oneKey)
			.execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(e.getMessage()).startsWith("after: not a cursor of this list");
			}));
	}

	@Test
	void aBoardsMeetingsArePagedNewestFirst() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String icb = fixtures.organisation("Southmere ICB", "INTEGRATED_CARE_BOARD");
		String board = fixtures.board("Southmere ICB Board", "ICB_BOARD", icb);
		for (String date : List.of("2025-01-10", "2025-03-14", "2025-02-07")) {
			fixtures.create("scheduleMeeting", Map.of("boardId", board, "date", date), "meeting");
		}
		String query = """
				query($id: ID!, $after: String) { node(id: $id) { ... on Board { meetings(first: 2, after: $after) {
				  totalCount edges { node { date } } pageInfo { endCursor hasNextPage } } } } }""";
		var first = this.graphQl.document(query).variable("id", board).execute();
		first.path("node.meetings.edges[*].node.date").entityList(String.class)
			.containsExactly("2025-03-14", "2025-02-07");
		first.path("node.meetings.totalCount").entity(Integer.class).isEqualTo(3);
		String cursor = first.path("node.meetings.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document(query).variable("id", board).variable("after", cursor).execute()
			.path("node.meetings.edges[*].node.date").entityList(String.class).containsExactly("2025-01-10")
			.path("node.meetings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void nodesAnswersManyIdsInOrderAndAMergedIdAnswersTheSurvivor() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String kept = fixtures.organisation("Harbour Care Ltd", "COMPANY");
		String merged = fixtures.organisation("Harbour Care Limited", "COMPANY");
		String person = fixtures.person("Tomas", "Brennan");
		this.graphQl.document("mutation($i: MergeInput!) { mergeOrganisations(input: $i) { keptId } }")
			.variable("i", map("keepId", kept, "mergeId", merged, "reason", "Same company"))
			.execute()
			.path("mergeOrganisations.keptId").entity(String.class).isEqualTo(kept);

		var answer = this.graphQl.document("""
				query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Organisation { name } ... on Person { displayName } } }""")
			.variable("ids", List.of(person, "no-such-id", merged))
			.execute();
		answer.path("nodes[0].displayName").entity(String.class).isEqualTo("Tomas Brennan")
			.path("nodes[1]").valueIsNull()
			.path("nodes[2].id").entity(String.class).isEqualTo(kept)
			.path("nodes[2].name").entity(String.class).isEqualTo("Harbour Care Ltd");
		assertThat(answer.returnResponse().getExtensions()).containsEntry("mergedInto", Map.of(merged, kept));

		this.graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", merged).execute()
			.path("node.id").entity(String.class).isEqualTo(kept);
	}

	@Test
	void moreThanAHundredIdsAreRefused() {
		List<String> ids = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "id" + i).toList();
		this.graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }").variable("ids", ids).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(e.getMessage()).contains("ids: at most 100");
			}));
	}

}
