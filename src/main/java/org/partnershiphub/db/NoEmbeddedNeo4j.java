package org.partnershiphub.db;

import java.net.URI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A slim build ({@code -Dslim}) has no embedded Neo4j: started without {@code NEO4J_URI}, it stops as it creates
 * the driver and says what to set, instead of trying to connect to a database nobody started.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.neo4j.uri", havingValue = "embedded", matchIfMissing = true)
@ConditionalOnMissingClass(NoEmbeddedNeo4j.SERVER)
class NoEmbeddedNeo4j {

	/** The embedded server's entry point, absent from a slim build. */
	static final String SERVER = "org.neo4j.dbms.api.DatabaseManagementServiceBuilder";

	@Bean
	Neo4jConnectionDetails neo4jNotConfigured() {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				throw new IllegalStateException("This build of the hub has no embedded Neo4j (it was built with "
						+ "-Dslim): set NEO4J_URI to a bolt:// or neo4j:// address, with NEO4J_USERNAME and "
						+ "NEO4J_PASSWORD");
			}
		};
	}

}
