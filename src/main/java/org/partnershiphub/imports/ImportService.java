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

import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.common.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Params;
import org.partnershiphub.imports.ImportReport.Counts;
import org.partnershiphub.imports.ImportReport.Kind;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.source.SourceDocument.SourceDocumentKind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files: reads the table, plans every row against the graph, and applies the plan in one transaction, or
 * nothing at all when a row could not be read (unless bad rows are to be skipped) or on a dry run. Importing the same
 * file again matches everything it created and changes nothing. Imports run one at a time.
 */
@Service
public class ImportService {

	/** Rows per UNWIND query; every batch of a file runs in the file's one transaction. */
	static final int BATCH = 10_000;

	/**
	 * @param timeout how long one file's transaction may run (a national register of a million rows takes minutes)
	 */
	@ConfigurationProperties("hub.imports")
	public record Settings(Duration timeout) {
		public Settings {
			timeout = (timeout != null) ? timeout : Duration.ofMinutes(30);
		}
	}

	/**
	 * @param source the title of the source document every imported fact will cite (default: the file name)
	 * @param dryRun report what would happen, write nothing
	 * @param skipBadRows apply the rows that could be read even when others could not
	 * @param endOmitted end a person's earlier interests that a newer register no longer lists
	 * @param mapping field name to header text or 1-based column number, for layouts the hub does not recognise
	 */
	public record Options(String source, boolean dryRun, boolean skipBadRows, boolean endOmitted,
			Map<String, String> mapping, String importedBy) {
	}

	/** What a planned import will do, and how to write it. */
	record Plan(List<ReportLine> lines, int peopleCreated, int organisationsCreated, int created, int updated, int ended,
			Writer writer) {
	}

	interface Writer {

		void write(Batches batches, String sourceDocumentId);

	}

	/** Runs an UNWIND query over rows in batches, inside the surrounding transaction. */
	record Batches(Graph graph) {

		void run(String cypher, List<Map<String, Object>> rows) {
			run(cypher, rows, null);
		}

		void run(String cypher, List<Map<String, Object>> rows, String documentId) {
			run(cypher, rows, documentId, Map.of());
		}

		void run(String cypher, List<Map<String, Object>> rows, String documentId, Map<String, Object> params) {
			for (int i = 0; i < rows.size(); i += BATCH) {
				Map<String, Object> all = Params.of("rows", rows.subList(i, Math.min(rows.size(), i + BATCH)),
						"documentId", documentId);
				all.putAll(params);
				this.graph.run(cypher, all);
			}
		}

	}

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final Graph graph;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	ImportService(Graph graph, PlatformTransactionManager transactionManager, Settings settings, AuditTrail audit) {
		this.graph = graph;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setTimeout((int) settings.timeout().toSeconds());
	}

	public ImportReport importRegister(byte[] file, String fileName, Options options) {
		return run(Kind.REGISTER, SourceDocumentKind.REGISTER_OF_INTERESTS, file, fileName, options,
				table -> new RegisterImport(this.graph, Directory.load(this.graph), options.endOmitted())
					.plan(RegisterReader.read(table, options.mapping())));
	}

	/** A board's roster: seats from {@code from} unless the file dates them. */
	public ImportReport importRoster(byte[] file, String fileName, String boardId, LocalDate from, Options options) {
		return run(Kind.ROSTER, SourceDocumentKind.ROSTER, file, fileName, options, table -> {
			require(Label.Board, boardId, "board");
			return RosterImport.roster(this.graph, Directory.load(this.graph), boardId, from).plan(table, options.mapping());
		});
	}

	/** A meeting's attendance list, as minuted. */
	public ImportReport importAttendance(byte[] file, String fileName, String meetingId, Options options) {
		return run(Kind.ATTENDANCE, SourceDocumentKind.MINUTES, file, fileName, options, table -> {
			require(Label.Meeting, meetingId, "meeting");
			return RosterImport.attendance(this.graph, Directory.load(this.graph), meetingId).plan(table, options.mapping());
		});
	}

	private void require(Label label, String id, String what) {
		if (!this.graph.exists(label, id)) {
			throw new ImportException(0, "no " + what + " with id " + id);
		}
	}

	private ImportReport run(Kind kind, SourceDocumentKind documentKind, byte[] file, String fileName, Options options,
			Function<Table, Plan> planner) {
		OffsetDateTime started = OffsetDateTime.now();
		long start = System.nanoTime();
		String hash = sha256(file);
		String source = (options.source() != null && !options.source().isBlank()) ? options.source().strip()
				: (fileName != null ? fileName : "Imported " + kind.name().toLowerCase());
		Header header = new Header(UUID.randomUUID().toString(), kind, fileName, source, hash, options.importedBy(),
				started);
		Table table;
		try {
			table = Table.read(file, fileName);
		}
		catch (ImportException ex) {
			return rejected(header, start, ex.getMessage(), List.of(), options.dryRun());
		}
		ImportReport[] result = new ImportReport[1];
		try {
			this.transactions.executeWithoutResult(tx -> {
				// One import at a time: a second waits here, then sees everything the first created.
				this.graph.run("MERGE (l:__ImportLock {id: 1}) SET l.at = datetime() RETURN l.id", Map.of());
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
						                d.recordedAt = datetime()
						RETURN d.id AS id
						""", Params.of("hash", hash, "id", UUID.randomUUID().toString(), "title", source, "kind",
						documentKind.name(), "fileName", fileName), row -> row.get("id").asString()).get(0);
				log.info("Import {} of {}: {} rows planned in {} ms; writing", header.id(), fileName,
						table.rows().size(), planning / 1_000_000);
				long writing = System.nanoTime();
				plan.writer().write(new Batches(this.graph), documentId);
				log.info("Import {} written in {} ms", header.id(), (System.nanoTime() - writing) / 1_000_000);
				result[0] = header.report(Status.APPLIED, null, documentId, start, counts, plan.lines());
				store(result[0]);
				// Each imported fact cites the file; the trail records the import, its file and its report.
				Map<String, Object> summary = Params.of("kind", kind.name(), "fileName", fileName, "contentHash", hash,
						"rows", counts.rows(), "created", counts.recordsCreated(), "updated", counts.recordsUpdated(),
						"ended", counts.recordsEnded(), "peopleCreated", counts.peopleCreated(),
						"organisationsCreated", counts.organisationsCreated());
				this.audit.append(options.importedBy(), "import" + kind.name().charAt(0)
						+ kind.name().substring(1).toLowerCase(), List.of(
								AuditTrail.summary(documentId, Label.SourceDocument.name(), summary),
								AuditTrail.summary(header.id(), "ImportReport", summary)));
			});
		}
		catch (ImportException ex) {
			return rejected(header, start, ex.getMessage(), List.of(), options.dryRun());
		}
		if (result[0].status() == Status.REJECTED) {
			store(result[0]);
		}
		return result[0];
	}

	private ImportReport rejected(Header header, long start, String error, List<ReportLine> lines, boolean dryRun) {
		ImportReport report = header.report(Status.REJECTED, error, null, start, Counts.of(lines, 0, 0, 0, 0, 0), lines);
		if (!dryRun) {
			this.transactions.executeWithoutResult(tx -> store(report));
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

	private void store(ImportReport report) {
		List<ReportLine> kept = report.lines().stream()
			.filter(l -> l.outcome() != Outcome.IMPORTED)
			.limit(ImportReport.STORED_LINES)
			.toList();
		Counts c = report.counts();
		this.graph.run("""
				CREATE (r:ImportReport {
				  id: $id, kind: $kind, fileName: $fileName, source: $source, sourceDocumentId: $documentId,
				  contentHash: $hash, status: $status, error: $error, importedBy: $importedBy, startedAt: $startedAt,
				  millis: $millis, rows: $rows, imported: $imported, merged: $merged, guessed: $guessed,
				  skipped: $skipped, failed: $failed, peopleCreated: $peopleCreated,
				  organisationsCreated: $organisationsCreated, recordsCreated: $created, recordsUpdated: $updated,
				  recordsEnded: $ended, lineNumbers: $lineNumbers, lineOutcomes: $lineOutcomes, lineMessages: $lineMessages
				})
				""", Params.of("id", report.id(), "kind", report.kind().name(), "fileName", report.fileName(), "source",
				report.source(), "documentId", report.sourceDocumentId(), "hash", report.contentHash(), "status",
				report.status().name(), "error", report.error(), "importedBy", report.importedBy(), "startedAt",
				report.startedAt(), "millis", report.millis(), "rows", c.rows(), "imported", c.imported(), "merged",
				c.merged(), "guessed", c.guessed(), "skipped", c.skipped(), "failed", c.failed(), "peopleCreated",
				c.peopleCreated(), "organisationsCreated", c.organisationsCreated(), "created", c.recordsCreated(),
				"updated", c.recordsUpdated(), "ended", c.recordsEnded(), "lineNumbers",
				kept.stream().map(ReportLine::line).toList(), "lineOutcomes",
				kept.stream().map(l -> l.outcome().name()).toList(), "lineMessages",
				kept.stream().map(ReportLine::message).toList()));
	}

	public Optional<ImportReport> report(String id) {
		List<ImportReport> found = reports("MATCH (r:ImportReport {id: $id})", Params.of("id", id, "skip", 0, "limit", 1));
		return found.stream().findFirst();
	}

	/** Past imports, newest first. */
	public Window<ImportReport> reports(Paging paging) {
		return paging.window(reports("MATCH (r:ImportReport)", Params.of("skip", paging.skip(), "limit", paging.limit())));
	}

	private List<ImportReport> reports(String match, Map<String, Object> params) {
		return this.graph.query(match + """

				RETURN r
				ORDER BY r.startedAt DESC, r.id
				SKIP $skip
				LIMIT $limit
				""", params, row -> {
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
		});
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
