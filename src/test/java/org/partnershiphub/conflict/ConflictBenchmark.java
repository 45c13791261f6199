package org.partnershiphub.conflict;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.ProfiledPlan;
import org.partnershiphub.imports.ImportService;
import org.partnershiphub.support.Benchmark;
import org.partnershiphub.support.BenchmarkResults;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.Latency;
import org.partnershiphub.support.SyntheticGraph;
import org.partnershiphub.person.PersonRelationship;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code meetingConflicts} for a 20-member board with 15 items on a large synthetic graph (national scale: 100k
 * people, 1M interests), through the running service over HTTP and as the same two Cypher queries through the
 * driver. Not part of the default test run: {@code ./mvnw test -Pbenchmark} (add {@code -Dbenchmark.scale=small}
 * for a quick look).
 */
@Benchmark
class ConflictBenchmark extends GraphTestSupport {

	private static final String QUERY = """
			{"query": "query($id: ID!) { meetingConflicts(meetingId: $id) { items { item { number } conflicts { person { id } interestType steps action path { nodes { id } } } undeclared { person { id } } exclusions { person { id } action } quorum { before { quorate } after { quorate failures { side requirement } } } } } }", "variables": {"id": "meeting-bench"}}
			""";

	@LocalServerPort
	private int port;

	@Autowired
	private ImportService imports;

	/** The synthetic graph is built once and shared, not emptied before each test. */
	@Override
	protected void emptyGraph() {
	}

	@Test
	void meetingConflictsOnALargeGraph() throws Exception {
		SyntheticGraph.Scale scale = SyntheticGraph.Scale.configured();
		SyntheticGraph.ensure(this.driver, this.imports, scale, System.out);

		// HTTP/1.1: the default HTTP/2 would try an h2c upgrade the server does not offer.
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(QUERY))
			.build();
		String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		assertThat(body).contains("\"quorate\"").doesNotContain("\"errors\"");
		int conflicts = body.split("\"interestType\"").length - 1;

		try (Session session = this.driver.session()) {
			Record context = session.run(ConflictService.MEETING_CONTEXT, Map.of("meetingId", "meeting-bench")).single();
			List<String> people = new ArrayList<>(context.get("seats").asList(v -> v.get("person").get("id").asString()));
			List<String> subjects = new ArrayList<>();
			context.get("items").asList(v -> v.get("subjectIds").asList(Value::asString)).forEach(subjects::addAll);
			ProfiledPlan plan = session
				.run("PROFILE " + ConflictFinder.cypher(3),
						ConflictFinder.params(people, subjects, LocalDate.parse("2025-06-01"), 3,
								List.of(PersonRelationship.Kind.values())))
				.consume()
				.profile();
			System.out.printf("conflict query: %,d database hits for %d people and %d subjects%n", dbHits(plan),
					people.size(), subjects.size());
		}
		Latency graphQl = Latency.measure("meetingConflicts via GraphQL (HTTP)", Latency.WARMUP, 300, () -> {
			try {
				http.send(request, HttpResponse.BodyHandlers.discarding());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		Latency driver = Latency.measure("same Cypher via the Java driver", Latency.WARMUP, 300, this::rawDriver);
		Latency context = Latency.measure("of which the meeting context query", Latency.WARMUP, 300, this::contextOnly);

		BenchmarkResults.add(this.driver, "meetingConflicts: 20 members (+1 substitute), 15 items, %d conflicts found"
			.formatted(conflicts), String.join("\n", Latency.header(), graphQl.row(), driver.row(), context.row(),
					"", "GraphQL / driver at p50: %.2f".formatted(graphQl.p50() / driver.p50())));
	}

	/** The service's two queries, back to back in one read transaction, with nothing mapped. */
	private void rawDriver() {
		try (Session session = this.driver.session()) {
			session.executeRead(tx -> {
				Record context = tx.run(ConflictService.MEETING_CONTEXT, Map.of("meetingId", "meeting-bench")).single();
				LocalDate date = context.get("mt").get("date").asLocalDate();
				List<String> people = new ArrayList<>();
				context.get("seats").asList(v -> v.get("person").get("id").asString()).forEach(people::add);
				context.get("attendance").asList(v -> v.get("person").get("id").asString()).forEach(people::add);
				List<String> subjects = new ArrayList<>();
				context.get("items").asList(v -> v.get("subjectIds").asList(Value::asString)).forEach(subjects::addAll);
				return tx.run(ConflictFinder.cypher(3), ConflictFinder.params(people, subjects, date, 3, List.of(PersonRelationship.Kind.values()))).list();
			});
		}
	}

	private static long dbHits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(ConflictBenchmark::dbHits).sum();
	}

	private void contextOnly() {
		try (Session session = this.driver.session()) {
			session.executeRead(tx -> tx.run(ConflictService.MEETING_CONTEXT, Map.of("meetingId", "meeting-bench")).consume());
		}
	}

}
