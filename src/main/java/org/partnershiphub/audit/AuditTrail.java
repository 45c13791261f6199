package org.partnershiphub.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.neo4j.driver.Value;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Graph.Paged;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Params;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every change: who, when, which operation, which entities, their values before and
 * after. Records are appended in the transaction that made the change, numbered without gaps, and chained: each
 * holds a seal (HMAC-SHA256 with a key kept outside the database, see {@link AuditSeal}) of its content and of the
 * record before it, and the chain's head holds the last seal, so an edited, removed or inserted record breaks the
 * chain where it was touched, and nobody without the key can forge a new chain. Signed checkpoints of the head,
 * written outside the database, catch records removed from the end. Appends take the head's write lock, so they are
 * numbered in commit order.
 */
@Service
public class AuditTrail {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One entity's values before and after a change (null before a create, after a delete). */
	public record Change(String entityId, String label, Map<String, Object> before, Map<String, Object> after) {
	}

	/**
	 * A change record as read back, with its changes as JSON text.
	 *
	 * @param keyId the key its hash is sealed with; null for records written before the trail was keyed
	 */
	public record ChangeRecord(long seq, OffsetDateTime at, String actor, String operation, List<String> entityIds,
			String changes, String previousHash, String hash, String keyId) {
	}

	/** The result of checking the chain from the first record to the head. */
	public record Verification(boolean valid, long records, Long brokenAt, String problem) {
	}

	private final Graph graph;

	private final AuditSeal seal;

	private final Timer appends;

	AuditTrail(Graph graph, AuditSeal seal, MeterRegistry meters) {
		this.graph = graph;
		this.seal = seal;
		this.appends = Timer.builder("hub.audit.append")
			.description("Appending a change record, waiting for the chain's head included")
			.register(meters);
	}

	/** Appends a record inside the caller's transaction (there must be one). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String actor, String operation, List<Change> changes) {
		this.appends.record(() -> appendRecord(actor, operation, changes));
	}

	private void appendRecord(String actor, String operation, List<Change> changes) {
		List<String> ids = changes.stream().map(Change::entityId).distinct().toList();
		String body = json(changes.stream().map(c -> Params.of("entityId", c.entityId(), "label", c.label(), "before",
				canonical(c.before()), "after", canonical(c.after()))).toList());
		// Lock the head, then read it (the SET waits for the lock; RETURN reads after it): concurrent appends queue here
		// and chain in commit order. The lock is held to commit: this query, the write below and the commit.
		Map<String, Object> head = this.graph.query("""
				MERGE (h:__AuditHead {id: 1}) ON CREATE SET h.seq = 0, h.hash = ''
				SET h.locked = true
				RETURN h.seq AS seq, h.hash AS hash""", Map.of(), row -> row.asMap()).get(0);
		long seq = ((Number) head.get("seq")).longValue() + 1;
		String previous = (String) head.get("hash");
		OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
		String key = this.seal.currentKey();
		String hash = this.seal.seal(key, content(previous, seq, at, actor, operation, ids, body));
		this.graph.run("""
				MATCH (h:__AuditHead {id: 1})
				SET h.seq = $seq, h.hash = $hash
				REMOVE h.locked
				CREATE (c:ChangeRecord {id: $id, seq: $seq, at: $at, actor: $actor, operation: $operation,
				                        entityIds: $ids, changes: $body, previousHash: $previous, hash: $hash,
				                        keyId: $key})
				WITH c
				UNWIND $ids AS entityId
				CREATE (:AuditEntry {entityId: entityId, seq: $seq})
				""", Params.of("id", UUID.randomUUID().toString(), "seq", seq, "at", at, "actor", actor, "operation",
				operation, "ids", ids, "body", body, "previous", previous, "hash", hash, "key", key));
	}

	/** The head as the database has it: the last record's number and hash. */
	@Transactional(readOnly = true)
	public Map.Entry<Long, String> head() {
		List<Map.Entry<Long, String>> head = this.graph.query(
				"MATCH (h:__AuditHead {id: 1}) RETURN h.seq AS seq, h.hash AS hash", Map.of(),
				row -> Map.entry(row.get("seq").asLong(), row.get("hash").asString()));
		return head.isEmpty() ? Map.entry(0L, "") : head.get(0);
	}

	/** Writes a signed checkpoint of the head outside the database. */
	public void checkpoint() {
		Map.Entry<Long, String> head = head();
		this.seal.checkpoint(head.getKey(), head.getValue());
	}

	/** Records that an auditor was shown the details of these withheld interests. */
	@Transactional
	public void recordReads(String actor, Collection<String> interestIds) {
		append(actor, "readWithheldInterests",
				interestIds.stream().sorted().map(id -> new Change(id, Label.Interest.name(), null, null)).toList());
	}

	/** The changes to one entity, newest first. */
	@Transactional(readOnly = true)
	public Page<ChangeRecord> history(String entityId, Paging paging) {
		return this.graph.page(Paged.descending("""
				MATCH (e:AuditEntry {entityId: $id})
				MATCH (c:ChangeRecord {seq: e.seq})""", "c", "c.seq"), Params.of("id", entityId),
				row -> record(row.get("c")), paging);
	}

	/**
	 * Checks the trail against itself, its key and its checkpoints, in pages of 10,000 records: every checkpoint
	 * signed with the hub's key; records numbered without gaps, each following from the one before and sealed with a
	 * key the hub holds (records older than the first checkpoint may predate keys); each in the history index under
	 * every entity it names, and nothing else there; every checkpoint's record still holding the hash it had; the
	 * head where the chain ends, and not before the last checkpoint.
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		List<AuditSeal.Checkpoint> checkpoints = this.seal.checkpoints();
		for (AuditSeal.Checkpoint checkpoint : checkpoints) {
			if (!checkpoint.signed()) {
				return new Verification(false, 0, null, "checkpoint " + checkpoint.line()
						+ " is not signed with the hub's key: the checkpoint file was altered");
			}
		}
		Map<Long, AuditSeal.Checkpoint> attested = checkpoints.stream()
			.collect(Collectors.toMap(AuditSeal.Checkpoint::seq, c -> c, (a, b) -> a));
		long unkeyedUpTo = checkpoints.isEmpty() ? 0 : checkpoints.get(0).seq();
		String previous = "";
		long expected = 1;
		long indexed = 0;
		while (true) {
			List<Map.Entry<ChangeRecord, List<String>>> page = this.graph.query("""
					MATCH (c:ChangeRecord) WHERE c.seq >= $from
					WITH c ORDER BY c.seq LIMIT 10000
					RETURN c, [id IN c.entityIds WHERE NOT EXISTS { (:AuditEntry {entityId: id, seq: c.seq}) }] AS unindexed
					""", Map.of("from", expected),
					row -> Map.entry(record(row.get("c")), row.get("unindexed").asList(Value::asString)));
			for (Map.Entry<ChangeRecord, List<String>> entry : page) {
				ChangeRecord c = entry.getKey();
				if (c.seq() != expected) {
					return new Verification(false, expected - 1, expected, "record " + expected + " is missing");
				}
				if (!c.previousHash().equals(previous)) {
					return new Verification(false, expected - 1, c.seq(), "record " + c.seq()
							+ " does not follow from the record before it (previous hash differs)");
				}
				String content = content(c.previousHash(), c.seq(), c.at(), c.actor(), c.operation(), c.entityIds(),
						c.changes());
				if (c.keyId() == null && c.seq() > unkeyedUpTo) {
					return new Verification(false, expected - 1, c.seq(), "record " + c.seq()
							+ " is not sealed with a key (only records older than the first checkpoint may be)");
				}
				String recomputed = (c.keyId() != null) ? this.seal.seal(c.keyId(), content) : sha256(content);
				if (recomputed == null) {
					return new Verification(false, expected - 1, c.seq(), "record " + c.seq()
							+ " is sealed with key " + c.keyId() + ", which this hub does not hold");
				}
				if (!recomputed.equals(c.hash())) {
					return new Verification(false, expected - 1, c.seq(), "record " + c.seq()
							+ " was altered after it was written (its seal does not match its content)");
				}
				AuditSeal.Checkpoint checkpoint = attested.get(c.seq());
				if (checkpoint != null && !checkpoint.hash().equals(c.hash())) {
					return new Verification(false, expected - 1, c.seq(), "record " + c.seq()
							+ " is not the record the checkpoint of " + checkpoint.at() + " saw");
				}
				if (!entry.getValue().isEmpty()) {
					return new Verification(false, expected - 1, c.seq(), "the history index lost record " + c.seq()
							+ " for " + String.join(", ", entry.getValue()));
				}
				indexed += c.entityIds().size();
				previous = c.hash();
				expected++;
			}
			if (page.size() < 10000) {
				break;
			}
		}
		long last = expected - 1;
		Map.Entry<Long, String> head = head();
		if (head.getKey() != last || !head.getValue().equals(previous)) {
			return new Verification(false, last, expected, "the chain ends at record " + last
					+ " but its head says " + head.getKey() + ": records were removed from the end");
		}
		AuditSeal.Checkpoint latest = checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
		if (latest != null && latest.seq() > last) {
			return new Verification(false, last, last + 1, "the checkpoint of " + latest.at()
					+ " saw the trail reach record " + latest.seq() + ", but it now ends at " + last
					+ ": records were removed from the end");
		}
		long entries = this.graph.query("MATCH (e:AuditEntry) RETURN count(e) AS n", Map.of(),
				row -> row.get("n").asLong()).get(0);
		if (entries != indexed) {
			return new Verification(false, last, null, "the history index holds " + entries + " entries for "
					+ indexed + " named in the records: entries were added to it");
		}
		return new Verification(true, last, null, null);
	}

	/** Reads of the properties of nodes with these ids, one query across the labels the hub writes. */
	public Map<String, Change> snapshot(Collection<String> ids) {
		Map<String, Change> found = new TreeMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		// Register rows are a document's transcript, keyed by document and line, never named by id.
		String union = java.util.Arrays.stream(Label.values())
			.filter(l -> l != Label.RegisterRow)
			.map(l -> "MATCH (n:" + l.name() + " {id: id}) RETURN n, '" + l.name() + "' AS label")
			.collect(Collectors.joining("\n  UNION ALL\n  "));
		this.graph.query("UNWIND $ids AS id CALL (id) {\n  " + union + "\n}\nRETURN id, label, properties(n) AS p",
				Map.of("ids", List.copyOf(ids)), row -> new Change(row.get("id").asString(), row.get("label").asString(),
						null, row.get("p").asMap(AuditTrail::plain)))
			.forEach(c -> found.put(c.entityId(), c));
		return found;
	}

	private static Object plain(Value value) {
		Object object = value.asObject();
		return switch (object) {
			case String s -> s;
			case Number n -> n;
			case Boolean b -> b;
			case List<?> list -> list.stream().map(o -> (o instanceof String || o instanceof Number || o instanceof Boolean)
					? o : String.valueOf(o)).toList();
			case null -> null;
			default -> String.valueOf(object);
		};
	}

	private static Map<String, Object> canonical(Map<String, Object> properties) {
		return (properties != null) ? new TreeMap<>(properties) : null;
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/** What a record's seal covers: the hash before it and every field it holds. */
	static String content(String previous, long seq, OffsetDateTime at, String actor, String operation,
			List<String> ids, String body) {
		return String.join("\u0000", previous, Long.toString(seq), at.toInstant().toString(), String.valueOf(actor),
				operation, String.join(",", ids), body);
	}

	/** The unkeyed hash of records written before the trail was keyed. */
	static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ChangeRecord record(Value c) {
		return new ChangeRecord(c.get("seq").asLong(), c.get("at").asOffsetDateTime(), c.get("actor").asString(null),
				c.get("operation").asString(), c.get("entityIds").asList(Value::asString), c.get("changes").asString(),
				c.get("previousHash").asString(), c.get("hash").asString(), c.get("keyId").asString(null));
	}

	/** For callers that list what they changed without reading it back: ids and a summary only. */
	public static Change summary(String entityId, String label, Map<String, Object> after) {
		return new Change(entityId, label, null, new TreeMap<>(after));
	}

	static List<Change> changed(Map<String, Change> before, Map<String, Change> after) {
		List<Change> changes = new ArrayList<>();
		java.util.Set<String> ids = new java.util.TreeSet<>(before.keySet());
		ids.addAll(after.keySet());
		for (String id : ids) {
			Change b = before.get(id);
			Change a = after.get(id);
			Map<String, Object> bp = (b != null) ? b.after() : null;
			Map<String, Object> ap = (a != null) ? a.after() : null;
			if (!java.util.Objects.equals(bp, ap)) {
				changes.add(new Change(id, (a != null) ? a.label() : b.label(), bp, ap));
			}
		}
		return changes;
	}

}
