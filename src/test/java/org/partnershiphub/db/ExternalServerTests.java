package org.partnershiphub.db;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.partnershiphub.PartnershipHubApplication;
import org.partnershiphub.support.Neo4jServerProcess;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External mode against a real Neo4j server in its own process (started from Maven artifacts, so this runs on every
 * machine; {@link ExternalNeo4jTests} does the same with Docker where there is one): two hubs migrating one empty
 * database at once, GraphQL over {@code neo4j://} routing and over {@code bolt://}, and a database restart under a
 * running hub.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalServerTests {

	@TempDir
	static Path folder;

	static Neo4jServerProcess server;

	static Driver direct;

	@BeforeAll
	static void startServer() {
		server = new Neo4jServerProcess(folder.resolve("server"));
		server.start();
		direct = GraphDatabase.driver(server.uri("bolt"), AuthTokens.basic("neo4j", Neo4jServerProcess.PASSWORD));
	}

	@AfterAll
	static void stopServer() {
		direct.close();
		server.close();
	}

	@Test
	@Order(1)
	void twoHubsStartingTogetherApplyEachMigrationOnce() throws Exception {
		CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> hub("bolt", "a"));
		CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> hub("bolt", "b"));
		try (ConfigurableApplicationContext a = first.get(); ConfigurableApplicationContext b = second.get()) {
			long files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
				.getResources("classpath*:neo4j/migrations/V*.cypher").length;
			var migrations = direct.executableQuery("MATCH (m:__Migration) RETURN m.version AS version").execute()
				.records().stream().map(r -> r.get("version").asString()).toList();
			assertThat(migrations).hasSize((int) files).doesNotHaveDuplicates();
			assertThat(direct.executableQuery("MATCH (l:__MigrationLock) RETURN count(l) AS n").execute().records()
				.get(0).get("n").asLong()).as("the lock is released").isZero();
			// Both serve the same graph: what one writes, the other reads.
			String id = createOrganisation(a, "Written Through A");
			assertThat(readName(b, id)).isEqualTo("Written Through A");
		}
	}

	@Test
	@Order(2)
	void servesGraphQlOverNeo4jRouting() {
		try (ConfigurableApplicationContext hub = hub("neo4j", "routing")) {
			String id = createOrganisation(hub, "Routed Trust");
			assertThat(readName(hub, id)).isEqualTo("Routed Trust");
		}
	}

	@Test
	@Order(3)
	void readinessGoesDownWhileTheDatabaseRestartsAndTheHubCarriesOn() throws Exception {
		try (ConfigurableApplicationContext hub = hub("bolt", "restart")) {
			assertThat(readiness(hub)).isEqualTo(200);
			server.stop();
			assertThat(eventually(() -> readiness(hub), status -> status == 503)).isEqualTo(503);
			server.start();
			assertThat(eventually(() -> readiness(hub), status -> status == 200)).isEqualTo(200);
			String id = createOrganisation(hub, "After The Restart");
			assertThat(readName(hub, id)).isEqualTo("After The Restart");
		}
	}

	private static ConfigurableApplicationContext hub(String scheme, String name) {
		return new SpringApplicationBuilder(PartnershipHubApplication.class).run("--server.port=0",
				"--spring.neo4j.uri=" + server.uri(scheme), "--spring.neo4j.authentication.username=neo4j",
				"--spring.neo4j.authentication.password=" + Neo4jServerProcess.PASSWORD,
				"--hub.demo-data.enabled=false", "--hub.audit.dir=" + folder.resolve("audit-" + name),
				"--hub.audit.checkpoint-every=0s", "--hub.rate-limit.enabled=false",
				// A restart must be noticed quickly, and the pool must not hold on to dead connections.
				"--spring.neo4j.connection-timeout=2s", "--spring.neo4j.pool.connection-acquisition-timeout=5s");
	}

	private static String createOrganisation(ConfigurableApplicationContext hub, String name) {
		String body = post(hub, """
				{"query": "mutation($n: String!) { createOrganisation(input: {name: $n, kind: NHS_TRUST}) { organisation { id } } }",
				 "variables": {"n": "%s"}}""".formatted(name));
		assertThat(body).doesNotContain("\"errors\"");
		return body.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
	}

	private static String readName(ConfigurableApplicationContext hub, String id) {
		String body = post(hub, """
				{"query": "query($id: ID!) { node(id: $id) { ... on Organisation { name } } }", "variables": {"id": "%s"}}"""
			.formatted(id));
		return body.replaceAll("(?s).*\"name\":\"([^\"]+)\".*", "$1");
	}

	private static String post(ConfigurableApplicationContext hub, String json) {
		try {
			HttpRequest request = HttpRequest.newBuilder(url(hub, "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("officer:officer".getBytes()))
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.timeout(Duration.ofSeconds(60))
				.build();
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int readiness(ConfigurableApplicationContext hub) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(url(hub, "/actuator/health/readiness")).timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static URI url(ConfigurableApplicationContext hub, String path) {
		return URI.create("http://localhost:" + ((WebServerApplicationContext) hub).getWebServer().getPort() + path);
	}

	private static <T> T eventually(java.util.function.Supplier<T> probe, Predicate<T> until) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(60);
		T value = probe.get();
		while (!until.test(value) && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
			value = probe.get();
		}
		return value;
	}

}
