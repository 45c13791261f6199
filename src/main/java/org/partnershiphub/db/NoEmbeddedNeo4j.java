package org.partnershiphub.db;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;

/**
 * A slim build ({@code -Dslim}) has no embedded Neo4j: started without {@code NEO4J_URI}, it stops at once and says
 * what to set, instead of failing later to connect to a database nobody started.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.neo4j.uri", havingValue = "embedded", matchIfMissing = true)
@ConditionalOnMissingClass(NoEmbeddedNeo4j.SERVER)
class NoEmbeddedNeo4j {

	/** The embedded server's entry point, absent from a slim build. */
	static final String SERVER = "org.neo4j.dbms.api.DatabaseManagementServiceBuilder";

	NoEmbeddedNeo4j() {
		throw new IllegalStateException("This build of the hub has no embedded Neo4j (it was built with -Dslim): set "
				+ "NEO4J_URI to a bolt:// or neo4j:// address, with NEO4J_USERNAME and NEO4J_PASSWORD");
	}

}
