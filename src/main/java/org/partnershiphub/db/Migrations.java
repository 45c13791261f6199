package org.partnershiphub.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
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
 * Hubs starting together on one database take turns: the first creates {@code (:__MigrationLock {id: 1})} (a unique
 * constraint lets only one exist), migrates and deletes it; the others wait, then read what it applied. The lock is a
 * committed node rather than a transaction held open for the whole migration, which a server's transaction timeout
 * could end half-way. A hub that dies while migrating leaves the lock behind; after {@link #STALE} the next hub takes
 * it over (the log says so).
 */
public final class Migrations {

	private static final Log logger = LogFactory.getLog(Migrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d{4})__(\\w+)\\.cypher");

	/** A lock older than this was left by a hub that died while migrating. */
	static final Duration STALE = Duration.ofMinutes(10);

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
		String holder = UUID.randomUUID().toString();
		lock(holder);
		try (Session session = this.driver.session()) {
			// What a hub before us applied while we waited is not applied again.
			for (Migration migration : pending(migrations)) {
				for (String statement : CypherScript.statements(migration.text())) {
					session.run(statement).consume();
				}
				// New indexes and constraints populate in the background: the next migration may rely on them.
				session.run("CALL db.awaitIndexes(300)").consume();
				session.run("""
						CREATE (:__Migration {version: $version, name: $name, checksum: $checksum, appliedAt: datetime()})
						""", Map.of("version", migration.version(), "name", migration.name(), "checksum",
						migration.checksum())).consume();
				logger.info("Applied migration " + migration.name());
			}
		}
		finally {
			try (Session session = this.driver.session()) {
				session.run("MATCH (l:__MigrationLock {id: 1, holder: $holder}) DELETE l", Map.of("holder", holder))
					.consume();
			}
		}
	}

	/** Waits for the migration lock and takes it. */
	private void lock(String holder) {
		boolean told = false;
		while (true) {
			try (Session session = this.driver.session()) {
				session.run("CREATE (:__MigrationLock {id: 1, holder: $holder, heldSince: datetime()})",
						Map.of("holder", holder)).consume();
				return;
			}
			catch (ClientException ex) {
				if (!"Neo.ClientError.Schema.ConstraintValidationFailed".equals(ex.code())) {
					throw ex;
				}
				try (Session session = this.driver.session()) {
					long stale = session.run("""
							MATCH (l:__MigrationLock {id: 1}) WHERE l.heldSince < datetime() - duration($stale)
							DELETE l RETURN count(*) AS n""", Map.of("stale", STALE.toString())).single().get("n").asLong();
					if (stale > 0) {
						logger.warn("Took over a migration lock older than " + STALE + ": a hub died while migrating");
					}
				}
				if (!told) {
					logger.info("Waiting for another hub to finish applying migrations to this database");
					told = true;
				}
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted waiting for the migration lock", interrupted);
				}
			}
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

	/**
	 * The migration files on the classpath, by version. A classpath can list one folder twice (a launcher's manifest
	 * and the folder itself): the same file found twice counts once; two different files with one version stop
	 * startup.
	 */
	private static List<Migration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:neo4j/migrations/V*.cypher");
			Map<String, Migration> byVersion = new TreeMap<>();
			for (Migration migration : Arrays.stream(resources).map(Migrations::read).toList()) {
				Migration other = byVersion.putIfAbsent(migration.version(), migration);
				if (other != null && !other.checksum().equals(migration.checksum())) {
					throw new IllegalStateException("Two migrations numbered V" + migration.version() + ": "
							+ other.name() + " and " + migration.name());
				}
			}
			return List.copyOf(byVersion.values());
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
