package org.partnershiphub.support;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j (the official test harness) for the whole test JVM. Spring's context cache shares the
 * application context too; tests clean data between them instead of restarting anything.
 */
public final class TestNeo4j {

	private static Neo4j neo4j;

	private TestNeo4j() {
	}

	public static synchronized Neo4j instance() {
		if (neo4j == null) {
			neo4j = Neo4jBuilders.newInProcessBuilder()
				.withDisabledServer()
				.withConfig(GraphDatabaseSettings.pagecache_memory, Long.getLong("hub.test.page-cache-mb", 64) * 1024 * 1024)
				.build();
			Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
		}
		return neo4j;
	}

}
