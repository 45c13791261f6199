package org.partnershiphub.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Graph.Paged;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Params;
import org.partnershiphub.imports.ImportReport.Counts;
import org.partnershiphub.imports.ImportReport.Kind;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.interest.Regime;
import org.partnershiphub.source.SourceDocument.SourceDocumentKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files: reads the table, plans every row against the graph, and applies the plan in one transaction, or
 * nothing at all when a row could not be read (unless bad rows are to be skipped) or on a dry run. Importing the same
 * file again matches everything it created and changes nothing. Imports run one at a time.
 */
@Service
public class ImportService implements SmartInitializingSingleton {

	/** Labels of the records imports create, which carry the import's id. */
	private static final List<Label> STAMPED = List.of(Label.RegisterRow, Label.Interest, Label.NilReturn,
			Label.RegisterListing, Label.Membership, Label.Person, Label.Organisation, Label.SourceDocument,
			Label.AgendaItem);

	/** Rows per UNWIND query; every batch of a file runs in the file's one transaction. */
	static final int BATCH = 10_000;

	/**
	 * @param timeout how long one file's transaction may run (a national register of a million rows takes minutes)
	 */
	/**
	 * @param timeout how long one file's transaction may run
	 * @param transactionRows files of more rows than this are written in committed batches (a million-row register
	 * in one transaction needs over ten gigabytes of transaction memory); an interrupted one is removed, at the latest
	 * when the app next starts
	 */
	@ConfigurationProperties("hub.imports")
	public record Settings(Duration timeout, Integer transactionRows) {
		public Settings {
			timeout = (timeout != null) ? timeout : Duration.ofMinutes(30);
			transactionRows = (transactionRows != null) ? transactionRows : 50_000;
		}
	}

	/**
	 * @param source the title of the source document every imported fact will cite (default: the file name)
	 * @param dryRun report what would happen, write nothing
	 * @param skipBadRows apply the rows that could be read even when others could not
	 * @param endOmitted end a person's earlier interests that a newer register no longer lists
	 * @param mapping field name to header text or 1-based column number, for layouts the hub does not recognise
	 */
	/** @param regime the rules a register was kept under, which decide what its type words mean; null when not known */
	public record Options(String source, boolean dryRun, boolean skipBadRows, boolean endOmitted,
			Map<String, String> mapping, String importedBy, Regime regime) {

		public Options(String source, boolean dryRun, boolean skipBadRows, boolean endOmitted,
				Map<String, String> mapping, String importedBy) {
			this(source, dryRun, skipBadRows, endOmitted, mapping, importedBy, null);
		}

	}

	/** What a planned import will do, and how to write it. */
	record Plan(List<ReportLine> lines, int peopleCreated, int organisationsCreated, int created, int updated, int ended,
			Writer writer) {
	}

	interface Writer {

		void write(Batches batches);

	}

	/**
	 * Runs UNWIND queries over rows in batches, with {@code $rows}, {@code $documentId} and {@code $importId}. A small
	 * file's batches all run in its one transaction. A large file's {@link #create} batches each commit (every node
	 * they create carries the import's id, so an interrupted import can be removed), and its {@link #update} batches,
	 * the only ones that change records held before, wait for the final transaction.
	 */
	static final class Batches {

		private final Graph graph;

		private final String importId;

		private final String documentId;

		private final TransactionTemplate eachBatch;

		private final List<Runnable> deferred = new ArrayList<>();

		Batches(Graph graph, String importId, String documentId, TransactionTemplate eachBatch) {
			this.graph = graph;
			this.importId = importId;
			this.documentId = documentId;
			this.eachBatch = eachBatch;
		}

		/** Creates new records: stamps them with {@code $importId}. */
		void create(String cypher, List<Map<String, Object>> rows, Map<String, Object> params) {
			for (int i = 0; i < rows.size(); i += BATCH) {
				Map<String, Object> batch = params(rows.subList(i, Math.min(rows.size(), i + BATCH)), params);
				if (this.eachBatch != null) {
					this.eachBatch.executeWithoutResult(tx -> this.graph.run(cypher, batch));
				}
				else {
					this.graph.run(cypher, batch);
				}
			}
		}

		void create(String cypher, List<Map<String, Object>> rows) {
			create(cypher, rows, Map.of());
		}

		/** Changes records (new citations, dates): in the import's last transaction. */
		void update(String cypher, List<Map<String, Object>> rows, Map<String, Object> params) {
			Runnable run = () -> {
				for (int i = 0; i < rows.size(); i += BATCH) {
					this.graph.run(cypher, params(rows.subList(i, Math.min(rows.size(), i + BATCH)), params));
				}
			};
			if (this.eachBatch != null) {
				this.deferred.add(run);
			}
			else {
				run.run();
			}
		}

		void update(String cypher, List<Map<String, Object>> rows) {
			update(cypher, rows, Map.of());
		}

		private Map<String, Object> params(List<Map<String, Object>> batch, Map<String, Object> extra) {
			Map<String, Object> all = Params.of("rows", batch, "documentId", this.documentId, "importId", this.importId);
			all.putAll(extra);
			return all;
		}

		void runDeferred() {
			this.deferred.forEach(Runnable::run);
		}

	}

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final Graph graph;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Settings settings;

	private final Driver driver;

	private final TransactionTemplate eachBatch;

	private final MeterRegistry meters;

	ImportService(Graph graph, PlatformTransactionManager transactionManager, Settings settings, AuditTrail audit,
			Driver driver, MeterRegistry meters) {
		this.graph = graph;
		this.meters = meters;
		this.audit = audit;
		this.settings = settings;
		this.driver = driver;
		this.eachBatch = new TransactionTemplate(transactionManager);
		this.eachBatch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setTimeout((int) settings.timeout().toSeconds());
	}

	public ImportReport importRegister(byte[] file, String fileName, Options options) {
		return run(Kind.REGISTER, SourceDocumentKind.REGISTER_OF_INTERESTS, file, fileName, options,
				table -> new RegisterImport(this.graph, Directory.load(this.graph), options.endOmitted())
					.plan(RegisterReader.read(table, options.mapping(), options.regime())));
	}

	/**
	 * A board's roster: seats from {@code from} unless the file dates them; or, for a roster known only as at a date
	 * ({@code asAt}), seats held on that date whose start is unknown.
	 */
	public ImportReport importRoster(byte[] file, String fileName, String boardId, LocalDate from, LocalDate asAt,
			Options options) {
		return run(Kind.ROSTER, SourceDocumentKind.ROSTER, file, fileName, options, table -> {
			require(Label.Board, boardId, "board");
			return RosterImport.roster(this.graph, Directory.load(this.graph), boardId, from, asAt)
				.plan(table, options.mapping());
		});
	}

	/**
	 * A meeting's attendance list, as minuted: a CSV or XLSX table, or the minutes' own text (PRESENT, IN
	 * ATTENDANCE, APOLOGIES). Once applied, the meeting's attendance is complete: anyone else with a seat was absent.
	 */
	public ImportReport importAttendance(byte[] file, String fileName, String meetingId, Options options) {
		return run(Kind.ATTENDANCE, SourceDocumentKind.MINUTES, file, fileName, options, table -> {
			require(Label.Meeting, meetingId, "meeting");
			return RosterImport.attendance(this.graph, Directory.load(this.graph), meetingId).plan(table, options.mapping());
		});
	}

	/**
	 * A meeting's agenda: its printed text, or a table (CSV or XLSX) with a Title column. Items are found again by
	 * number on the meeting; what an item is for is left unknown where the agenda does not say.
	 */
	public ImportReport importAgenda(byte[] file, String fileName, String meetingId, Options options) {
		return run(Kind.AGENDA, SourceDocumentKind.AGENDA_PACK, file, fileName, options,
				bytes -> AgendaImport.read(bytes, fileName, options.mapping()), table -> {
					require(Label.Meeting, meetingId, "meeting");
					return new AgendaImport(this.graph, Directory.organisations(this.graph), meetingId).plan(table,
							options.mapping());
				});
	}

	/**
	 * A board's risk register (CSV or XLSX), long or wide; {@code quarter} is the quarter a file with no quarter
	 * column or headers stands for. Risks are found again by reference or title on that board's register.
	 */
	public ImportReport importRisks(byte[] file, String fileName, String boardId, String quarter, Options options) {
		return run(Kind.RISKS, SourceDocumentKind.RISK_REGISTER, file, fileName, options, table -> {
			require(Label.Board, boardId, "board");
			org.partnershiphub.risk.Risk.Quarter asAt = (quarter == null || quarter.isBlank()) ? null
					: org.partnershiphub.risk.Risk.Quarter.find(quarter)
						.orElseThrow(() -> new ImportException(0, "quarter \"" + quarter + "\" is not a financial year "
								+ "quarter (e.g. 2025/26 Q2)"));
			return new RiskRegisterImport(this.graph, Directory.load(this.graph), boardId, asAt).plan(table,
					options.mapping());
		});
	}

	/**
	 * A pooled fund's budget lines from a finance report (CSV or XLSX); {@code month} is the month a file with no
	 * Month column stands for.
	 */
	public ImportReport importBudget(byte[] file, String fileName, String fundId, String month, Options options) {
		return run(Kind.BUDGET, SourceDocumentKind.FINANCE_REPORT, file, fileName, options, table -> {
			require(Label.PooledFund, fundId, "pooled fund");
			java.time.YearMonth asAt = (month == null || month.isBlank()) ? null
					: org.partnershiphub.budget.BudgetLine.Month.find(month)
						.orElseThrow(() -> new ImportException(0, "month \"" + month + "\" does not name a month and "
								+ "year (e.g. Month 6 2025/26)"));
			return new BudgetImport(this.graph, fundId, asAt).plan(table, options.mapping());
		});
	}

	private void require(Label label, String id, String what) {
		if (!this.graph.exists(label, id)) {
			throw new ImportException(0, "no " + what + " with id " + id);
		}
	}

	/** Runs one import, timing it and counting its rows for {@code /actuator/prometheus}, by kind and status. */
	private ImportReport run(Kind kind, SourceDocumentKind documentKind, byte[] file, String fileName, Options options,
			Function<Table, Plan> planner) {
		return run(kind, documentKind, file, fileName, options, bytes -> Table.read(bytes, fileName), planner);
	}

	private ImportReport run(Kind kind, SourceDocumentKind documentKind, byte[] file, String fileName, Options options,
			Function<byte[], Table> reader, Function<Table, Plan> planner) {
		ImportReport report = execute(kind, documentKind, file, fileName, options, reader, planner);
		Tags tags = Tags.of("kind", kind.name(), "status", report.status().name());
		Timer.builder("hub.imports").description("Imports, by kind and outcome").tags(tags).register(this.meters)
			.record(Duration.ofMillis(report.millis()));
		Counter.builder("hub.imports.rows").description("Rows read by imports; with hub.imports, rows per second")
			.tags(tags).register(this.meters).increment(report.counts() == null ? 0 : report.counts().rows());
		return report;
	}

	private ImportReport execute(Kind kind, SourceDocumentKind documentKind, byte[] file, String fileName,
			Options options, Function<byte[], Table> reader, Function<Table, Plan> planner) {
		OffsetDateTime started = OffsetDateTime.now();
		long start = System.nanoTime();
		String hash = sha256(file);
		String source = (options.source() != null && !options.source().isBlank()) ? options.source().strip()
				: (fileName != null ? fileName : "Imported " + kind.name().toLowerCase());
		Header header = new Header(UUID.randomUUID().toString(), kind, fileName, source, hash, options.importedBy(),
				started);
		Table table;
		try {
			table = reader.apply(file);
		}
		catch (ImportException ex) {
			return rejected(header, start, ex.getMessage(), List.of(), options.dryRun());
		}
		ImportReport[] result = new ImportReport[1];
		Batches[] chunked = new Batches[1];
		Plan[] planned = new Plan[1];
		try {
			this.transactions.executeWithoutResult(tx -> {
				// One import at a time: a second waits here, then sees everything the first created.
				this.graph.run("MERGE (l:__ImportLock {id: 1}) SET l.at = datetime() RETURN l.id", Map.of());
				this.graph.query("MATCH (r:ImportReport {status: 'RUNNING'}) RETURN r.id AS id, r.fileName AS file",
						Map.of(), row -> row).stream().findFirst().ifPresent(running -> {
							throw new ImportException(0, "another import (" + running.get("id").asString() + ", "
									+ running.get("file").asString(null) + ") is still being written; try again when it "
									+ "has finished");
						});
				long planning = System.nanoTime();
				Plan plan = planner.apply(table);
				planning = System.nanoTime() - planning;
				boolean failed = plan.lines().stream().anyMatch(l -> l.outcome() == Outcome.FAILED);
				Counts counts = Counts.of(plan.lines(), plan.peopleCreated(), plan.organisationsCreated(),
						plan.created(), plan.updated(), plan.ended());
				if (failed && !options.skipBadRows()) {
					tx.setRollbackOnly();
					long bad = counts.failed();
					result[0] = header.report(Status.REJECTED, bad + " row(s) could not be read; nothing was imported "
							+ "(fix them, or import again skipping bad rows)", null, start, zero(counts), plan.lines());
					return;
				}
				if (options.dryRun()) {
					tx.setRollbackOnly();
					result[0] = header.report(Status.DRY_RUN, null, null, start, counts, plan.lines());
					return;
				}
				String documentId = this.graph.query("""
						MERGE (d:SourceDocument {contentHash: $hash})
						  ON CREATE SET d.id = $id, d.title = $title, d.kind = $kind, d.fileName = $fileName,
						                d.recordedAt = datetime(), d.importId = $importId
						RETURN d.id AS id
						""", Params.of("hash", hash, "id", UUID.randomUUID().toString(), "title", source, "kind",
						documentKind.name(), "fileName", fileName, "importId", header.id()), row -> row.get("id").asString())
					.get(0);
				log.info("Import {} of {}: {} rows planned in {} ms; writing", header.id(), fileName,
						table.rows().size(), planning / 1_000_000);
				result[0] = header.report(Status.APPLIED, null, documentId, start, counts, plan.lines());
				if (table.rows().size() <= this.settings.transactionRows()) {
					write(plan, new Batches(this.graph, header.id(), documentId, null), result[0], options);
				}
				else {
					// Too large for one transaction: the report says RUNNING until the last batch commits.
					store(result[0], Status.RUNNING);
					chunked[0] = new Batches(this.graph, header.id(), documentId, this.eachBatch);
					planned[0] = plan;
				}
			});
			if (chunked[0] != null) {
				writeInBatches(planned[0], chunked[0], result[0], options);
				ImportReport written = result[0];
				result[0] = header.report(Status.APPLIED, null, written.sourceDocumentId(), start, written.counts(),
						written.lines());
			}
		}
		catch (ImportException ex) {
			return rejected(header, start, ex.getMessage(), List.of(), options.dryRun());
		}
		if (result[0].status() == Status.REJECTED) {
			store(result[0], Status.REJECTED);
		}
		return result[0];
	}

	/** Writes a planned file in the current transaction, with its report and its audit record. */
	private void write(Plan plan, Batches batches, ImportReport report, Options options) {
		long writing = System.nanoTime();
		plan.writer().write(batches);
		log.info("Import {} written in {} ms", report.id(), (System.nanoTime() - writing) / 1_000_000);
		store(report, Status.APPLIED);
		audit(report, options);
	}

	/**
	 * A large file: new records in committed batches, then, in one last transaction, every change to records held
	 * before, the report and the audit record. If anything fails, what the batches created is removed again.
	 */
	private void writeInBatches(Plan plan, Batches batches, ImportReport report, Options options) {
		long writing = System.nanoTime();
		try {
			plan.writer().write(batches);
			this.transactions.executeWithoutResult(tx -> {
				batches.runDeferred();
				this.graph.run("MATCH (r:ImportReport {id: $id}) SET r.status = 'APPLIED', r.millis = $millis",
						Map.of("id", report.id(), "millis", (System.nanoTime() - writing) / 1_000_000));
				audit(report, options);
			});
			log.info("Import {} written in {} ms, in batches", report.id(), (System.nanoTime() - writing) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed while writing; removing what it wrote", report.id(), ex);
			removeInterrupted(report.id(), "failed while writing; everything it had written was removed");
			throw new ImportException(0, "the import failed while writing and was undone; nothing was imported");
		}
	}

	/** Removes what an interrupted import created (stamped with its id) and marks its report REJECTED. */
	void removeInterrupted(String importId, String why) {
		try (Session session = this.driver.session()) {
			for (Label label : STAMPED) {
				session.run("""
						MATCH (n:%s {importId: $id})
						CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
						""".formatted(label.name()), Map.of("id", importId)).consume();
			}
			session.run("MATCH (r:ImportReport {id: $id}) SET r.status = 'REJECTED', r.error = $why",
					Map.of("id", importId, "why", "Interrupted: " + why)).consume();
		}
	}

	/** Imports a crash left half written are removed before the app takes requests. */
	@Override
	public void afterSingletonsInstantiated() {
		try (Session session = this.driver.session()) {
			session.run("MATCH (r:ImportReport {status: 'RUNNING'}) RETURN r.id AS id").list(r -> r.get("id").asString())
				.forEach(id -> {
					log.warn("Import {} was interrupted (the app stopped while writing it); removing what it wrote", id);
					removeInterrupted(id, "the app stopped while writing it; everything it had written was removed");
				});
		}
	}

	private void audit(ImportReport report, Options options) {
		Counts counts = report.counts();
		// Each imported fact cites the file; the trail records the import, its file and its report.
		Map<String, Object> summary = Params.of("kind", report.kind().name(), "fileName", report.fileName(),
				"contentHash", report.contentHash(), "rows", counts.rows(), "created", counts.recordsCreated(),
				"updated", counts.recordsUpdated(), "ended", counts.recordsEnded(), "peopleCreated",
				counts.peopleCreated(), "organisationsCreated", counts.organisationsCreated());
		this.audit.append(options.importedBy(), "import" + report.kind().name().charAt(0)
				+ report.kind().name().substring(1).toLowerCase(), List.of(
						AuditTrail.summary(report.sourceDocumentId(), Label.SourceDocument.name(), summary),
						AuditTrail.summary(report.id(), "ImportReport", summary)));
	}

	private ImportReport rejected(Header header, long start, String error, List<ReportLine> lines, boolean dryRun) {
		ImportReport report = header.report(Status.REJECTED, error, null, start, Counts.of(lines, 0, 0, 0, 0, 0), lines);
		if (!dryRun) {
			this.transactions.executeWithoutResult(tx -> store(report, Status.REJECTED));
		}
		return report;
	}

	private static Counts zero(Counts c) {
		return new Counts(c.rows(), c.imported(), c.merged(), c.guessed(), c.skipped(), c.failed(), 0, 0, 0, 0, 0);
	}

	/** The fields of a report known before the file is read. */
	private record Header(String id, Kind kind, String fileName, String source, String hash, String importedBy,
			OffsetDateTime started) {

		ImportReport report(Status status, String error, String documentId, long start, Counts counts,
				List<ReportLine> lines) {
			return new ImportReport(this.id, this.kind, this.fileName, this.source, documentId, this.hash, status, error,
					this.importedBy, this.started, (System.nanoTime() - start) / 1_000_000, counts, lines);
		}

	}

	private void store(ImportReport report, Status status) {
		List<ReportLine> kept = report.lines().stream()
			.filter(l -> l.outcome() != Outcome.IMPORTED)
			.limit(ImportReport.STORED_LINES)
			.toList();
		Counts c = report.counts();
		// MERGE: an import undone after its report was stored (as RUNNING) is reported again as REJECTED.
		this.graph.run("""
				MERGE (r:ImportReport {id: $id})
				SET r += {
				  kind: $kind, fileName: $fileName, source: $source, sourceDocumentId: $documentId,
				  contentHash: $hash, status: $status, error: $error, importedBy: $importedBy, startedAt: $startedAt,
				  millis: $millis, rows: $rows, imported: $imported, merged: $merged, guessed: $guessed,
				  skipped: $skipped, failed: $failed, peopleCreated: $peopleCreated,
				  organisationsCreated: $organisationsCreated, recordsCreated: $created, recordsUpdated: $updated,
				  recordsEnded: $ended, lineNumbers: $lineNumbers, lineOutcomes: $lineOutcomes, lineMessages: $lineMessages
				}
				""", Params.of("id", report.id(), "kind", report.kind().name(), "fileName", report.fileName(), "source",
				report.source(), "documentId", report.sourceDocumentId(), "hash", report.contentHash(), "status",
				status.name(), "error", report.error(), "importedBy", report.importedBy(), "startedAt",
				report.startedAt(), "millis", report.millis(), "rows", c.rows(), "imported", c.imported(), "merged",
				c.merged(), "guessed", c.guessed(), "skipped", c.skipped(), "failed", c.failed(), "peopleCreated",
				c.peopleCreated(), "organisationsCreated", c.organisationsCreated(), "created", c.recordsCreated(),
				"updated", c.recordsUpdated(), "ended", c.recordsEnded(), "lineNumbers",
				kept.stream().map(ReportLine::line).toList(), "lineOutcomes",
				kept.stream().map(l -> l.outcome().name()).toList(), "lineMessages",
				kept.stream().map(ReportLine::message).toList()));
	}

	public Optional<ImportReport> report(String id) {
		return this.graph.query("MATCH (r:ImportReport {id: $id}) RETURN r", Params.of("id", id), ImportService::report)
			.stream()
			.findFirst();
	}

	/** Past imports, newest first. */
	public Page<ImportReport> reports(Paging paging) {
		return this.graph.page(Paged.descending("MATCH (r:ImportReport)", "r", "r.startedAt", "r.id"), Map.of(),
				ImportService::report, paging);
	}

	private static ImportReport report(org.neo4j.driver.Record row) {
		var r = row.get("r");
		List<Long> numbers = r.get("lineNumbers").asList(v -> v.asLong());
		List<String> outcomes = r.get("lineOutcomes").asList(v -> v.asString());
		List<String> messages = r.get("lineMessages").asList(v -> v.asString());
		List<ReportLine> lines = new ArrayList<>();
		for (int i = 0; i < numbers.size(); i++) {
			lines.add(new ReportLine(numbers.get(i).intValue(), Outcome.valueOf(outcomes.get(i)), messages.get(i)));
		}
		return new ImportReport(r.get("id").asString(), Kind.valueOf(r.get("kind").asString()),
				r.get("fileName").asString(null), r.get("source").asString(null),
				r.get("sourceDocumentId").asString(null), r.get("contentHash").asString(),
				Status.valueOf(r.get("status").asString()), r.get("error").asString(null),
				r.get("importedBy").asString(null), r.get("startedAt").asOffsetDateTime(), r.get("millis").asLong(),
				new Counts(r.get("rows").asInt(), r.get("imported").asInt(), r.get("merged").asInt(),
						r.get("guessed").asInt(), r.get("skipped").asInt(), r.get("failed").asInt(),
						r.get("peopleCreated").asInt(), r.get("organisationsCreated").asInt(),
						r.get("recordsCreated").asInt(), r.get("recordsUpdated").asInt(),
						r.get("recordsEnded").asInt()),
				lines);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
