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
import java.util.stream.Collectors;

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
		List<Migration> migrations = load();
		// Nothing new (every start but the first of a release): no lock, no write, so a read-only database starts too.
		if (pending(migrations).isEmpty()) {
			return;
		}
		createLockConstraint();
		try (Session lockSession = this.driver.session(); Transaction lock = lockSession.beginTransaction()) {
			logger.info("Taking the migration lock (another hub starting on this database may hold it)");
			// The unique constraint makes this MERGE take the index entry's lock: the second hub waits here.
			lock.run("MERGE (l:__MigrationLock {id: 1}) SET l.heldSince = datetime()").consume();
			// What the hub before us applied while we waited is not applied again.
			List<Migration> pending = pending(migrations);
			try (Session session = this.driver.session()) {
				for (Migration migration : pending) {
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
			lock.commit();
		}
	}

	/** The migrations not applied yet, in order; an applied one whose text has changed stops startup. */
	private List<Migration> pending(List<Migration> migrations) {
		Map<String, String> applied;
		try (Session session = this.driver.session()) {
			applied = session.run("MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum")
				.list(r -> Map.entry(r.get("version").asString(), r.get("checksum").asString()))
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		}
		for (Migration migration : migrations) {
			String checksum = applied.get(migration.version());
			if (checksum != null && !checksum.equals(migration.checksum())) {
				throw new IllegalStateException("Migration V" + migration.version() + " was changed after it was "
						+ "applied; add a new migration instead of editing " + migration.name());
			}
		}
		return migrations.stream().filter(m -> !applied.containsKey(m.version())).toList();
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
