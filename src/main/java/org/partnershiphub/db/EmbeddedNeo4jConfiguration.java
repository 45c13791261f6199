package org.partnershiphub.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

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

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Neo4j inside the app when no external database is configured ({@code spring.neo4j.uri} unset or
 * {@code embedded}), so one command runs the whole product. The app still talks to it over Bolt on localhost,
 * through the same driver it would use for a server or cluster: one code path for both modes. Bolt asks for a
 * password (the {@code neo4j} user's), so another local process cannot read withheld interests or rewrite the audit
 * trail: the configured one, or one generated into the data folder at first start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.neo4j.uri", havingValue = "embedded", matchIfMissing = true)
@ConditionalOnClass(name = NoEmbeddedNeo4j.SERVER)
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
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.build();
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", boltPassword(properties, home)));
		}
		catch (RuntimeException ex) {
			// Set at an earlier start: Neo4j refuses to "change" a password to itself.
			if (ex.getMessage() == null || !ex.getMessage().contains("cannot be the same")) {
				service.shutdown();
				throw ex;
			}
		}
		logger.info("Embedded Neo4j started; data in " + home + "; Bolt at bolt://localhost:" + properties.boltPort()
				+ " (localhost only, user neo4j)");
		return service;
	}

	/** The configured password, or the one generated into the data folder (generated and logged once). */
	static String boltPassword(EmbeddedNeo4jProperties properties, Path home) {
		if (properties.boltPassword() != null && !properties.boltPassword().isBlank()) {
			return properties.boltPassword();
		}
		Path file = home.resolve("bolt-password");
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(home);
				byte[] random = new byte[18];
				new SecureRandom().nextBytes(random);
				Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n",
						StandardOpenOption.CREATE_NEW);
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ex) {
					// Not a POSIX file system: the folder's own permissions protect it.
				}
				logger.info("Generated a password for the embedded database's Bolt port (user neo4j) in " + file);
			}
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create " + file, ex);
		}
	}

	/** Points Spring Boot's driver at the embedded database, once it is up. */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j,
			EmbeddedNeo4jProperties properties) {
		String password = boltPassword(properties, properties.dataDir().toAbsolutePath().normalize());
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return URI.create("bolt://localhost:" + properties.boltPort());
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic("neo4j", password);
			}
		};
	}

}
