package org.partnershiphub.authority;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.partnershiphub.imports.ImportService;
import org.partnershiphub.support.Benchmark;
import org.partnershiphub.support.BenchmarkResults;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.Latency;
import org.partnershiphub.support.SyntheticGraph;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code authorityChain} for decisions six delegations deep, and {@code connections} from a member of the
 * super-node board, on the large synthetic graph: through the running service over HTTP and as the same Cypher
 * through the driver. {@code ./mvnw test -Pbenchmark} (with {@code -Dbenchmark.scale=small} for a quick look).
 */
@Benchmark
class AuthorityBenchmark extends GraphTestSupport {

	@LocalServerPort
	private int port;

	/** The synthetic graph is built once and shared, not emptied before each test. */
	@Override
	protected void emptyGraph() {
	}

	@Autowired
	private AuthorityQueries queries;

	@Autowired
	private ImportService imports;

	@Autowired
	private org.springframework.graphql.ExecutionGraphQlService graphQlService;

	@Test
	void authorityChainAndConnectionsOnALargeGraph() throws Exception {
		SyntheticGraph.Scale scale = SyntheticGraph.Scale.configured();
		SyntheticGraph.ensure(this.driver, this.imports, scale, System.out);
		List<String> deep = this.driver.executableQuery("""
				MATCH (d:Decision)-[:TAKEN_BY]->(b:Board)<-[:DELEGATED_TO]-(:Delegation)-[:DELEGATED_BY]->(:Board)
				      <-[:DELEGATED_TO]-(:Delegation)-[:DELEGATED_BY]->(:Board)<-[:DELEGATED_TO]-(:Delegation)
				      -[:DELEGATED_BY]->(:Board)<-[:DELEGATED_TO]-(:Delegation)-[:DELEGATED_BY]->(:Board)
				RETURN DISTINCT d.id AS id ORDER BY id LIMIT 50
				""").execute().records().stream().map(r -> r.get("id").asString()).toList();
		assertThat(deep).hasSize(50);
		String member = this.driver.executableQuery("""
				MATCH (p:Person)<-[:HELD_BY]-(:Membership)-[:ON_BOARD]->(:Board {id: 'board-0'})
				RETURN p.id AS id ORDER BY id LIMIT 1
				""").execute().records().get(0).get("id").asString();

		// HTTP/1.1: the default HTTP/2 would try an h2c upgrade the server does not offer.
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		AtomicInteger next = new AtomicInteger();
		String chainQuery = "query($id: ID!) { authorityChain(decisionId: $id) { verdict chains { verdict root { id } "
				+ "links { problems delegation { id scope financialLimit } } } } }";
		String connectionQuery = "query($from: ID!, $to: ID!) { connections(fromId: $from, toId: $to, "
				+ "asOf: \"2025-06-01\") { length hops { type forward from { id } to { id } } } }";
		String first = post(http, chainQuery, "{\"id\": \"" + deep.get(0) + "\"}");
		assertThat(first).contains("\"verdict\"").doesNotContain("\"errors\"");
		String connection = post(http, connectionQuery, "{\"from\": \"" + member + "\", \"to\": \"fund-0\"}");
		assertThat(connection).contains("\"length\"").doesNotContain("\"errors\"");

		Latency chainGraphQl = Latency.measure("authorityChain via GraphQL (HTTP)", Latency.WARMUP, 300,
				() -> post(http, chainQuery, "{\"id\": \"" + deep.get(next.incrementAndGet() % 50) + "\"}"));
		Latency chainDriver = Latency.measure("authorityChain, same Cypher via the driver", Latency.WARMUP, 300,
				() -> run(AuthorityChains.QUERY, Map.of("decisionIds", List.of(deep.get(next.incrementAndGet() % 50)))));
		Latency floor = Latency.measure("{ __typename } via GraphQL (HTTP): the fixed cost", Latency.WARMUP, 300,
				() -> post(http, "{ __typename }", "{}"));
		Latency chainExecution = Latency.measure("authorityChain, GraphQL execution without HTTP", Latency.WARMUP, 300,
				() -> this.graphQlService.execute(new org.springframework.graphql.support.DefaultExecutionGraphQlRequest(
						chainQuery, null, Map.of("id", deep.get(next.incrementAndGet() % 50)), null,
						String.valueOf(next.get()), java.util.Locale.ENGLISH)).block());
		Latency chainService = Latency.measure("authorityChain, the service method (no HTTP, no GraphQL)", Latency.WARMUP, 300,
				() -> this.queries.authorityChain(deep.get(next.incrementAndGet() % 50)));
		Latency connectionGraphQl = Latency.measure("connections via GraphQL (HTTP)", Latency.WARMUP, 200,
				() -> post(http, connectionQuery, "{\"from\": \"" + member + "\", \"to\": \"fund-0\"}"));
		String connectionsCypher = Connections.cypher(Connections.DEFAULT_HOPS);
		Latency connectionDriver = Latency.measure("connections, same Cypher via the driver", Latency.WARMUP, 200,
				() -> run(connectionsCypher, Map.of("fromId", member, "toId", "fund-0", "asOf",
						java.time.LocalDate.parse("2025-06-01"), "withheld", false)));

		System.out.println("connection found: " + connection);
		List<String> rows = new java.util.ArrayList<>(List.of(Latency.header()));
		List.of(floor, chainGraphQl, chainExecution, chainService, chainDriver, connectionGraphQl, connectionDriver)
			.forEach(l -> rows.add(l.row()));
		rows.add("");
		rows.add("GraphQL / driver at p50: authorityChain %.2f, connections %.2f".formatted(
				chainGraphQl.p50() / chainDriver.p50(), connectionGraphQl.p50() / connectionDriver.p50()));
		BenchmarkResults.add(this.driver, "authorityChain six delegations deep; connections from a member of the "
				+ "500-seat board to a pooled fund", String.join("\n", rows));
	}

	private void run(String cypher, Map<String, Object> params) {
		try (Session session = this.driver.session()) {
			session.executeRead(tx -> tx.run(cypher, params).list());
		}
	}

	private String post(HttpClient http, String query, String variables) {
		String body = "{\"query\": \"" + query.replace("\"", "\\\"") + "\", \"variables\": " + variables + "}";
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
