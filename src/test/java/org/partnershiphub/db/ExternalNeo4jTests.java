package org.partnershiphub.db;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * External mode against a real Neo4j server in Docker, as docker-compose runs it: migrations over Bolt with
 * authentication, then a write and a read through GraphQL. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hub.demo-data.enabled=false")
@AutoConfigureHttpGraphQlTester
class ExternalNeo4jTests {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1-community").withAdminPassword("hub-secret-1");

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", neo4j::getAdminPassword);
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void runsAgainstANeo4jServer() {
		String id = this.graphQl.mutate()
			.headers(headers -> headers.setBasicAuth("officer", "officer"))
			.build()
			.document("""
				mutation { createOrganisation(input: {name: "Server Trust", kind: NHS_TRUST}) { organisation { id } } }""")
			.execute()
			.path("createOrganisation.organisation.id").entity(String.class).get();
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Organisation { name } } }")
			.variable("id", id)
			.execute()
			.path("node.name").entity(String.class).isEqualTo("Server Trust");
	}

}
