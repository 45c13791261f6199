package org.partnershiphub.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies {@code neo4j/migrations/V<nnnn>__<Description>.cypher} in version order, each once, recording
 * {@code (:__Migration {version, checksum})}. An applied file whose text has changed stops startup: migrations are
 * never edited once merged, a new file is added instead. Schema statements run one per auto-commit transaction,
 * as Neo4j requires.
 * <p>
 * Hubs starting together on one database take turns: each holds a write lock on {@code (:__MigrationLock)} in an
 * open transaction while it migrates, and the next reads what the first applied once it has the lock. The lock is the
 * database's own, so a hub that dies holding it releases it with its connection.
 */
public final class Migrations {

	private static final Log logger = LogFactory.getLog(Migrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d{4})__(\\w+)\\.cypher");

	private final Driver driver;

	public Migrations(Driver driver) {
		this.driver = driver;
	}

	public void apply() {
		createLockConstraint();
		try (Session lockSession = this.driver.session(); Transaction lock = lockSession.beginTransaction()) {
			logger.info("Taking the migration lock (another hub starting on this database may hold it)");
			// The unique constraint makes this MERGE take the index entry's lock: the second hub waits here.
			lock.run("MERGE (l:__MigrationLock {id: 1}) SET l.heldSince = datetime()").consume();
			applyAll();
			lock.commit();
		}
	}

	/** The lock node's constraint; two hubs creating it at once may see the other's and are told so: both fine. */
	private void createLockConstraint() {
		String create = "CREATE CONSTRAINT migration_lock IF NOT EXISTS FOR (l:__MigrationLock) REQUIRE l.id IS UNIQUE";
		try (Session session = this.driver.session()) {
			session.run(create).consume();
		}
		catch (ClientException | TransientException ex) {
			try (Session session = this.driver.session()) {
				session.run(create).consume();
			}
		}
	}

	private void applyAll() {
		try (Session session = this.driver.session()) {
			for (Migration migration : load()) {
				String applied = session
					.run("MATCH (m:__Migration {version: $version}) RETURN m.checksum AS checksum",
							Map.of("version", migration.version()))
					.list(r -> r.get("checksum").asString())
					.stream()
					.findFirst()
					.orElse(null);
				if (migration.checksum().equals(applied)) {
					continue;
				}
				if (applied != null) {
					throw new IllegalStateException("Migration V" + migration.version() + " was changed after it was "
							+ "applied; add a new migration instead of editing " + migration.name());
				}
				for (String statement : CypherScript.statements(migration.text())) {
					session.run(statement).consume();
				}
				session.run("""
						CREATE (:__Migration {version: $version, name: $name, checksum: $checksum, appliedAt: datetime()})
						""", Map.of("version", migration.version(), "name", migration.name(), "checksum",
						migration.checksum())).consume();
				logger.info("Applied migration " + migration.name());
			}
		}
	}

	private static List<Migration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:neo4j/migrations/V*.cypher");
			return Arrays.stream(resources).map(Migrations::read).sorted(Comparator.comparing(Migration::version)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Migration read(Resource resource) {
		Matcher matcher = NAME.matcher(resource.getFilename());
		if (!matcher.matches()) {
			throw new IllegalStateException("Migration file name must be V<nnnn>__<Description>.cypher: " + resource);
		}
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			return new Migration(matcher.group(1), resource.getFilename(), text, sha256(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Migration(String version, String name, String text, String checksum) {
	}

}
