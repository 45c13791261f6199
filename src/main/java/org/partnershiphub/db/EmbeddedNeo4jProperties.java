package org.partnershiphub.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded Neo4j, used when no external {@code spring.neo4j.uri} is configured.
 *
 * @param dataDir where the database files live; survives restarts
 * @param boltPort the localhost port for Bolt, so tools such as cypher-shell can connect too
 * @param pageCache the page cache; Neo4j would otherwise take half the machine's memory
 * @param readOnly open the database read-only (a copy for reporting, say): reads are served, changes refused
 * @param boltPassword the password of the {@code neo4j} user on the Bolt port; when not given, one is generated into
 * {@code bolt-password} in the data folder at first start
 */
@ConfigurationProperties("hub.embedded")
public record EmbeddedNeo4jProperties(Path dataDir, int boltPort, DataSize pageCache, boolean readOnly,
		String boltPassword) {

	public EmbeddedNeo4jProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of("data");
		boltPort = (boltPort > 0) ? boltPort : 7687;
		pageCache = (pageCache != null) ? pageCache : DataSize.ofMegabytes(256);
	}

}
