package org.partnershiphub.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.imports.ImportService;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditTests extends GraphTestSupport {

	private static final String HISTORY = """
			query($id: ID!) { history(id: $id) { edges { node { seq actor operation entityIds changes hash previousHash } } } }
			""";

	private static final String VERIFY = "{ verifyAuditTrail { valid records brokenAt problem } }";

	private static final String RENAME = """
			mutation($input: RenameOrganisationInput!) {
			  renameOrganisation(input: $input) { organisation { name version } userErrors { message } }
			}""";

	@Autowired
	ImportService imports;

	private Fixtures fixtures;

	private GraphQlTester auditor;

	@BeforeEach
	void signInBoth() {
		this.fixtures = new Fixtures(this.graphQl);
		this.auditor = as("auditor", "auditor");
	}

	@Test
	void everyChangeIsRecordedWithWhoWhatAndTheValuesBeforeAndAfter() {
		String harbour = this.fixtures.organisation("Harbour Care Ltd", "COMPANY");
		rename(this.graphQl, harbour, "Harbour Care Limited", null).path("renameOrganisation.organisation.version")
			.entity(Integer.class).isEqualTo(2);

		this.auditor.document(HISTORY).variable("id", harbour).execute()
			.path("history.edges[*].node.operation").entityList(String.class)
			.containsExactly("renameOrganisation", "createOrganisation")
			.path("history.edges[*].node.actor").entityList(String.class).containsExactly("officer", "officer")
			.path("history.edges[0].node.changes").entity(String.class).satisfies(changes -> assertThat(changes)
				.contains("\"before\":{").contains("\"name\":\"Harbour Care Ltd\"")
				.contains("\"after\":{").contains("\"name\":\"Harbour Care Limited\"")
				.contains("\"version\":2"));
		this.graphQl.document(HISTORY).variable("id", harbour).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		as(null, null).document(VERIFY).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
	}

	@Test
	void aRefusedChangeLeavesNoRecordAndAnImportLeavesOne() {
		this.graphQl.document(RENAME)
			.variable("input", map("organisationId", "nope", "name", "x"))
			.execute()
			.path("renameOrganisation.userErrors[0].message").entity(String.class).isEqualTo("No organisation with id nope");
		assertThat(count("MATCH (c:ChangeRecord) RETURN count(c)")).isZero();

		var report = this.imports.importRegister("""
				Forename,Surname,Date of Declaration,Position / Role,Nature of Business / Organisation,Nature of Interest / Comments,Type of interest
				Tomas,Brennan,02/11/2024,Lay Member,Harbour Care Ltd,Director,Pecuniary Interest
				""".getBytes(StandardCharsets.UTF_8), "r.csv", new ImportService.Options(null, false, false, true, Map.of(), "officer"));
		this.auditor.document(HISTORY).variable("id", report.sourceDocumentId()).execute()
			.path("history.edges[0].node.operation").entity(String.class).isEqualTo("importRegister")
			.path("history.edges[0].node.changes").entity(String.class)
			.satisfies(changes -> assertThat(changes).contains("\"created\":1").contains("\"peopleCreated\":1"));
	}

	@Test
	void theChainDetectsAnEditedARemovedAndATruncatedRecord() {
		for (int i = 0; i < 4; i++) {
			this.fixtures.organisation("Organisation " + i, "COMPANY");
		}
		this.auditor.document(VERIFY).execute()
			.path("verifyAuditTrail.valid").entity(Boolean.class).isEqualTo(true)
			.path("verifyAuditTrail.records").entity(Integer.class).isEqualTo(4);

		cypher("MATCH (c:ChangeRecord {seq: 2}) SET c.actor = 'someone else'");
		this.auditor.document(VERIFY).execute()
			.path("verifyAuditTrail.valid").entity(Boolean.class).isEqualTo(false)
			.path("verifyAuditTrail.brokenAt").entity(Integer.class).isEqualTo(2)
			.path("verifyAuditTrail.problem").entity(String.class)
			.isEqualTo("record 2 was altered after it was written (its seal does not match its content)");

		cypher("MATCH (c:ChangeRecord {seq: 2}) DELETE c");
		this.auditor.document(VERIFY).execute()
			.path("verifyAuditTrail.problem").entity(String.class).isEqualTo("record 2 is missing");

		cypher("MATCH (c:ChangeRecord) WHERE c.seq >= 2 DELETE c");
		this.auditor.document(VERIFY).execute()
			.path("verifyAuditTrail.problem").entity(String.class)
			.isEqualTo("the chain ends at record 1 but its head says 4: records were removed from the end");
	}

	/** Someone with the database's Bolt port, but not the hub's key or its checkpoints, tampers three ways. */
	@Test
	void theTrailHoldsAgainstAWriterWithDatabaseAccess(@Autowired AuditTrail trail, @Autowired AuditSeal seal) {
		for (int i = 0; i < 4; i++) {
			this.fixtures.organisation("Organisation " + i, "COMPANY");
		}
		trail.checkpoint();
		this.fixtures.organisation("Organisation 4", "COMPANY");
		verified(true, null);

		// 1. Remove the last records and move the head back to what is left: the checkpoint saw record 4.
		cypher("MATCH (c:ChangeRecord) WHERE c.seq >= 4 DETACH DELETE c");
		cypher("MATCH (e:AuditEntry) WHERE e.seq >= 4 DELETE e");
		cypher("MATCH (h:__AuditHead), (c:ChangeRecord {seq: 3}) SET h.seq = 3, h.hash = c.hash");
		verified(false, "saw the trail reach record 4, but it now ends at 3: records were removed from the end");

		emptyGraphAndCheckpoints();
		for (int i = 0; i < 3; i++) {
			this.fixtures.organisation("Organisation " + i, "COMPANY");
		}
		// 2. Delete an entity's rows from the history index: its history would look empty.
		cypher("MATCH (e:AuditEntry {seq: 2}) DELETE e");
		verified(false, "the history index lost record 2 for ");
		emptyGraphAndCheckpoints();
		for (int i = 0; i < 3; i++) {
			this.fixtures.organisation("Organisation " + i, "COMPANY");
		}

		// 3. Rewrite a record and recompute the chain after it, as the old unkeyed SHA-256 would have allowed.
		cypher("MATCH (c:ChangeRecord {seq: 2}) SET c.actor = 'someone else'");
		for (long seq = 2; seq <= 3; seq++) {
			var c = this.driver.executableQuery("MATCH (c:ChangeRecord {seq: $seq}) RETURN c").withParameters(
					Map.of("seq", seq)).execute().records().get(0).get("c");
			String forged = AuditTrail.sha256(AuditTrail.content(c.get("previousHash").asString(), seq,
					c.get("at").asOffsetDateTime(), c.get("actor").asString(), c.get("operation").asString(),
					c.get("entityIds").asList(org.neo4j.driver.Value::asString), c.get("changes").asString()));
			cypher("MATCH (c:ChangeRecord {seq: $seq}) SET c.hash = $hash REMOVE c.keyId", "seq", seq, "hash", forged);
			cypher("MATCH (c:ChangeRecord {seq: $next}) SET c.previousHash = $hash", "next", seq + 1, "hash", forged);
			cypher("MATCH (h:__AuditHead) WHERE h.seq = $seq SET h.hash = $hash", "seq", seq, "hash", forged);
		}
		verified(false, "record 2 is not sealed with a key (only records older than the first checkpoint may be)");
		// ... or with the hub's key id kept: the seal is not theirs to make.
		cypher("MATCH (c:ChangeRecord) SET c.keyId = $key", "key", seal.currentKey());
		verified(false, "record 2 was altered after it was written (its seal does not match its content)");
	}

	private void emptyGraphAndCheckpoints() {
		try {
			emptyGraph();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void verified(boolean valid, String problem) {
		var response = this.auditor.document(VERIFY).execute();
		response.path("verifyAuditTrail.valid").entity(Boolean.class).isEqualTo(valid);
		if (problem == null) {
			response.path("verifyAuditTrail.problem").valueIsNull();
		}
		else {
			response.path("verifyAuditTrail.problem").entity(String.class).satisfies(t -> assertThat(t).contains(problem));
		}
	}

	@Test
	void aStaleEditIsRefusedWithAConflictAndNothingIsLost() {
		String harbour = this.fixtures.organisation("Harbour Care Ltd", "COMPANY");
		rename(this.graphQl, harbour, "Harbour Care Limited", 1).path("renameOrganisation.organisation.version")
			.entity(Integer.class).isEqualTo(2);

		rename(as("admin", "admin"), harbour, "Harbour Care Group", 1).errors().satisfy(errors -> assertThat(errors)
			.singleElement()
			.satisfies(e -> {
				assertThat(e.getErrorType().toString()).isEqualTo("CONFLICT");
				assertThat(e.getMessage()).isEqualTo("Organisation " + harbour + " was changed by someone else since "
						+ "you read it: it is now at version 2, your edit was made to version 1. Read it again and "
						+ "reapply your change.");
			}));
		assertThat(count("MATCH (o:Organisation {name: 'Harbour Care Limited', version: 2}) RETURN count(o)")).isOne();
	}

	@Test
	void writersAtOnceChainTheirRecordsInCommitOrderWithNoGapsOrForks() throws Exception {
		String tomas = this.fixtures.person("Tomas", "Brennan");
		List<Callable<String>> writers = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			Fixtures officer = new Fixtures(as("officer", "officer"));
			int n = i;
			writers.add(() -> (n % 2 == 0) ? officer.organisation("Writer " + n + " Ltd", "COMPANY")
					: officer.person("Writer", "Number " + n));
		}
		for (String written : atOnce(writers)) {
			assertThat(written).isNotBlank();
		}
		this.auditor.document(VERIFY).execute()
			.path("verifyAuditTrail.valid").entity(Boolean.class).isEqualTo(true)
			.path("verifyAuditTrail.records").entity(Integer.class).isEqualTo(25);
		assertThat(count("MATCH (c:ChangeRecord) RETURN count(DISTINCT c.seq)")).isEqualTo(25);
		assertThat(count("MATCH (c:ChangeRecord) RETURN max(c.seq)")).isEqualTo(25);
		assertThat(tomas).isNotBlank();
	}

	@Test
	void ofTwoOfficersEditingTheSameVersionAtOnceOneWins() throws Exception {
		String harbour = this.fixtures.organisation("Harbour Care Ltd", "COMPANY");
		List<Callable<Boolean>> edits = new ArrayList<>();
		for (String name : List.of("Harbour Care Limited", "Harbour Care Group")) {
			GraphQlTester officer = as("officer", "officer");
			edits.add(() -> rename(officer, harbour, name, 1).returnResponse().getErrors().isEmpty());
		}
		long winners = atOnce(edits).stream().filter(won -> won).count();
		assertThat(winners).isOne();
		assertThat(count("MATCH (o:Organisation {version: 2}) RETURN count(o)")).isOne();
		this.auditor.document(HISTORY).variable("id", harbour).execute()
			.path("history.edges[*].node.operation").entityList(String.class)
			.containsExactly("renameOrganisation", "createOrganisation");
	}

	/** Runs the calls from as many threads (twelve at most), released together; their results in order. */
	private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(calls.size(), 12));
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void anAuditorsReadOfWithheldDetailsIsRecordedAndAnOfficersIsNot() {
		String tomas = this.fixtures.person("Tomas", "Brennan");
		String interest = this.graphQl.documentName("declareInterest")
			.variable("input", map("personId", tomas, "subject", "Shares in a supplier", "type", "FINANCIAL",
					"withheld", true))
			.execute()
			.path("declareInterest.interest.id").entity(String.class).get();
		String read = "query($id: ID!) { interest(id: $id) { nature subject } }";
		this.graphQl.document(read).variable("id", interest).execute().path("interest.subject").entity(String.class)
			.isEqualTo("Shares in a supplier");
		assertThat(count("MATCH (c:ChangeRecord {operation: 'readWithheldInterests'}) RETURN count(c)")).isZero();

		this.auditor.document(read).variable("id", interest).execute().path("interest.subject").entity(String.class)
			.isEqualTo("Shares in a supplier");

		assertThat(count("""
				MATCH (c:ChangeRecord {operation: 'readWithheldInterests', actor: 'auditor'})
				WHERE c.entityIds = [$id]
				RETURN count(c)""", "id", interest)).isOne();
		this.auditor.document(VERIFY).execute().path("verifyAuditTrail.valid").entity(Boolean.class).isEqualTo(true);
	}

	private GraphQlTester.Response rename(GraphQlTester tester, String id, String name, Integer expectedVersion) {
		return tester.document(RENAME)
			.variable("input", map("organisationId", id, "name", name, "expectedVersion", expectedVersion))
			.execute();
	}

}
