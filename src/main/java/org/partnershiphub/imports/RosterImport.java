package org.partnershiphub.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.partnershiphub.board.Membership;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Params;
import org.partnershiphub.imports.Directory.Found;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportService.Batches;
import org.partnershiphub.imports.ImportService.Plan;
import org.partnershiphub.imports.Names.PersonName;
import org.partnershiphub.imports.Records.Ref;
import org.partnershiphub.imports.Table.Row;
import org.partnershiphub.meeting.Attendance;

/**
 * Plans a board roster (who holds which seat: role, organisation, voting, side) or a meeting's attendance list
 * (present, in attendance, apologies). Seats already held and attendance already recorded are matched, not
 * duplicated; people and organisations are matched as in a register import.
 */
final class RosterImport {

	enum Field implements Columns.Field {

		ORGANISATION("organisation", "organization", "representing", "on behalf of", "body"),
		SUBSTITUTE_FOR("substitute for", "substituting for", "deputising for", "standing in for"),
		STATUS("attendance", "status", "present"), VOTING("voting", "vote"), SIDE("side", "constituency", "borough"),
		FROM("from", "start", "appointed"), TO("until", "end", "to"), FORENAME("forename", "first name", "given name"),
		SURNAME("surname", "last name", "family name"), ROLE("role", "position", "title"), NAME("name", "member");

		private final List<String> headers;

		Field(String... headers) {
			this.headers = List.of(headers);
		}

		@Override
		public List<String> headers() {
			return this.headers;
		}

	}

	/** Seat or attendance already recorded, keyed by person. */
	private record Held(String id, String role, String side) {
	}

	private final Graph graph;

	private final Directory directory;

	private final String boardId;

	private final String meetingId;

	private final LocalDate from;

	private final List<ReportLine> lines = new ArrayList<>();

	private final Records names;

	private final List<Map<String, Object>> records = new ArrayList<>();

	private int updated;

	/** For a roster: the board, and the date seats start when the file gives none. */
	static RosterImport roster(Graph graph, Directory directory, String boardId, LocalDate from) {
		return new RosterImport(graph, directory, boardId, null, from);
	}

	static RosterImport attendance(Graph graph, Directory directory, String meetingId) {
		return new RosterImport(graph, directory, null, meetingId, null);
	}

	private RosterImport(Graph graph, Directory directory, String boardId, String meetingId, LocalDate from) {
		this.graph = graph;
		this.directory = directory;
		this.names = new Records(directory);
		this.boardId = boardId;
		this.meetingId = meetingId;
		this.from = from;
	}

	Plan plan(Table table, Map<String, String> mapping) {
		Columns<Field> columns = Columns.find(table.rows(), Field.class, mapping,
				(this.meetingId != null) ? List.of(Field.STATUS) : List.of(Field.ROLE));
		if (!columns.has(Field.SURNAME) && !columns.has(Field.NAME)) {
			throw new ImportException(1, "no column holds people's names (Surname, or Name); give a column mapping");
		}
		Map<String, List<Held>> held = held();
		boolean beforeHeader = columns.header() != null;
		for (Row row : table.rows()) {
			if (beforeHeader) {
				beforeHeader = row != columns.header();
				skip(row, beforeHeader ? "above the header row" : "header row");
			}
			else if (row.blank()) {
				skip(row, "blank row");
			}
			else if (columns.isHeader(row)) {
				skip(row, "header repeated (page break)");
			}
			else {
				read(row, columns, held);
			}
		}
		this.lines.sort(ReportLine.BY_LINE);
		return new Plan(this.lines, this.names.peopleCreated(), this.names.organisationsCreated(),
				this.records.size() - this.updated,
				this.updated, 0, this::write);
	}

	private void read(Row row, Columns<Field> columns, Map<String, List<Held>> held) {
		String forename = value(row, columns, Field.FORENAME);
		String surname = value(row, columns, Field.SURNAME);
		String full = value(row, columns, Field.NAME);
		if (surname.isEmpty() && full.isEmpty()) {
			fail(row, "no name");
			return;
		}
		PersonName name = surname.isEmpty() ? Names.person(full) : Names.person(forename, surname);
		List<String> notes = new ArrayList<>();
		Ref person = this.names.person(name, row.line(), notes);
		if (person.refusal() != null) {
			fail(row, person.refusal());
			return;
		}
		String personId = person.id();
		String roleText = value(row, columns, Field.ROLE);
		if (this.meetingId != null) {
			attendance(row, columns, personId, name, roleText, notes, held);
			return;
		}
		Optional<Membership.Role> role = role(roleText);
		Optional<Boolean> voting = yesNo(value(row, columns, Field.VOTING));
		Optional<LocalDate> start = date(row, columns, Field.FROM);
		if (role.isEmpty() || voting.isEmpty() && !value(row, columns, Field.VOTING).isEmpty()) {
			fail(row, role.isEmpty() ? "role \"" + roleText + "\" is not a seat the hub knows (chair, co-chair, vice "
					+ "chair, member, deputy, substitute, advisor, regular attendee)"
					: "voting \"" + value(row, columns, Field.VOTING) + "\" is not yes or no");
			return;
		}
		if ((start.isEmpty() && this.from == null) || (start.isPresent() && start.get() == null)) {
			fail(row, (start.isPresent()) ? "from \"" + value(row, columns, Field.FROM) + "\" is not a date"
					: "no date the seat starts: give a From column or the from option");
			return;
		}
		boolean votes = voting.orElse(role.get() != Membership.Role.ADVISOR && role.get() != Membership.Role.REGULAR_ATTENDEE);
		if (voting.isEmpty()) {
			notes.add("voting not given: " + (votes ? "voting" : "non-voting") + " for a " + role.get());
		}
		String side = value(row, columns, Field.SIDE);
		String organisation = value(row, columns, Field.ORGANISATION);
		Ref onBehalfOf = organisation.isEmpty() ? null : this.names.organisation(organisation, row.line(), notes);
		if (onBehalfOf != null && onBehalfOf.refusal() != null) {
			fail(row, onBehalfOf.refusal());
			return;
		}
		String organisationId = (onBehalfOf != null) ? onBehalfOf.id() : null;
		boolean elected = name.honorific() != null && name.honorific().toLowerCase(Locale.ROOT).matches("cllr|councillor");
		String description = role.get() + " of the board: " + RegisterReader.describe(name);
		Optional<Held> seat = held.getOrDefault(personId, List.of()).stream()
			.filter(h -> h.role().equals(role.get().name()) && h.side().equals(side))
			.findFirst();
		if (seat.isPresent()) {
			notes.add(0, description + "; already holds this seat (" + seat.get().id() + ")");
			this.lines.add(new ReportLine(row.line(), Outcome.MERGED, String.join("; ", notes)));
			return;
		}
		held.computeIfAbsent(personId, k -> new ArrayList<>()).add(new Held("line " + row.line(), role.get().name(), side));
		this.records.add(Params.of("id", UUID.randomUUID().toString(), "personId", personId, "organisationId",
				organisationId, "role", role.get().name(), "voting", votes, "electedMember", elected, "side",
				side.isEmpty() ? null : side, "from", start.orElse(this.from), "to", date(row, columns, Field.TO).orElse(null),
				"locator", "line " + row.line()));
		notes.add(0, description);
		this.lines.add(new ReportLine(row.line(), guessed(notes) ? Outcome.GUESSED : Outcome.IMPORTED,
				String.join("; ", notes)));
	}

	private void attendance(Row row, Columns<Field> columns, String personId, PersonName name, String roleText,
			List<String> notes, Map<String, List<Held>> held) {
		String statusText = value(row, columns, Field.STATUS);
		Optional<Attendance.Status> status = status(statusText);
		if (status.isEmpty()) {
			fail(row, "attendance \"" + statusText + "\" is not present, in attendance or apologies");
			return;
		}
		String substituteFor = null;
		String principal = value(row, columns, Field.SUBSTITUTE_FOR);
		if (!principal.isEmpty()) {
			Directory.Match match = this.directory.person(Names.person(principal));
			if (!(match instanceof Found found)) {
				fail(row, "substitute for \"" + principal + "\": no one of that name is held");
				return;
			}
			substituteFor = found.known().id();
		}
		Attendance.Status recorded = status.get();
		boolean seated = held.containsKey(personId);
		if (recorded == Attendance.Status.PRESENT && !seated && substituteFor == null) {
			recorded = Attendance.Status.IN_ATTENDANCE;
			notes.add("listed as present but holds no seat on the board at the meeting date: recorded as in attendance "
					+ "(possibly the same as someone else?)");
		}
		boolean chair = recorded == Attendance.Status.PRESENT && roleText.toLowerCase(Locale.ROOT).matches(".*\\bchair\\b.*")
				&& !roleText.toLowerCase(Locale.ROOT).contains("vice");
		String description = RegisterReader.describe(name) + ": " + recorded + (chair ? " (chair)" : "");
		String recordedAs = statusName(recorded, chair);
		if (held.getOrDefault("attended:" + personId, List.of()).stream().anyMatch(h -> h.role().equals(recordedAs))) {
			notes.add(0, description + "; already recorded");
			this.lines.add(new ReportLine(row.line(), Outcome.MERGED, String.join("; ", notes)));
			return;
		}
		if (held.containsKey("attended:" + personId)) {
			this.updated++;
		}
		held.put("attended:" + personId, List.of(new Held("line " + row.line(), recordedAs, "")));
		this.records.add(Params.of("id", UUID.randomUUID().toString(), "personId", personId, "key",
				this.meetingId + "|" + personId, "status", recorded.name(), "chair", chair, "substituteForId",
				substituteFor, "locator", "line " + row.line()));
		notes.add(0, description);
		this.lines.add(new ReportLine(row.line(), guessed(notes) || recorded != status.get() ? Outcome.GUESSED
				: Outcome.IMPORTED, String.join("; ", notes)));
	}

	private static String statusName(Attendance.Status status, boolean chair) {
		return status.name() + (chair ? "+chair" : "");
	}

	/** Seats held on the board now (roster), or attendance already recorded plus seats at the meeting's date. */
	private Map<String, List<Held>> held() {
		Map<String, List<Held>> held = new HashMap<>();
		if (this.boardId != null) {
			this.graph.query("""
					MATCH (:Board {id: $boardId})<-[:ON_BOARD]-(m:Membership)-[:HELD_BY]->(p:Person)
					WHERE m.to IS NULL OR m.to >= date()
					RETURN p.id AS personId, m.id AS id, m.role AS role, coalesce(m.side, '') AS side
					""", Map.of("boardId", this.boardId), row -> row).forEach(row -> held
				.computeIfAbsent(row.get("personId").asString(), k -> new ArrayList<>())
				.add(new Held(row.get("id").asString(), row.get("role").asString(), row.get("side").asString())));
			return held;
		}
		this.graph.query("""
				MATCH (mt:Meeting {id: $meetingId})-[:OF_BOARD]->(:Board)<-[:ON_BOARD]-(m:Membership)-[:HELD_BY]->(p:Person)
				WHERE m.from <= mt.date AND (m.to IS NULL OR m.to >= mt.date)
				RETURN p.id AS personId, m.id AS id, m.role AS role, '' AS side
				UNION
				MATCH (:Meeting {id: $meetingId})<-[:AT_MEETING]-(a:Attendance)-[:ATTENDEE]->(p:Person)
				RETURN 'attended:' + p.id AS personId, a.id AS id,
				       a.status + CASE WHEN a.chair THEN '+chair' ELSE '' END AS role, '' AS side
				""", Map.of("meetingId", this.meetingId), row -> row).forEach(row -> held
			.computeIfAbsent(row.get("personId").asString(), k -> new ArrayList<>())
			.add(new Held(row.get("id").asString(), row.get("role").asString(), row.get("side").asString())));
		return held;
	}

	private void write(Batches batches) {
		this.names.write(batches);
		if (this.boardId != null) {
			batches.create("""
					UNWIND $rows AS r
					MATCH (p:Person {id: r.personId})
					MATCH (b:Board {id: $boardId})
					MATCH (d:SourceDocument {id: $documentId})
					CREATE (p)<-[:HELD_BY]-(m:Membership {
					  id: r.id, role: r.role, voting: r.voting, electedMember: r.electedMember, side: r.side,
					  from: r.from, to: r.to, createdAt: datetime(), importId: $importId
					})-[:ON_BOARD]->(b)
					CREATE (m)-[:SOURCED_FROM {locator: r.locator}]->(d)
					WITH m, r
					MATCH (o:Organisation {id: r.organisationId})
					CREATE (m)-[:ON_BEHALF_OF]->(o)
					""", this.records, Map.of("boardId", this.boardId));
			return;
		}
		// Attendance already recorded is updated in place, so it belongs to the import's last transaction.
		batches.update("""
				UNWIND $rows AS r
				MATCH (mt:Meeting {id: $meetingId})
				MATCH (p:Person {id: r.personId})
				MATCH (d:SourceDocument {id: $documentId})
				MERGE (a:Attendance {key: r.key})
				  ON CREATE SET a.id = r.id, a.createdAt = datetime()
				MERGE (a)-[:AT_MEETING]->(mt)
				MERGE (a)-[:ATTENDEE]->(p)
				SET a.status = r.status, a.chair = r.chair, a.updatedAt = datetime()
				MERGE (a)-[s:SOURCED_FROM]->(d)
				  ON CREATE SET s.locator = r.locator
				WITH a, r
				OPTIONAL MATCH (a)-[old:SUBSTITUTE_FOR]->()
				DELETE old
				WITH DISTINCT a, r
				MATCH (principal:Person {id: r.substituteForId})
				CREATE (a)-[:SUBSTITUTE_FOR]->(principal)
				""", this.records, Map.of("meetingId", this.meetingId));
	}

	private void skip(Row row, String why) {
		this.lines.add(new ReportLine(row.line(), Outcome.SKIPPED, why));
	}

	private void fail(Row row, String why) {
		this.lines.add(new ReportLine(row.line(), Outcome.FAILED, why));
	}

	private static boolean guessed(List<String> notes) {
		return notes.stream().anyMatch(n -> n.contains("possibly the same as") || n.startsWith("voting not given"));
	}

	private static String value(Row row, Columns<Field> columns, Field field) {
		return row.cell(columns.of(field));
	}

	/** Empty when the column is blank; holds null when it has text that is not a date. */
	private static Optional<LocalDate> date(Row row, Columns<Field> columns, Field field) {
		String text = value(row, columns, field);
		return text.isEmpty() ? Optional.empty()
				: Optional.ofNullable(Dates.parse(text).map(Dates.Read::date).orElse(null));
	}

	static Optional<Membership.Role> role(String text) {
		String t = " " + Names.words(text) + " ";
		if (t.contains(" co chair ")) {
			return Optional.of(Membership.Role.CO_CHAIR);
		}
		if (t.contains(" vice chair ") || t.contains(" deputy chair ")) {
			return Optional.of(Membership.Role.VICE_CHAIR);
		}
		if (t.contains(" chair ") || t.contains(" chairman ") || t.contains(" chairperson ")) {
			return Optional.of(Membership.Role.CHAIR);
		}
		if (t.contains(" substitute ")) {
			return Optional.of(Membership.Role.SUBSTITUTE);
		}
		if (t.contains(" deputy ")) {
			return Optional.of(Membership.Role.DEPUTY_MEMBER);
		}
		if (t.contains(" advisor ") || t.contains(" adviser ")) {
			return Optional.of(Membership.Role.ADVISOR);
		}
		if (t.contains(" attendee ") || t.contains(" in attendance ") || t.contains(" observer ")) {
			return Optional.of(Membership.Role.REGULAR_ATTENDEE);
		}
		if (t.contains(" member ") || t.isBlank()) {
			return Optional.of(Membership.Role.MEMBER);
		}
		return Optional.empty();
	}

	private static Optional<Boolean> yesNo(String text) {
		String t = Names.words(text);
		if (t.matches("y|yes|true|voting|voting member|full")) {
			return Optional.of(true);
		}
		if (t.matches("n|no|false|non voting|nonvoting|none")) {
			return Optional.of(false);
		}
		return Optional.empty();
	}

	private static Optional<Attendance.Status> status(String text) {
		String t = Names.words(text);
		if (t.matches("p|present|yes|y|attended|x")) {
			return Optional.of(Attendance.Status.PRESENT);
		}
		if (t.matches("in attendance|attending|observer|ia")) {
			return Optional.of(Attendance.Status.IN_ATTENDANCE);
		}
		if (t.matches("apologies|apologies received|apols|a|absent|sent apologies|no|n")) {
			return Optional.of(Attendance.Status.APOLOGIES);
		}
		return Optional.empty();
	}

}
