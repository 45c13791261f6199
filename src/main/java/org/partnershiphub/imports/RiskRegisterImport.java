package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.Validation;
import org.partnershiphub.imports.Directory.Found;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportService.Plan;
import org.partnershiphub.imports.Table.Row;
import org.partnershiphub.risk.Risk.Quarter;
import org.partnershiphub.risk.Risk.Rating;
import org.partnershiphub.risk.RiskService;

/**
 * A board's risk register as a spreadsheet, in either layout registers use: long (a Quarter column, one row per risk
 * and quarter, with inherent and residual likelihood, impact and score columns) or wide (one row per risk, a residual
 * score column per quarter, headed "Q1 2025/26" or "Residual Q2 25/26"). A file with scores but neither needs the
 * quarter it stands for. Risks are found again by reference (or title) on the board's register, so importing the same
 * register twice changes nothing, and next quarter's register adds that quarter's scores.
 */
final class RiskRegisterImport {

	enum Field implements Columns.Field {

		OWNER("owner", "lead", "responsible"), ESCALATED_TO("escalated to", "escalate to", "escalation route"),
		THRESHOLD("escalation threshold", "threshold", "tolerance", "appetite", "escalate at"),
		QUARTER("quarter", "period", "as at"),
		INHERENT_LIKELIHOOD("inherent likelihood", "initial likelihood", "gross likelihood"),
		INHERENT_IMPACT("inherent impact", "initial impact", "gross impact", "inherent consequence",
				"initial consequence"),
		INHERENT("inherent", "initial", "gross"),
		RESIDUAL_LIKELIHOOD("residual likelihood", "current likelihood", "net likelihood"),
		RESIDUAL_IMPACT("residual impact", "current impact", "net impact", "residual consequence",
				"current consequence"),
		TARGET("target"), RESIDUAL("residual", "current score", "current risk score", "current rating", "net"),
		CATEGORY("category", "domain", "theme"), STATUS("status", "open closed"),
		REFERENCE("risk ref", "ref", "risk id", "risk no", "risk number", "id", "no"),
		TITLE("risk title", "title", "risk description", "risk", "description"), DESCRIPTION("description", "cause",
				"detail");

		private final List<String> headers;

		Field(String... headers) {
			this.headers = List.of(headers);
		}

		@Override
		public List<String> headers() {
			return this.headers;
		}

	}

	private record Held(String key) {
	}

	private final Graph graph;

	private final Directory directory;

	private final String boardId;

	private final Quarter fileQuarter;

	RiskRegisterImport(Graph graph, Directory directory, String boardId, Quarter fileQuarter) {
		this.graph = graph;
		this.directory = directory;
		this.boardId = boardId;
		this.fileQuarter = fileQuarter;
	}

	Plan plan(Table table, Map<String, String> mapping) {
		Columns<Field> columns = Columns.find(table.headerCandidates(), Field.class, mapping, List.of(Field.TITLE));
		Row header = columns.header();
		Map<Integer, Quarter> quarterColumns = new LinkedHashMap<>();
		if (header != null) {
			for (int i = 0; i < header.cells().size(); i++) {
				String cell = header.cell(i);
				Optional<Quarter> quarter = Quarter.find(cell);
				boolean mapped = columns.index().containsValue(i);
				if (quarter.isPresent() && (!mapped || columns.of(Field.RESIDUAL) == i)) {
					quarterColumns.put(i, quarter.get());
				}
				else if (!mapped && Quarter.yearless(cell)) {
					throw new ImportException(header.line(), "column \"" + cell + "\" names a quarter with no year; "
							+ "name the financial year in the header (e.g. \"" + cell.strip() + " 2025/26\")");
				}
			}
		}
		Quarter fileQuarter = (this.fileQuarter != null || header == null) ? this.fileQuarter
				: table.titled(header.line(), Quarter::find);
		boolean scored = columns.has(Field.RESIDUAL) || columns.has(Field.INHERENT)
				|| columns.has(Field.RESIDUAL_LIKELIHOOD) || columns.has(Field.INHERENT_LIKELIHOOD);
		if (scored && quarterColumns.isEmpty() && !columns.has(Field.QUARTER) && fileQuarter == null) {
			throw new ImportException((header != null) ? header.line() : 1, "the register has scores but no Quarter "
					+ "column and no quarter in its headers: give the quarter it stands for (e.g. quarter=2025/26 Q2)");
		}
		Map<String, String> held = new HashMap<>();
		this.graph.query("""
				MATCH (:Board {id: $boardId})<-[:ON_REGISTER_OF]-(r:Risk)
				RETURN r.key AS key, r.id AS id
				""", Map.of("boardId", this.boardId), row -> held.put(row.get("key").asString(), row.get("id").asString()));
		Map<String, String> boards = new HashMap<>();
		this.graph.query("MATCH (b:Board) RETURN toLower(b.name) AS name, b.id AS id", Map.of(),
				row -> boards.putIfAbsent(row.get("name").asString(), row.get("id").asString()));

		List<ReportLine> lines = new ArrayList<>();
		Map<String, Map<String, Object>> risks = new LinkedHashMap<>();
		List<Map<String, Object>> scores = new ArrayList<>();
		int created = 0;
		int updated = 0;
		for (Row row : table.rows()) {
			if (header != null && row.line() <= header.line() || row.blank() || columns.isHeader(row)) {
				continue;
			}
			String title = cell(row, columns, Field.TITLE);
			String reference = cell(row, columns, Field.REFERENCE);
			if (title.isEmpty()) {
				lines.add(new ReportLine(row.line(), reference.isEmpty() ? Outcome.SKIPPED : Outcome.FAILED,
						reference.isEmpty() ? "no risk on this row" : "risk " + reference + " has no title"));
				continue;
			}
			List<String> notes = new ArrayList<>();
			List<Map<String, Object>> rowScores = new ArrayList<>();
			Integer threshold;
			try {
				threshold = threshold(cell(row, columns, Field.THRESHOLD));
				if (columns.has(Field.QUARTER) || fileQuarter != null || quarterColumns.isEmpty()) {
					Quarter quarter = quarter(cell(row, columns, Field.QUARTER), fileQuarter);
					Rating inherent = rating(row, columns, Field.INHERENT_LIKELIHOOD, Field.INHERENT_IMPACT,
							Field.INHERENT);
					Rating residual = rating(row, columns, Field.RESIDUAL_LIKELIHOOD, Field.RESIDUAL_IMPACT,
							quarterColumns.containsKey(columns.of(Field.RESIDUAL)) ? null : Field.RESIDUAL);
					Rating target = rating(row, columns, null, null, Field.TARGET);
					if (quarter != null && (inherent.score() != null || residual.score() != null)) {
						rowScores.add(RiskService.scoreRow(null, quarter, inherent, residual, target.score()));
					}
				}
				for (var entry : quarterColumns.entrySet()) {
					String text = row.cell(entry.getKey());
					Optional<Rating> residual = parse(text, header.cell(entry.getKey()));
					residual.ifPresent(r -> rowScores.add(RiskService.scoreRow(null, entry.getValue(),
							new Rating(null, null, null), r, null)));
				}
			}
			catch (IllegalArgumentException ex) {
				lines.add(new ReportLine(row.line(), Outcome.FAILED, ex.getMessage()));
				continue;
			}
			String key = RiskService.key(reference, title);
			String ownerText = cell(row, columns, Field.OWNER);
			if (!ownerText.isEmpty() && !Names.looksLikeName(ownerText)) {
				// A paragraph or a date where the owner should be: the cells are swapped, or the columns shifted.
				lines.add(new ReportLine(row.line(), Outcome.FAILED, header(columns, Field.OWNER) + ": \""
						+ abbreviate(ownerText) + "\" cannot be a person's name or a post; check this row's columns"));
				continue;
			}
			String ownerId = null;
			if (!ownerText.isEmpty()) {
				// "Helen Marsh, Chief Finance Officer": the person is the name before the post.
				Directory.Match match = this.directory.person(Names.person(Names.nameAndAfter(ownerText, "").name()));
				if (match instanceof Found found) {
					ownerId = found.known().id();
				}
				else {
					String alike = (match instanceof Directory.Unknown unknown && !unknown.alike().isEmpty())
							? " (possibly " + String.join(" or ", unknown.alike().stream().map(Directory.Known::name)
								.distinct().toList()) + ": not linked)" : "";
					notes.add("owner \"" + ownerText + "\" is not a person the hub knows: kept as written" + alike);
				}
			}
			String escalatedText = cell(row, columns, Field.ESCALATED_TO);
			String escalatedId = escalatedText.isEmpty() ? null : boards.get(escalatedText.toLowerCase(Locale.ROOT));
			if (!escalatedText.isEmpty() && escalatedId == null) {
				notes.add("escalated to \"" + escalatedText + "\": no board of that name, kept as written");
			}
			String status = cell(row, columns, Field.STATUS).toLowerCase(Locale.ROOT);
			Map<String, Object> risk = risks.computeIfAbsent(key, k -> Params.of("key", k, "id",
					UUID.randomUUID().toString()));
			put(risk, "reference", Validation.trimToNull(reference));
			put(risk, "title", title);
			put(risk, "description", Validation.trimToNull(cell(row, columns, Field.DESCRIPTION)));
			put(risk, "category", Validation.trimToNull(cell(row, columns, Field.CATEGORY)));
			put(risk, "ownerName", Validation.trimToNull(ownerText));
			put(risk, "ownerId", ownerId);
			put(risk, "threshold", threshold);
			put(risk, "escalatedToAsWritten", Validation.trimToNull(escalatedText));
			put(risk, "escalatedToId", escalatedId);
			put(risk, "status", status.startsWith("closed") ? "CLOSED" : status.startsWith("open") ? "OPEN" : null);
			risk.put("line", row.line());
			// A risk already held keeps its id; a new one takes the id its row creates it with.
			String riskId = held.getOrDefault(key, (String) risk.get("id"));
			rowScores.forEach(s -> s.put("riskId", riskId));
			scores.addAll(rowScores);
			boolean known = held.containsKey(key);
			String what = (reference.isEmpty() ? "\"" + title + "\"" : reference) + (known ? " already on the register"
					: " added") + (rowScores.isEmpty() ? "" : "; scores for "
							+ String.join(", ", rowScores.stream().map(s -> (String) s.get("quarter")).toList()));
			notes.add(0, what);
			lines.add(new ReportLine(row.line(), known ? Outcome.MERGED : Outcome.IMPORTED, String.join("; ", notes)));
		}
		for (String key : risks.keySet()) {
			if (held.containsKey(key)) {
				updated++;
			}
			else {
				created++;
			}
		}
		List<Map<String, Object>> riskRows = List.copyOf(risks.values());
		List<Map<String, Object>> scoreRows = List.copyOf(scores);
		return new Plan(lines, 0, 0, created, updated, 0, batches -> {
			batches.update("""
					UNWIND $rows AS r
					MATCH (b:Board {id: $boardId})
					MERGE (b)<-[:ON_REGISTER_OF]-(k:Risk {key: r.key})
					  ON CREATE SET k.id = r.id, k.createdAt = datetime(), k.importId = $importId, k.status = 'OPEN'
					SET k.reference = coalesce(r.reference, k.reference), k.title = r.title,
					    k.description = coalesce(r.description, k.description),
					    k.category = coalesce(r.category, k.category), k.ownerName = coalesce(r.ownerName, k.ownerName),
					    k.escalationThreshold = coalesce(r.threshold, k.escalationThreshold),
					    k.escalatedToAsWritten = coalesce(r.escalatedToAsWritten, k.escalatedToAsWritten),
					    k.status = coalesce(r.status, k.status)
					WITH k, r
					CALL (k, r) {
					  MATCH (p:Person {id: r.ownerId})
					  OPTIONAL MATCH (k)-[old:OWNED_BY]->()
					  DELETE old
					  MERGE (k)-[:OWNED_BY]->(p)
					}
					CALL (k, r) {
					  MATCH (e:Board {id: r.escalatedToId})
					  OPTIONAL MATCH (k)-[old:ESCALATED_TO]->()
					  DELETE old
					  MERGE (k)-[:ESCALATED_TO]->(e)
					}
					WITH k, r
					MATCH (d:SourceDocument {id: $documentId})
					MERGE (k)-[c:SOURCED_FROM]->(d)
					SET c.locator = 'line ' + r.line
					""", riskRows, Map.of("boardId", this.boardId));
			batches.update(RiskService.WRITE_SCORES, scoreRows, Map.of());
		});
	}

	private static String abbreviate(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 57) + "...";
	}

	private static void put(Map<String, Object> row, String field, Object value) {
		if (value != null) {
			row.put(field, value);
		}
		else {
			row.putIfAbsent(field, null);
		}
	}

	private static Quarter quarter(String text, Quarter fileQuarter) {
		if (text.isEmpty()) {
			return fileQuarter;
		}
		return Quarter.find(text).orElseThrow(() -> new IllegalArgumentException("Quarter \"" + text
				+ "\" is not a financial year quarter (e.g. \"2025/26 Q2\" or \"Q2 25/26\")"));
	}

	private static Integer threshold(String text) {
		if (text.isEmpty()) {
			return null;
		}
		return parse(text, "Escalation threshold").map(Rating::score).orElse(null);
	}

	private static Rating rating(Row row, Columns<Field> columns, Field likelihood, Field impact, Field score) {
		Integer l = (likelihood != null) ? part(cell(row, columns, likelihood), likelihood) : null;
		Integer i = (impact != null) ? part(cell(row, columns, impact), impact) : null;
		Rating total = (score == null) ? new Rating(null, null, null)
				: parse(cell(row, columns, score), header(columns, score)).orElse(new Rating(null, null, null));
		try {
			return Rating.of((l != null) ? l : total.likelihood(), (i != null) ? i : total.impact(), total.score());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(((score != null) ? header(columns, score) : "score") + ": " + ex.getMessage());
		}
	}

	private static Integer part(String text, Field field) {
		if (text.isEmpty()) {
			return null;
		}
		if (!text.strip().matches("[1-5]")) {
			throw new IllegalArgumentException(field.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " \"" + text
					+ "\" is not a number from 1 to 5");
		}
		return Integer.parseInt(text.strip());
	}

	private static Optional<Rating> parse(String text, String column) {
		try {
			return Rating.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(column + ": " + ex.getMessage());
		}
	}

	private static String header(Columns<Field> columns, Field field) {
		int index = columns.of(field);
		return (index >= 0 && columns.header() != null) ? columns.header().cell(index)
				: field.name().toLowerCase(Locale.ROOT);
	}

	private static String cell(Row row, Columns<Field> columns, Field field) {
		int index = columns.of(field);
		return (index < 0) ? "" : Validation.withoutHidden(row.cell(index)).strip();
	}

}
