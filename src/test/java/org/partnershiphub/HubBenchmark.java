package org.partnershiphub;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.partnershiphub.imports.ImportService;
import org.partnershiphub.support.Benchmark;
import org.partnershiphub.support.BenchmarkResults;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.Latency;
import org.partnershiphub.support.RoundTripCounter;
import org.partnershiphub.support.SyntheticGraph;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six operations users depend on, side by side on the synthetic graph (national size unless
 * {@code -Dbenchmark.scale=small}) at 1, 4 and 16 concurrent clients: each as a GraphQL request to the running service
 * over HTTP (signed in as an officer), and as exactly the Cypher that request sent to Neo4j (recorded from the driver,
 * parameters and all) run straight through the Java driver in one transaction. {@code ./mvnw test -Pbenchmark
 * -Dtest=HubBenchmark}.
 */
@Benchmark
class HubBenchmark extends GraphTestSupport {

	private static final int[] CLIENTS = { 1, 4, 16 };

	private static final String AS_OF = "2025-06-01";

	private static final String OFFICER = "Basic "
			+ Base64.getEncoder().encodeToString("officer:officer".getBytes(StandardCharsets.UTF_8));

	/** Labels only the audit trail writes: its lock and append, which cannot be replayed (their sequence is taken). */
	private static final List<String> AUDIT_LABELS = List.of("__AuditHead", "ChangeRecord", "AuditEntry");

	@LocalServerPort
	private int port;

	@Autowired
	private ImportService imports;

	// HTTP/1.1: the default HTTP/2 would try an h2c upgrade the server does not offer.
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final AtomicInteger next = new AtomicInteger();

	/**
	 * An operation as a GraphQL document and its variables for the {@code n}th call; {@code variants} different
	 * variable sets are cycled through, each recorded once for the driver.
	 */
	private record Operation(String name, String document, int variants, IntFunction<String> variables) {
	}

	/** The synthetic graph is built once and shared, not emptied before each test. */
	@Override
	protected void emptyGraph() {
	}

	@Test
	void sixOperationsThroughGraphQlAndTheDriver() {
		SyntheticGraph.Scale scale = SyntheticGraph.Scale.configured();
		SyntheticGraph.ensure(this.driver, this.imports, scale, System.out);
		int runs = Integer.getInteger("benchmark.runs", 300);
		String subjects = json(ids("""
				MATCH (:Meeting {id: 'meeting-bench'})<-[:ON_AGENDA]-(:AgendaItem)-[:CONCERNS]->(s)
				RETURN s.id AS id ORDER BY id
				"""));
		List<String> deepDecisions = ids("""
				MATCH (d:Decision)-[:TAKEN_BY]->(:Board)<-[:DELEGATED_TO]-(:Delegation)-[:DELEGATED_BY]->(:Board)
				      <-[:DELEGATED_TO]-(:Delegation)-[:DELEGATED_BY]->(:Board)<-[:DELEGATED_TO]-(:Delegation)
				      -[:DELEGATED_BY]->(:Board)<-[:DELEGATED_TO]-(:Delegation)-[:DELEGATED_BY]->(:Board)
				RETURN DISTINCT d.id AS id ORDER BY id LIMIT 20
				""");
		assertThat(deepDecisions).hasSize(20);

		List<Operation> reads = List.of(
				new Operation("conflictCheck: one member against the meeting's 15 subjects", """
						query($p: ID!, $s: [ID!]!) { conflictCheck(personId: $p, subjectIds: $s, asOf: "%s") {
						  interest { id } interestType subject { ... on Node { id } } steps action path { nodes { id } } } }
						""".formatted(AS_OF), 5, n -> "{\"p\": \"person-" + (1001 + 2 * n) + "\", \"s\": " + subjects + "}"),
				new Operation("meetingConflicts: 20 members and a substitute, 15 items", """
						query($id: ID!) { meetingConflicts(meetingId: $id) { items { item { number } conflicts {
						  person { id } interestType steps action path { nodes { id } } } undeclared { person { id } }
						  exclusions { person { id } action } quorum { before { quorate }
						  after { quorate failures { side requirement } } } } } }
						""", 1, n -> "{\"id\": \"meeting-bench\"}"),
				new Operation("authorityChain: decisions six delegations deep", """
						query($id: ID!) { authorityChain(decisionId: $id) { verdict explanation chains { verdict
						  root { id } links { problems delegation { id scope financialLimit } } } } }
						""", deepDecisions.size(), n -> "{\"id\": \"" + deepDecisions.get(n) + "\"}"),
				new Operation("interests: a page of 50 of a large organisation's register", """
						query($o: ID!) { interests(first: 50, filter: {organisationId: $o, asOf: "%s"}) {
						  edges { node { id nature type declaredOn person { id displayName } } }
						  pageInfo { hasNextPage endCursor } } }
						""".formatted(AS_OF), 10, n -> "{\"o\": \"org-" + n + "\"}"),
				new Operation("boards -> members -> interests -> organisations (10 boards)", """
						query($after: String) { boards(first: 10, after: $after) { edges { node { id name
						  members { role person { displayName interests { nature type organisation { id name } } } } } } } }
						""", 10, n -> "{\"after\": " + (n == 0 ? "null" : "\"" + cursor(n * 10) + "\"") + "}"));

		List<List<List<Query>>> recordings = new ArrayList<>();
		for (Operation operation : reads) {
			List<List<Query>> recorded = new ArrayList<>();
			for (int v = 0; v < operation.variants(); v++) {
				int variant = v;
				String[] body = new String[1];
				recorded.add(RoundTripCounter.record(() -> body[0] = post(operation, variant)));
				if (v == 0) {
					System.out.printf("%s: %,d characters of response, %d round trips%n", operation.name(),
							body[0].length(), recorded.get(0).size());
				}
			}
			recordings.add(recorded);
		}
		// Until the JIT has compiled the paths every operation takes, the first measured would pay for it.
		for (int i = 0; i < reads.size(); i++) {
			Operation operation = reads.get(i);
			List<List<Query>> recorded = recordings.get(i);
			Latency.measure("warm-up", 4, 0, Latency.WARMUP, () -> post(operation, this.next.getAndIncrement() % operation.variants()));
			Latency.measure("warm-up", 4, 0, Latency.WARMUP,
					() -> replay(recorded.get(this.next.getAndIncrement() % operation.variants()), false));
		}

		List<String> table = new ArrayList<>(List.of("""
				| operation | clients | round trips | GraphQL p50 | p95 | p99 | per s | driver p50 | p95 | p99 | per s | GraphQL / driver p50 |
				| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"""));
		for (int i = 0; i < reads.size(); i++) {
			Operation operation = reads.get(i);
			List<List<Query>> recorded = recordings.get(i);
			for (int clients : CLIENTS) {
				Latency graphQl = Latency.measure("GraphQL", clients, 50, runs,
						() -> post(operation, this.next.getAndIncrement() % operation.variants()));
				Latency driver = Latency.measure("driver", clients, 50, runs,
						() -> replay(recorded.get(this.next.getAndIncrement() % operation.variants()), false));
				table.add(row(operation.name(), clients, recorded.get(0).size(), graphQl, driver));
			}
		}
		table.add(declareInterest(runs));
		BenchmarkResults.add(this.driver, "Six operations, GraphQL over HTTP and the same Cypher through the driver "
				+ "(times in ms)", String.join("\n", table));
	}

	/**
	 * declareInterest: each call a new interest with a new idempotency key. The driver runs the queries the request
	 * sent with fresh ids, keys and natures, except the audit trail's lock and append.
	 */
	private String declareInterest(int runs) {
		Operation operation = new Operation("declareInterest (mutation, audited)", """
				mutation($in: DeclareInterestInput!) { declareInterest(input: $in) { interest { id version }
				  userErrors { field message } } }
				""", Integer.MAX_VALUE, n -> """
				{"in": {"personId": "person-%d", "organisationId": "org-%d", "nature": "Benchmark declaration %d",
				 "typeAsDeclared": "Financial interest", "declaredOn": "%s", "idempotencyKey": "bench-%d"}}
				""".formatted(2_000 + n % 1000, n % 5000, n, AS_OF, n));
		String[] body = new String[1];
		int first = this.next.getAndIncrement();
		List<Query> recorded = RoundTripCounter.record(() -> body[0] = post(operation, first));
		String id = body[0].replaceAll("(?s).*\"interest\":\\{\"id\":\"([^\"]+)\".*", "$1");
		List<Query> replayable = recorded.stream()
			.filter(q -> AUDIT_LABELS.stream().noneMatch(q.text()::contains))
			.toList();
		System.out.printf("declareInterest: %d round trips, of which %d the audit trail's lock and append%n",
				recorded.size(), recorded.size() - replayable.size());
		Runnable graphQlCall = () -> post(operation, this.next.getAndIncrement());
		Runnable driverCall = () -> {
			int n = this.next.getAndIncrement();
			Map<Object, Object> fresh = new HashMap<>(Map.of(id, UUID.randomUUID().toString(), "bench-" + first,
					"bench-" + n, "Benchmark declaration " + first, "Benchmark declaration " + n));
			replay(recorded(replayable, fresh), true);
		};
		Latency.measure("warm-up", 4, 0, Latency.WARMUP, graphQlCall);
		Latency.measure("warm-up", 4, 0, Latency.WARMUP, driverCall);
		String table = "";
		for (int clients : CLIENTS) {
			Latency graphQl = Latency.measure("GraphQL", clients, 50, runs, graphQlCall);
			Latency driver = Latency.measure("driver", clients, 50, runs, driverCall);
			table += (table.isEmpty() ? "" : "\n") + row(operation.name(), clients, recorded.size(), graphQl, driver);
		}
		return table;
	}

	private static String row(String operation, int clients, int roundTrips, Latency graphQl, Latency driver) {
		return "| %s | %d | %d | %.2f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %.0f | %.2f |".formatted(operation, clients,
				roundTrips, graphQl.p50(), graphQl.p95(), graphQl.p99(), graphQl.perSecond(), driver.p50(), driver.p95(),
				driver.p99(), driver.perSecond(), graphQl.p50() / driver.p50());
	}

	/** The recorded queries with some parameter values (at the top level or in lists) swapped for others. */
	private static List<Query> recorded(List<Query> queries, Map<Object, Object> fresh) {
		return queries.stream().map(q -> {
			Map<String, Object> params = new HashMap<>(q.parameters().asMap());
			params.replaceAll((k, v) -> (v instanceof List<?> list) ? list.stream().map(e -> fresh.getOrDefault(e, e)).toList()
					: fresh.getOrDefault(v, v));
			return new Query(q.text(), params);
		}).toList();
	}

	/** Runs the queries in one transaction, reading every record of every result. */
	private void replay(List<Query> queries, boolean write) {
		try (Session session = this.driver.session()) {
			if (write) {
				session.executeWriteWithoutResult(tx -> queries.forEach(q -> tx.run(q).list()));
			}
			else {
				session.executeRead(tx -> queries.stream().map(q -> tx.run(q).list()).toList());
			}
		}
	}

	private String post(Operation operation, int n) {
		String body = "{\"query\": " + json(operation.document()) + ", \"variables\": " + operation.variables().apply(n) + "}";
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", OFFICER)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"") || response.body().contains("\"userErrors\":[{")) {
				throw new IllegalStateException(operation.name() + " failed: " + response.body());
			}
			return response.body();
		}
		catch (Exception ex) {
			throw (ex instanceof RuntimeException re) ? re : new IllegalStateException(ex);
		}
	}

	private List<String> ids(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("id").asString()).toList();
	}

	/** The cursor of the {@code n}th element, as the service encodes offsets (Spring GraphQL's default). */
	private static String cursor(int n) {
		return Base64.getEncoder().encodeToString(("O_" + (n - 1)).getBytes(StandardCharsets.UTF_8));
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

	private static String json(List<String> values) {
		return values.stream().map(HubBenchmark::json).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
	}

}
