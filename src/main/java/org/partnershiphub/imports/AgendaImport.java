package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.Validation;
import org.partnershiphub.imports.Directory.Known;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportService.Plan;
import org.partnershiphub.imports.Table.Row;
import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.AgendaItem.Purpose;

/**
 * A meeting's agenda: its items, from the agenda's text ({@link Agenda}) or a table (Item, Title, Purpose, Lead). Items
 * are found again by number on the meeting, so the same agenda twice changes nothing, and a revised one fills in or
 * corrects a purpose or lead; an item the meeting holds under the same number with another title is refused, never
 * retitled. A purpose the agenda does not state is left unknown (a conflict check then applies the rules for a
 * decision). An organisation the hub holds, named in an item's title, is recorded as what the item concerns (GUESSED,
 * so the officer checks it).
 */
final class AgendaImport {

	enum Field implements Columns.Field {

		TITLE("agenda item", "item title", "title", "subject", "topic", "business", "description"),
		NUMBER("item no", "item number", "no", "number", "item", "ref", "reference", "minute"),
		PURPOSE("purpose", "action required", "decision required", "action", "for", "outcome"),
		LEAD("lead", "presenter", "presented by", "presenting", "report of", "responsible", "speaker", "sponsor",
				"owner"),
		READ_AS() {
			@Override
			public List<String> wholeHeaders() {
				return List.of("read as");
			}
		};

		private final List<String> headers;

		Field(String... headers) {
			this.headers = List.of(headers);
		}

		@Override
		public List<String> headers() {
			return this.headers;
		}

	}

	/** An item the meeting holds. */
	private record Held(String id, String title, String purpose, String published, String lead) {
	}

	private final Graph graph;

	private final Directory directory;

	private final String meetingId;

	AgendaImport(Graph graph, Directory directory, String meetingId) {
		this.graph = graph;
		this.directory = directory;
		this.meetingId = meetingId;
	}

	/** Reads an agenda: a table with a Title column, or else the agenda's printed text. */
	static Table read(byte[] bytes, String fileName, Map<String, String> mapping) {
		if (Table.isXlsx(bytes, fileName)) {
			return Table.xlsx(bytes);
		}
		Table.Text text = Table.Text.decode(bytes);
		if (!mapping.isEmpty()) {
			return new Table(Table.parse(text.text()), text.encoding());
		}
		try {
			Table table = new Table(Table.parse(text.text()), text.encoding());
			if (columns(table, Map.of()).index().size() >= 2) {
				return table;
			}
		}
		catch (ImportException ex) {
			// Not a CSV table: a table pasted from a document (cells between tabs), or the agenda's text.
		}
		if (text.text().contains("\t")) {
			List<Row> rows = new ArrayList<>();
			String[] lines = text.text().split("\\R", -1);
			for (int i = 0; i < lines.length; i++) {
				rows.add(new Row(i + 1, List.of(lines[i].split("\t", -1)).stream().map(String::strip).toList()));
			}
			Table table = new Table(rows, text.encoding());
			try {
				if (columns(table, Map.of()).index().size() >= 2) {
					return table;
				}
			}
			catch (ImportException ex) {
				// The agenda's text, its columns parted by tabs.
			}
		}
		return Agenda.table(text.text(), text.encoding());
	}

	/** A heading for the item's number beside an "Item" column: "Ref", "No.", "Reference". */
	private static final Pattern NUMBER_HEADING = Pattern
		.compile("(?i)ref\\.?|reference|no\\.?|number|item (no\\.?|number|ref\\.?)|#|minute( no\\.?)?");

	/**
	 * The agenda table's columns: a Title column, or where an "Item" column sits beside the item's number in a column
	 * of its own ("Time | Ref | Item | Presenter | Purpose"), that column as the title.
	 */
	static Columns<Field> columns(Table table, Map<String, String> mapping) {
		if (mapping.isEmpty()) {
			List<Row> top = table.headerCandidates();
			for (Row row : top.subList(0, Math.min(20, top.size()))) {
				List<String> cells = row.cells().stream().map(c -> c.strip().replaceAll(":$", "")).toList();
				int title = indexOf(cells, c -> c.equalsIgnoreCase("item") || c.equalsIgnoreCase("agenda item"));
				int number = indexOf(cells, c -> NUMBER_HEADING.matcher(c).matches());
				if (title >= 0 && number >= 0) {
					Map<Field, Integer> index = new EnumMap<>(Field.class);
					Columns.read(row, Field.class).forEach((field, column) -> {
						if (column != title && column != number) {
							index.put(field, column);
						}
					});
					index.put(Field.TITLE, title);
					index.put(Field.NUMBER, number);
					return new Columns<>(index, row);
				}
			}
		}
		return Columns.find(table.headerCandidates(), Field.class, mapping, List.of(Field.TITLE));
	}

	private static int indexOf(List<String> cells, Predicate<String> heading) {
		for (int i = 0; i < cells.size(); i++) {
			if (heading.test(cells.get(i))) {
				return i;
			}
		}
		return -1;
	}

	Plan plan(Table table, Map<String, String> mapping) {
		Columns<Field> columns = columns(table, mapping);
		Map<String, Held> held = new HashMap<>();
		this.graph.query("""
				MATCH (ai:AgendaItem)-[:ON_AGENDA]->(:Meeting {id: $meetingId})
				RETURN ai.number AS number, ai.id AS id, ai.title AS title, ai.purpose AS purpose,
				       ai.purposeAsPublished AS published, ai.lead AS lead
				""", Map.of("meetingId", this.meetingId), row -> held.put(row.get("number").asString(),
				new Held(row.get("id").asString(), row.get("title").asString(), row.get("purpose").asString(null),
						row.get("published").asString(null), row.get("lead").asString(null))));
		List<ReportLine> lines = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		List<Map<String, Object>> created = new ArrayList<>();
		List<Map<String, Object>> updated = new ArrayList<>();
		List<Map<String, Object>> cited = new ArrayList<>();
		int position = 0;
		String heading = null;
		int headingLine = 0;
		for (Row row : table.rows()) {
			if (columns.header() != null && row.line() <= columns.header().line() || row.blank()
					|| columns.isHeader(row)) {
				continue;
			}
			String title = cell(row, columns, Field.TITLE).replaceAll("\\s+", " ");
			String number = cell(row, columns, Field.NUMBER);
			String readAs = cell(row, columns, Field.READ_AS);
			if (title.isEmpty() && !number.matches(".*\\d.*") && (number.contains(" ") || number.length() > 4)) {
				// "Strategy and delivery" printed under the number column: a section's heading.
				title = number;
				number = "";
			}
			if (title.isEmpty()) {
				lines.add(new ReportLine(row.line(), number.isEmpty() ? Outcome.SKIPPED : Outcome.FAILED,
						!readAs.isEmpty() ? readAs : number.isEmpty() ? "no item on this row" : "item " + number
								+ " has no title"));
				continue;
			}
			position++;
			List<String> notes = new ArrayList<>();
			if (!readAs.isEmpty()) {
				notes.add(readAs);
			}
			if (number.isEmpty()) {
				if (!columns.has(Field.NUMBER)) {
					number = String.valueOf(position);
					notes.add("no number printed: numbered " + number + " by its place on the agenda");
				}
				else {
					boolean says = Purpose.fromPublished(title).isPresent();
					heading = says ? title : null;
					headingLine = row.line();
					lines.add(new ReportLine(row.line(), Outcome.SKIPPED, "\"" + title + "\" has no item number: a "
							+ "heading, not an item" + (says ? "; items under it are for what it says" : "")));
					continue;
				}
			}
			number = AgendaItem.number(number);
			if (title.length() > Validation.NAME_MAX) {
				lines.add(new ReportLine(row.line(), Outcome.FAILED, "item " + number + ": the title is a paragraph of "
						+ title.length() + " characters, not an item's title (at most " + Validation.NAME_MAX + ")"));
				continue;
			}
			if (number.length() > 20) {
				lines.add(new ReportLine(row.line(), Outcome.FAILED, "\"" + number + "\" is not an item number"));
				continue;
			}
			Integer earlier = seen.putIfAbsent(number, row.line());
			if (earlier != null) {
				lines.add(new ReportLine(row.line(), Outcome.FAILED, "item " + number + " is listed twice (line "
						+ earlier + ")"));
				continue;
			}
			String published = nullIfEmpty(cell(row, columns, Field.PURPOSE));
			if (published == null && heading != null) {
				published = heading;
				notes.add("purpose from the heading on line " + headingLine);
			}
			if (published != null && published.length() > Validation.NAME_MAX) {
				notes.add("purpose not read: " + published.length() + " characters");
				published = null;
			}
			Purpose purpose = Purpose.fromPublished(published).orElse(null);
			String lead = nullIfEmpty(cell(row, columns, Field.LEAD));
			if (lead != null && lead.length() > Validation.NAME_MAX) {
				notes.add("lead not read: " + lead.length() + " characters");
				lead = null;
			}
			Held item = held.get(number);
			Map<String, Object> record = Params.of("number", number, "title", title, "purpose",
					(purpose != null) ? purpose.name() : null, "published", published, "lead", lead, "locator",
					"line " + row.line());
			List<String> changed = new ArrayList<>();
			if (item != null) {
				if (!same(item.title(), title)) {
					lines.add(new ReportLine(row.line(), Outcome.FAILED, "the meeting's item " + number + " is \""
							+ item.title() + "\", not \"" + title + "\": correct one of them (items are not retitled "
							+ "or renumbered by an import)"));
					continue;
				}
				record.put("id", item.id());
				if (purpose != null && !purpose.name().equals(item.purpose())) {
					changed.add("purpose " + describe(item.purpose()) + " now " + describe(purpose.name()));
				}
				if (lead != null && !lead.equals(item.lead())) {
					changed.add("lead now " + lead);
				}
				if (!changed.isEmpty() || (published != null && !published.equals(item.published()))) {
					updated.add(record);
				}
			}
			else {
				record.put("id", UUID.randomUUID().toString());
				record.put("sortKey", AgendaItem.sortKey(number));
				created.add(record);
			}
			List<Known> concerns = this.directory.organisationsIn(title);
			record.put("concerns", concerns.stream().map(Known::id).toList());
			cited.add(record);
			StringBuilder message = new StringBuilder("item " + number + " \"" + title + "\": "
					+ ((purpose != null) ? "for " + describe(purpose.name())
							: (published != null) ? "\"" + published + "\" does not say what it is for: purpose not "
									+ "stated" : "purpose not stated"));
			if (published != null && purpose != null) {
				message.append(" (\"").append(published).append("\")");
			}
			if (lead != null) {
				message.append("; lead ").append(lead);
			}
			if (item != null) {
				message.append(changed.isEmpty() ? "; already held" : "; " + String.join(", ", changed));
			}
			if (!concerns.isEmpty()) {
				message.append("; concerns ").append(String.join(", ", concerns.stream().map(Known::name).toList()))
					.append(" (named in its title: check it on the meeting's page)");
			}
			notes.forEach(note -> message.append("; ").append(note));
			boolean guessed = !concerns.isEmpty() || notes.stream().anyMatch(n -> n.startsWith("no number printed"));
			lines.add(new ReportLine(row.line(), guessed ? Outcome.GUESSED : (item != null) ? Outcome.MERGED
					: Outcome.IMPORTED, message.toString()));
		}
		if (cited.isEmpty() && lines.stream().noneMatch(l -> l.outcome() == Outcome.FAILED)) {
			throw new ImportException(1, "no agenda items found: an item is a line opening with its number (\"4. Better "
					+ "Care Fund Plan\"), or a row of a table with a Title column");
		}
		List<Map<String, Object>> create = List.copyOf(created);
		List<Map<String, Object>> update = List.copyOf(updated);
		List<Map<String, Object>> cite = List.copyOf(cited);
		return new Plan(lines, 0, 0, create.size(), update.size(), 0, batches -> {
			batches.create("""
					UNWIND $rows AS r
					MATCH (mt:Meeting {id: $meetingId})
					CREATE (ai:AgendaItem {id: r.id, number: r.number, sortKey: r.sortKey, title: r.title,
					                       purpose: r.purpose, purposeAsPublished: r.published, lead: r.lead,
					                       createdAt: datetime(), importId: $importId})-[:ON_AGENDA]->(mt)
					""", create, Map.of("meetingId", this.meetingId));
			batches.update("""
					UNWIND $rows AS r
					MATCH (ai:AgendaItem {id: r.id})
					SET ai.purpose = coalesce(r.purpose, ai.purpose),
					    ai.purposeAsPublished = coalesce(r.published, ai.purposeAsPublished),
					    ai.lead = coalesce(r.lead, ai.lead), ai.updatedAt = datetime()
					""", update);
			batches.update("""
					UNWIND $rows AS r
					MATCH (ai:AgendaItem {id: r.id})
					MATCH (d:SourceDocument {id: $documentId})
					MERGE (ai)-[s:SOURCED_FROM]->(d)
					  ON CREATE SET s.locator = r.locator
					WITH ai, r
					UNWIND r.concerns AS organisationId
					MATCH (o:Organisation {id: organisationId})
					MERGE (ai)-[:CONCERNS]->(o)
					""", cite);
		});
	}

	private static boolean same(String a, String b) {
		return Names.words(a).equals(Names.words(b));
	}

	private static String describe(String purpose) {
		return (purpose == null) ? "not stated" : purpose.toLowerCase(Locale.ROOT);
	}

	private static String nullIfEmpty(String text) {
		return text.isEmpty() ? null : text;
	}

	private static String cell(Row row, Columns<Field> columns, Field field) {
		return columns.has(field) ? row.cell(columns.of(field)).strip() : "";
	}

}
