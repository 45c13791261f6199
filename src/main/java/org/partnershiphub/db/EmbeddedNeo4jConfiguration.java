package org.partnershiphub.db;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Neo4j inside the app when no external database is configured ({@code spring.neo4j.uri} unset or
 * {@code embedded}), so one command runs the whole product. The app still talks to it over Bolt on localhost,
 * through the same driver it would use for a server or cluster: one code path for both modes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.neo4j.uri", havingValue = "embedded", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		Path home = properties.dataDir().toAbsolutePath().normalize();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", properties.boltPort()))
			.setConfig(HttpConnector.enabled, false)
			// Netty otherwise waits its default quiet period, adding seconds to every shutdown.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.setConfig(GraphDatabaseSettings.read_only_database_default, properties.readOnly())
			.build();
		logger.info("Embedded Neo4j started; data in " + home + "; Bolt at bolt://localhost:" + properties.boltPort()
				+ " (no authentication, localhost only)");
		return service;
	}

	/** Points Spring Boot's driver at the embedded database, once it is up. */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j,
			EmbeddedNeo4jProperties properties) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return URI.create("bolt://localhost:" + properties.boltPort());
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

}
