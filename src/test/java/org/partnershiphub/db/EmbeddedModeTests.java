package org.partnershiphub.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.partnershiphub.PartnershipHubApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
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
		int boltPort = freePort();
		String id;
		try (ConfigurableApplicationContext app = start(boltPort, true)) {
			assertThat(count(app, "MATCH (p:Person) RETURN count(p)")).isEqualTo(40);
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
			assertThat(count(app, "MATCH (p:Person) RETURN count(p)")).isEqualTo(40);
			try (var files = java.nio.file.Files.list(java.nio.file.Path.of("neo4j/migrations"))) {
				assertThat(count(app, "MATCH (m:__Migration) RETURN count(m)")).as("each migration applied once")
					.isEqualTo(files.count());
			}
		}
	}

	@Test
	void refusesToStartOnAMigrationThatWasEditedAfterItWasApplied() throws IOException {
		try (ConfigurableApplicationContext app = start(freePort(), false)) {
			Driver driver = app.getBean(Driver.class);
			driver.executableQuery("MATCH (m:__Migration {version: '0001'}) SET m.checksum = 'edited'").execute();
			assertThatIllegalStateException().isThrownBy(() -> new Migrations(driver).apply())
				.withMessageContaining("V0001 was changed after it was applied");
		}
	}

	private ConfigurableApplicationContext start(int boltPort, boolean demoData) {
		return new SpringApplicationBuilder(PartnershipHubApplication.class).run("--spring.neo4j.uri=embedded",
				"--hub.embedded.data-dir=" + this.dataDir, "--hub.embedded.bolt-port=" + boltPort,
				"--hub.embedded.page-cache=32MB", "--server.port=0", "--hub.demo-data.enabled=" + demoData);
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

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
