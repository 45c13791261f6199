package org.partnershiphub.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j server on its own, in the process {@link Neo4jServerProcess} starts: the same Neo4j the hub embeds, from
 * the Maven artifacts, with Bolt on a port, authentication on and routing answered for {@code neo4j://}. Prints
 * {@code READY} when it takes connections; stops when its standard input closes (so it never outlives the test JVM)
 * or on a signal.
 * <p>
 * Arguments: the home folder, the Bolt port, the {@code neo4j} user's password.
 */
public final class Neo4jServerMain {

	private Neo4jServerMain() {
	}

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(args[1]);
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]))
			.setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", port))
			.setConfig(BoltConnector.advertised_address, new SocketAddress("localhost", port))
			.setConfig(GraphDatabaseSettings.routing_enabled, true)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
		try {
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", args[2]));
		}
		catch (RuntimeException ex) {
			if (ex.getMessage() == null || !ex.getMessage().contains("cannot be the same")) {
				throw ex;
			}
		}
		System.out.println("READY");
		System.out.flush();
		while (System.in.read() != -1) {
			// until the parent closes our input or dies
		}
		System.exit(0);
	}

}
