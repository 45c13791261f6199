package org.partnershiphub.db;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.partnershiphub.PartnershipHubApplication;
import org.partnershiphub.support.FreePort;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The default run mode, for real: the app starts its own Neo4j in a data folder, loads the demo once, and a
 * restart finds everything written through the API still there.
 */
class EmbeddedModeTests {

	@TempDir
	Path dataDir;

	@Test
	void dataWrittenThroughTheApiSurvivesARestartAndTheDemoLoadsOnlyOnce() throws IOException {
		int boltPort = FreePort.next();
		String id;
		try (ConfigurableApplicationContext app = start(boltPort, true)) {
			assertThat(count(app, "MATCH (p:Person) RETURN count(p)")).isEqualTo(41);
			id = graphQl(app).document("""
					mutation { createOrganisation(input: {name: "Made Before Restart", kind: CHARITY}) {
					  organisation { id } } }""")
				.execute()
				.path("createOrganisation.organisation.id").entity(String.class).get();
		}
		try (ConfigurableApplicationContext app = start(boltPort, true)) {
			graphQl(app).document("query($id: ID!) { organisation(id: $id) { name } }")
				.variable("id", id)
				.execute()
				.path("organisation.name").entity(String.class).isEqualTo("Made Before Restart");
			assertThat(count(app, "MATCH (p:Person) RETURN count(p)")).isEqualTo(41);
			try (var files = java.nio.file.Files.list(java.nio.file.Path.of("neo4j/migrations"))) {
				assertThat(count(app, "MATCH (m:__Migration) RETURN count(m)")).as("each migration applied once")
					.isEqualTo(files.count());
			}
		}
	}

	@Test
	void whenOnlyWritesFailReadsAreStillServedAndHealthSaysSo() throws Exception {
		int boltPort = FreePort.next();
		try (ConfigurableApplicationContext app = start(boltPort, false)) {
			graphQl(app).document("mutation { createOrganisation(input: {name: \"Harbour Care Ltd\", kind: COMPANY}) { organisation { id } } }")
				.execute();
		}
		try (ConfigurableApplicationContext app = start(boltPort, false, "--hub.embedded.read-only=true")) {
			graphQl(app).document("{ organisations(first: 5) { edges { node { name } } } }")
				.execute()
				.path("organisations.edges[0].node.name").entity(String.class).isEqualTo("Harbour Care Ltd");
			graphQl(app).document("mutation { createOrganisation(input: {name: \"Other\", kind: COMPANY}) { organisation { id } } }")
				.execute()
				.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType().toString()).isEqualTo("UNAVAILABLE");
					assertThat(e.getMessage()).isEqualTo("The database is read-only at the moment: changes cannot be "
							+ "saved. Reads are still served.");
				}));
			WebTestClient web = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
				.build();
			web.get().uri("/actuator/health").exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.status").isEqualTo("READ_ONLY")
				.jsonPath("$.components.neo4jWrites.status").isEqualTo("READ_ONLY");
			web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.status").isEqualTo("UP");
		}
	}

	/** Another local process on the Bolt port needs the password: without it, no reading withheld interests. */
	@Test
	void theBoltPortAsksForThePasswordGeneratedIntoTheDataFolder() throws IOException {
		int boltPort = FreePort.next();
		try (ConfigurableApplicationContext app = start(boltPort, false)) {
			String uri = "bolt://localhost:" + boltPort;
			try (Driver anyone = org.neo4j.driver.GraphDatabase.driver(uri, org.neo4j.driver.AuthTokens.none())) {
				assertThatExceptionOfType(org.neo4j.driver.exceptions.AuthenticationException.class)
					.isThrownBy(() -> anyone.executableQuery("MATCH (i:Interest) RETURN i").execute());
			}
			try (Driver guess = org.neo4j.driver.GraphDatabase.driver(uri,
					org.neo4j.driver.AuthTokens.basic("neo4j", "neo4j"))) {
				assertThatExceptionOfType(org.neo4j.driver.exceptions.AuthenticationException.class)
					.isThrownBy(() -> guess.executableQuery("MATCH (i:Interest) RETURN i").execute());
			}
			String password = java.nio.file.Files.readString(this.dataDir.resolve("bolt-password")).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			try (Driver operator = org.neo4j.driver.GraphDatabase.driver(uri,
					org.neo4j.driver.AuthTokens.basic("neo4j", password))) {
				assertThat(operator.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
					.isOne();
			}
		}
	}

	@Test
	void refusesToStartOnAMigrationThatWasEditedAfterItWasApplied() throws IOException {
		try (ConfigurableApplicationContext app = start(FreePort.next(), false)) {
			Driver driver = app.getBean(Driver.class);
			driver.executableQuery("MATCH (m:__Migration {version: '0001'}) SET m.checksum = 'edited'").execute();
			assertThatIllegalStateException().isThrownBy(() -> new Migrations(driver).apply())
				.withMessageContaining("V0001 was changed after it was applied");
		}
	}

	private ConfigurableApplicationContext start(int boltPort, boolean demoData, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("--spring.neo4j.uri=embedded",
				"--hub.embedded.data-dir=" + this.dataDir, "--hub.embedded.bolt-port=" + boltPort,
				"--hub.embedded.page-cache=32MB", "--server.port=0", "--hub.demo-data.enabled=" + demoData));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(PartnershipHubApplication.class).run(args.toArray(String[]::new));
	}

	private static HttpGraphQlTester graphQl(ConfigurableApplicationContext app) {
		String port = app.getEnvironment().getProperty("local.server.port");
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeaders(headers -> headers.setBasicAuth("officer", "officer"))
			.build());
	}

	private static long count(ConfigurableApplicationContext app, String query) {
		return app.getBean(Driver.class).executableQuery(query).withParameters(Map.of()).execute()
			.records().get(0).get(0).asLong();
	}


}
