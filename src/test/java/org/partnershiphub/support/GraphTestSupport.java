package org.partnershiphub.support;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the end-to-end tests: points the app at the shared harness and empties the graph before each test. */
public abstract class GraphTestSupport {

	private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(30);

	/** Where the test apps keep the audit trail's key and checkpoints. */
	public static final String AUDIT_DIR = "target/test-audit";

	@Autowired
	protected HttpGraphQlTester graphQl;

	@Autowired
	protected Driver driver;

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", () -> TestNeo4j.instance().boltURI().toString());
		registry.add("spring.neo4j.authentication.password", () -> "");
	}

	/** Tests act as an officer (who may change things and see withheld details) unless they sign in otherwise. */
	@BeforeEach
	void signInAsAnOfficer() {
		this.graphQl = as("officer", "officer");
	}

	/** The tester signed in as a configured user, or anonymous (PUBLIC) when {@code name} is null. */
	protected HttpGraphQlTester as(String name, String password) {
		// The first requests of a JVM on two busy cores can outlast the clients' default five seconds.
		return this.graphQl.mutate().webTestClient(client -> client.responseTimeout(TIMEOUT)).headers(headers -> {
			headers.remove(org.springframework.http.HttpHeaders.AUTHORIZATION);
			if (name != null) {
				headers.setBasicAuth(name, password);
			}
		}).responseTimeout(TIMEOUT).build();
	}

	/**
	 * Benchmarks override this to keep their large graph between tests. The audit trail's checkpoints go with the
	 * graph: they are of a trail that no longer exists.
	 */
	@BeforeEach
	protected void emptyGraph() throws java.io.IOException {
		cypher("MATCH (n) WHERE NOT n:__Migration DETACH DELETE n");
		java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(AUDIT_DIR, "checkpoints"));
	}

	/** Runs Cypher straight through the driver: for building fixtures and for checking what was stored. */
	protected void cypher(String query, Object... namesAndValues) {
		this.driver.executableQuery(query).withParameters(org.partnershiphub.common.Params.of(namesAndValues)).execute();
	}

	protected long count(String query, Object... namesAndValues) {
		return this.driver.executableQuery(query)
			.withParameters(org.partnershiphub.common.Params.of(namesAndValues))
			.execute()
			.records()
			.get(0)
			.get(0)
			.asLong();
	}

	protected static Map<String, Object> map(Object... namesAndValues) {
		return org.partnershiphub.common.Params.of(namesAndValues);
	}

}
