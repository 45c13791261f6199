package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.imports.ImportService.Options;
import org.partnershiphub.interest.InterestType;
import org.partnershiphub.support.Benchmark;
import org.partnershiphub.support.BenchmarkResults;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.Latency;
import org.partnershiphub.support.SyntheticGraph;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports a generated register (default a million interest rows: 100,000 people with ten each, in 50,000
 * organisations) through the import path, then loads the same rows with plain UNWIND batches through the driver into
 * an emptied graph, and prints rows per second for both. {@code ./mvnw test -Pbenchmark -Dtest=ImportBenchmark
 * [-Dbenchmark.rows=100000]}.
 */
@Benchmark
public class ImportBenchmark extends GraphTestSupport {

	@Autowired
	ImportService imports;

	/** A published-layout register: each person's name on their first row, continuation rows after. */
	public static byte[] register(int rows, long seed) {
		Random random = new Random(seed);
		String[] types = { "Pecuniary Interest", "Non-Pecuniary Interest", "Financial interest", "Indirect",
				"Professional financial interest", "Personal non-financial interest" };
		String[] natures = { "Director", "Trustee", "Shareholder", "Member", "Governor", "Spouse is employed",
				"Partner", "Advisor", "Volunteer", "Registered patient" };
		StringBuilder csv = new StringBuilder(rows * 90);
		csv.append("Forename,Surname,Date of Declaration,Position / Role,Nature of Business / Organisation,"
				+ "Nature of Interest / Comments,Type of interest\n");
		int organisations = Math.max(10, rows / 20);
		for (int i = 0; i < rows; i++) {
			if (i % 10 == 0) {
				int person = i / 10;
				csv.append("Person").append(person).append(",Surname").append(person).append(",")
					.append(String.format("%02d/%02d/20%02d", 1 + random.nextInt(28), 1 + random.nextInt(12),
							20 + random.nextInt(6)))
					.append(",Member,");
			}
			else {
				csv.append(",,,,");
			}
			// Skewed: a tenth of the organisations get half the interests (federations, big trusts).
			int organisation = random.nextBoolean() ? random.nextInt(Math.max(1, organisations / 10))
					: random.nextInt(organisations);
			csv.append("Organisation ").append(organisation).append(" Ltd,")
				.append(natures[(i % 10)]).append(",")
				.append(types[random.nextInt(types.length)]).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The graph may be a benchmark's large synthetic one, too big to delete in one transaction. */
	@Override
	@BeforeEach
	protected void emptyGraph() {
		SyntheticGraph.clear(this.driver);
	}

	@Test
	void importThroughputAgainstPlainUnwind() {
		int rows = Integer.getInteger("benchmark.rows", 1_000_000);
		byte[] file = register(rows, 42);
		System.out.printf("%nImport benchmark: %,d interest rows, %,d bytes%n", rows, file.length);

		long start = System.nanoTime();
		ImportReport report = this.imports.importRegister(file, "generated.csv",
				new Options("Generated register", false, false, true, Map.of(), "benchmark"));
		double importSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(report.status()).as(String.valueOf(report.error())).isEqualTo(Status.APPLIED);
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(rows);

		start = System.nanoTime();
		ImportReport again = this.imports.importRegister(file, "generated.csv",
				new Options("Generated register", false, false, true, Map.of(), "benchmark"));
		double againSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(again.counts().recordsCreated()).isZero();

		SyntheticGraph.clear(this.driver);
		double unwindSeconds = unwind(Table.read(file, "generated.csv"));
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(rows);

		BenchmarkResults.add(this.driver, "Import of a generated register (%,d interest rows, %,d people)".formatted(rows,
				rows / 10), """
				| path | rows | seconds | rows per second |
				| --- | ---: | ---: | ---: |
				| import through ImportService (read, match, plan, write%s) | %,d | %.1f | %,.0f |
				| the same file again (all matched, nothing new written) | %,d | %.1f | %,.0f |
				| plain UNWIND batches of 10,000 via the driver, no checks | %,d | %.1f | %,.0f |
				""".formatted(rows > 50_000 ? " in committed batches" : " in one transaction", rows, importSeconds,
				rows / importSeconds, rows, againSeconds, rows / againSeconds, rows, unwindSeconds, rows / unwindSeconds));
	}

	/**
	 * Readers while a large register is imported: the same GraphQL read, back to back, first with nothing else
	 * running, then for as long as a {@code benchmark.import-rows} (200,000) row import runs; p50 and p95 of each.
	 * {@code ./mvnw test -Pbenchmark -Dtest=ImportBenchmark#readsWhileALargeImportRuns}.
	 */
	@Test
	void readsWhileALargeImportRuns() throws Exception {
		int rows = Integer.getInteger("benchmark.import-rows", 200_000);
		this.imports.importRegister(register(2_000, 3), "existing.csv",
				new Options("Existing register", false, false, true, Map.of(), "benchmark"));
		String person = this.driver.executableQuery("MATCH (p:Person) RETURN p.id AS id LIMIT 1").execute().records()
			.get(0).get("id").asString();
		Runnable read = () -> this.graphQl.document("query($id: ID!) { person(id: $id) { displayName interests { "
				+ "nature organisation { name } } } search(text: \"Surname1\", first: 10) { edges { node { score } } } }")
			.variable("id", person).execute().path("person.displayName").hasValue();
		Latency idle = Latency.measure("reads, nothing else running", 50, 200, read);
		byte[] file = register(rows, 11);
		java.util.concurrent.ExecutorService importer = java.util.concurrent.Executors.newSingleThreadExecutor();
		java.util.concurrent.Future<ImportReport> importing = importer.submit(() -> this.imports.importRegister(file,
				"large.csv", new Options("Large register", false, false, true, Map.of(), "benchmark")));
		List<Long> nanos = new ArrayList<>();
		long started = System.nanoTime();
		while (!importing.isDone()) {
			long t = System.nanoTime();
			read.run();
			nanos.add(System.nanoTime() - t);
		}
		double importSeconds = (System.nanoTime() - started) / 1e9;
		importer.shutdown();
		assertThat(importing.get().status()).isEqualTo(Status.APPLIED);
		long[] busy = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		BenchmarkResults.add(this.driver, "Reads while a %,d-row register is imported".formatted(rows), """
				| reads | count | p50 ms | p95 ms |
				| --- | ---: | ---: | ---: |
				| nothing else running | %d | %.1f | %.1f |
				| during the import (%.0f s) | %d | %.1f | %.1f |
				""".formatted(idle.runs(), idle.p50(), idle.p95(), importSeconds, busy.length,
				busy[busy.length / 2] / 1e6, busy[(int) Math.min(busy.length - 1, Math.ceil(busy.length * 0.95) - 1)] / 1e6));
	}

	/** The floor: people, organisations and interests created with UNWIND, one transaction per batch, no checks. */
	private double unwind(Table table) {
		List<Map<String, Object>> people = new ArrayList<>();
		List<Map<String, Object>> interests = new ArrayList<>();
		Map<String, String> organisations = new java.util.LinkedHashMap<>();
		String person = null;
		for (Table.Row row : table.rows().subList(1, table.rows().size())) {
			if (!row.cell(1).isEmpty()) {
				person = row.cell(1);
				people.add(map("id", person, "givenName", row.cell(0), "familyName", row.cell(1)));
			}
			organisations.putIfAbsent(row.cell(4), "o" + organisations.size());
			interests.add(map("id", "i" + interests.size(), "personId", person, "organisationId",
					organisations.get(row.cell(4)), "nature", row.cell(5), "type",
					InterestType.fromDeclared(row.cell(6)).orElseThrow().name()));
		}
		List<Map<String, Object>> orgs = organisations.entrySet().stream()
			.map(e -> map("id", e.getValue(), "name", e.getKey()))
			.toList();
		long start = System.nanoTime();
		batches("UNWIND $rows AS r CREATE (p:Person) SET p = r", people);
		batches("UNWIND $rows AS r CREATE (o:Organisation) SET o = r", orgs);
		batches("""
				UNWIND $rows AS r
				MATCH (p:Person {id: r.personId})
				MATCH (o:Organisation {id: r.organisationId})
				CREATE (p)<-[:DECLARED_BY]-(:Interest {id: r.id, nature: r.nature, type: r.type})-[:IN_ORGANISATION]->(o)
				""", interests);
		return (System.nanoTime() - start) / 1e9;
	}

	private void batches(String cypher, List<Map<String, Object>> rows) {
		for (int i = 0; i < rows.size(); i += ImportService.BATCH) {
			List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + ImportService.BATCH));
			this.driver.executableQuery(cypher).withParameters(Map.of("rows", batch)).execute();
		}
	}

}
