package org.partnershiphub.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Brings the database up to date before the server takes requests: migrations, then (first start only) the demo
 * dataset. Both run while the context starts, so the web server only opens on a ready graph.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseSetup {

	private static final Log logger = LogFactory.getLog(DatabaseSetup.class);

	/**
	 * The driver logs through SLF4J, as the hub does, at the levels its logging settings give. Its default logger
	 * formatted every Bolt message it was handed, DEBUG or not: a fiftieth of a small read's CPU.
	 */
	@Bean
	ConfigBuilderCustomizer driverLogsThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

	@Bean
	Migrations migrations(Driver driver) {
		Migrations migrations = new Migrations(driver);
		migrations.apply();
		return migrations;
	}

	/** Loads neo4j/demo/demo-data.cypher in one transaction, once: a marker node records that it was loaded. */
	@Bean
	@ConditionalOnBooleanProperty("hub.demo-data.enabled")
	DemoDataLoaded demoData(Driver driver, Migrations migrations) {
		try (Session session = driver.session()) {
			boolean loaded = session.executeRead(tx -> tx.run("MATCH (m:__DemoData) RETURN count(m) > 0 AS loaded")
				.single().get("loaded").asBoolean());
			if (loaded) {
				logger.info("Demo data already loaded; leaving the graph as it is");
				return new DemoDataLoaded(false);
			}
			String script = readDemoScript();
			session.executeWriteWithoutResult(tx -> {
				CypherScript.statements(script).forEach(statement -> tx.run(statement).consume());
				tx.run("CREATE (:__DemoData {loadedAt: datetime()})").consume();
			});
			logger.info("Loaded the demo partnership (Brackenford and Eastwater)");
			return new DemoDataLoaded(true);
		}
	}

	static String readDemoScript() {
		try {
			return new ClassPathResource("neo4j/demo/demo-data.cypher").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record DemoDataLoaded(boolean justNow) {
	}

}
