package org.partnershiphub.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.partnershiphub.organisation.Organisation.OrganisationKind;

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
		SURNAME("surname", "last name", "family name"), CHAIRING("chairing", "chaired", "in the chair"),
		IN_ABSENCE_OF("in absence of", "in the absence of"), CHAIR_NOTE("chair note"), ROLE("role"),
		TITLE("job title", "title", "position", "post"),
		NAME("name", "member", "members", "attendee", "attendees", "councillor", "councillors"),
		/** A roster's named deputy or substitute for the member: reported, not recorded as a seat. */
		DEPUTY,
		/** Set only by the minutes reader: a heading or the minutes' own title, not a person. */
		HEADING("heading"),
		/** Set only by the minutes reader: a declaration of interest in the business, its item and what was done. */
		DECLARED_IN_ITEM, DECLARED_AS_MINUTED, DECLARED_THEN,
		/** Set only by the minutes reader: a resolution in the business, its item and its outcome. */
		RESOLVED_IN_ITEM, RESOLVED_AS_MINUTED, RESOLVED_OUTCOME,
		/** Set only by the minutes reader: an item's heading in the business, its number and title as minuted. */
		MINUTE_NUMBER, MINUTE_TITLE,
		/** Set only by the minutes reader: someone joining or leaving part-way, when, the item and the words. */
		MOVED, MOVED_IN_ITEM, MOVED_AS_MINUTED;

		private final List<String> headers;

		Field(String... headers) {
			this.headers = List.of(headers);
		}

		@Override
		public List<String> headers() {
			return this.headers;
		}

		@Override
		public List<String> wholeHeaders() {
			return switch (this) {
				case DECLARED_IN_ITEM -> List.of("declared in item");
				case DECLARED_AS_MINUTED -> List.of("declared as minuted");
				case DECLARED_THEN -> List.of("declared then");
				case RESOLVED_IN_ITEM -> List.of("resolved in item");
				case RESOLVED_AS_MINUTED -> List.of("resolved as minuted");
				case RESOLVED_OUTCOME -> List.of("resolved outcome");
				case MINUTE_NUMBER -> List.of("minute number");
				case MINUTE_TITLE -> List.of("minute title");
				case MOVED -> List.of("moved");
				case MOVED_IN_ITEM -> List.of("moved in item");
				case MOVED_AS_MINUTED -> List.of("moved as minuted");
				case DEPUTY -> List.of("deputy", "deputies", "named deputy", "nominated deputy", "substitute", "substitutes",
						"named substitute", "alternate", "alternates");
				default -> List.of();
			};
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

	/** A roster known only as at this date: seats hold on it, their start is unknown. */
	private final LocalDate asAt;

	/** Whether any name in the file carries a voting marker, so a name without one is non-voting. */
	private boolean votingMarkers;

	private final List<ReportLine> lines = new ArrayList<>();

	private final Records names;

	private final List<Map<String, Object>> records = new ArrayList<>();

	private int updated;

	/** Who the minutes record at the meeting: each person's family names, as written and as held. */
	private final Map<String, Set<String>> attending = new HashMap<>();

	/** Joining or leaving part-way, as the business or a status cell says ("Present (left after item 4)"). */
	private final List<MinutesBusiness.Moved> moved = new ArrayList<>();

	/** Declarations and resolutions in minutes pasted whole. */
	private final MinutesBusiness business;

	/** For a roster: the board, and the date seats start when the file gives none. */
	static RosterImport roster(Graph graph, Directory directory, String boardId, LocalDate from, LocalDate asAt) {
		return new RosterImport(graph, directory, boardId, null, from, asAt);
	}

	static RosterImport attendance(Graph graph, Directory directory, String meetingId) {
		return new RosterImport(graph, directory, null, meetingId, null, null);
	}

	private RosterImport(Graph graph, Directory directory, String boardId, String meetingId, LocalDate from,
			LocalDate asAt) {
		this.asAt = asAt;
		this.graph = graph;
		this.directory = directory;
		this.names = new Records(directory);
		this.boardId = boardId;
		this.meetingId = meetingId;
		this.from = from;
		this.business = (meetingId != null) ? new MinutesBusiness(graph, directory, meetingId) : null;
	}

	Plan plan(Table table, Map<String, String> mapping) {
		Columns<Field> columns = columns(table, mapping);
		if (!columns.has(Field.SURNAME) && !columns.has(Field.NAME)) {
			throw new ImportException(1, "no column holds people's names (Surname, or Name); give a column mapping");
		}
		Map<String, List<Held>> held = held();
		this.votingMarkers = table.rows().stream().anyMatch(r -> VOTING_MARKER.matcher(value(r, columns, Field.NAME)
				+ " " + value(r, columns, Field.SURNAME)).find());
		boolean beforeHeader = columns.header() != null;
		List<MinutesBusiness.Declared> declared = new ArrayList<>();
		List<MinutesBusiness.Resolved> resolved = new ArrayList<>();
		Map<String, String> minutes = new java.util.LinkedHashMap<>();
		for (Row row : table.rows()) {
			if (beforeHeader) {
				beforeHeader = row != columns.header();
				if (row.line() > 0) {
					skip(row, beforeHeader ? "above the header row" : "header row");
				}
			}
			else if (!value(row, columns, Field.DECLARED_AS_MINUTED).isEmpty()) {
				// Read once everyone present is known: only someone at the meeting declares at it.
				declared.add(new MinutesBusiness.Declared(row.line(), value(row, columns, Field.NAME),
						value(row, columns, Field.DECLARED_IN_ITEM), value(row, columns, Field.DECLARED_AS_MINUTED),
						value(row, columns, Field.DECLARED_THEN)));
			}
			else if (!value(row, columns, Field.RESOLVED_AS_MINUTED).isEmpty()) {
				resolved.add(new MinutesBusiness.Resolved(row.line(), value(row, columns, Field.RESOLVED_IN_ITEM),
						value(row, columns, Field.RESOLVED_AS_MINUTED), value(row, columns, Field.RESOLVED_OUTCOME)));
			}
			else if (!value(row, columns, Field.MOVED_AS_MINUTED).isEmpty()) {
				this.moved.add(new MinutesBusiness.Moved(row.line(), value(row, columns, Field.NAME),
						value(row, columns, Field.MOVED), value(row, columns, Field.MOVED_IN_ITEM),
						value(row, columns, Field.MOVED_AS_MINUTED)));
			}
			else if (!value(row, columns, Field.MINUTE_NUMBER).isEmpty()) {
				minutes.put(value(row, columns, Field.MINUTE_NUMBER), value(row, columns, Field.MINUTE_TITLE));
				skip(row, "heading \"" + value(row, columns, Field.HEADING) + "\"");
			}
			else if (!value(row, columns, Field.HEADING).isEmpty() && value(row, columns, Field.NAME).isEmpty()) {
				skip(row, "heading \"" + value(row, columns, Field.HEADING) + "\"");
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
		if (this.business == null) {
			// A roster: what minutes say of a meeting belongs to the meeting's attendance import.
			declared.forEach(d -> this.lines.add(new ReportLine(d.line(), Outcome.SKIPPED, "a declaration of interest: "
					+ "read only when importing a meeting's attendance")));
			resolved.forEach(r -> this.lines.add(new ReportLine(r.line(), Outcome.SKIPPED, "a decision: read only when "
					+ "importing a meeting's attendance")));
			this.moved.forEach(m -> this.lines.add(new ReportLine(m.line(), Outcome.SKIPPED, m.name()
					+ " joining or leaving part-way: read only when importing a meeting's attendance")));
		}
		else if (!declared.isEmpty() || !resolved.isEmpty() || !this.moved.isEmpty()) {
			this.lines.addAll(this.business.plan(this.attending, declared, resolved, this.moved, minutes));
		}
		this.lines.sort(ReportLine.BY_LINE);
		return new Plan(this.lines, this.names.peopleCreated(), this.names.organisationsCreated(),
				this.records.size() - this.updated + ((this.business != null) ? this.business.records() : 0),
				this.updated, 0, this::write);
	}

	/** An attendance list names a status column; a roster a role, or a title as agenda packs print rosters. */
	private Columns<Field> columns(Table table, Map<String, String> mapping) {
		if (this.meetingId != null) {
			return Columns.find(table.rows(), Field.class, mapping, List.of(Field.STATUS));
		}
		try {
			return Columns.find(table.rows(), Field.class, mapping, List.of(Field.ROLE));
		}
		catch (ImportException noRole) {
			try {
				return Columns.find(table.rows(), Field.class, mapping, List.of(Field.TITLE));
			}
			catch (ImportException noTitle) {
				try {
					// "Member", "Organisation": the title, if any, printed under each name in its cell.
					return Columns.find(table.rows(), Field.class, mapping, List.of(Field.NAME, Field.ORGANISATION));
				}
				catch (ImportException noOrganisation) {
					throw new ImportException(1, "no header row naming a Role or Title column (or a Name and an "
							+ "Organisation column) in the first rows; give a column mapping");
				}
			}
		}
	}

	private void read(Row given, Columns<Field> columns, Map<String, List<Held>> held) {
		// "Brackenford Council" under Name and "Cllr A Bell" under Organisation: cells swapped, or no one named.
		String organisationNamed = value(given, columns, Field.NAME);
		String other = value(given, columns, Field.ORGANISATION);
		boolean namesOrganisation = Names.guessKind(organisationNamed) != OrganisationKind.UNKNOWN
				&& Names.person(organisationNamed).honorific() == null;
		if (namesOrganisation && (other.isEmpty() || Names.guessKind(other) != OrganisationKind.UNKNOWN
				|| !Names.looksLikeName(other) || Names.notAPerson(other) != null)) {
			skip(given, "\"" + organisationNamed + "\" names an organisation, not a person: nothing recorded");
			return;
		}
		Row row = namesOrganisation ? nameAndOrganisationSwapped(given, columns) : given;
		String swapped = namesOrganisation ? "name and organisation cells swapped (\"" + organisationNamed
				+ "\" is an organisation): \"" + other + "\" read as the name" : null;
		String forename = value(row, columns, Field.FORENAME);
		String surname = value(row, columns, Field.SURNAME);
		String full = value(row, columns, Field.NAME);
		Optional<Boolean> marked = votingMarker(full + " " + surname);
		// "Cllr A Bell (v)" over "Leader of the Council": a title printed under the name, in the same cell.
		List<String> nameLines = Row.lines(full);
		String titleUnder = (nameLines.size() > 1)
				? VOTING_MARKER.matcher(String.join(", ", nameLines.subList(1, nameLines.size()))).replaceAll("").strip()
				: "";
		full = VOTING_MARKER.matcher(nameLines.isEmpty() ? full : nameLines.get(0)).replaceAll("").strip();
		surname = VOTING_MARKER.matcher(surname).replaceAll("").strip();
		// "Cllr A Bell (Co-Chair)", "C Dee (substitute for E Fay)" in a name cell: the brackets say what they did.
		Minutes.Entry bracketed = bracketed(full);
		String bracket = "";
		if (bracketed != null) {
			bracket = bracketed.title().substring(1, bracketed.title().length() - 1);
			full = bracketed.name();
		}
		Names.NameAndAfter named = Names.nameAndAfter(full, value(row, columns, Field.ORGANISATION));
		full = named.name();
		String afterName = named.after();
		if (surname.isEmpty() && full.isEmpty()) {
			fail(row, "no name");
			return;
		}
		if (!Names.looksLikeName(surname.isEmpty() ? full : forename + " " + surname)) {
			fail(row, "\"" + (surname.isEmpty() ? full : surname) + "\" does not read as a person's name");
			return;
		}
		String notAPerson = Names.notAPerson(surname.isEmpty() ? full : forename + " " + surname);
		// A vacant seat holds no one; minutes often list officers in attendance by post, who count for nothing; and a
		// roster naming a post ("Director of Public Health") does not say who holds it: nothing is guessed.
		if (notAPerson != null && (notAPerson.startsWith("a vacant seat") || notAPerson.contains("names a post"))) {
			this.lines.add(new ReportLine(row.line(), Outcome.SKIPPED, notAPerson + ": nothing recorded"));
			return;
		}
		if (notAPerson != null) {
			fail(row, notAPerson);
			return;
		}
		String statusText = value(row, columns, Field.STATUS);
		if (this.meetingId != null && NOT_RECORDED.matcher(Names.words(statusText)).matches()) {
			// A list printed before the meeting ("Expected"), or never filled in: it says nothing of who came.
			this.lines.add(new ReportLine(row.line(), Outcome.SKIPPED, "attendance \"" + statusText.strip()
					+ "\" states no attendance: nothing recorded for " + (surname.isEmpty() ? full : forename + " "
							+ surname).strip() + " (not counted present)"));
			return;
		}
		PersonName name = surname.isEmpty() ? Names.person(full) : Names.person(forename, surname);
		List<String> notes = new ArrayList<>();
		if (swapped != null) {
			notes.add(swapped);
		}
		Ref person = (this.meetingId != null) ? seatHolderLike(this.directory.person(name), name, held, notes) : null;
		if (person == null) {
			person = this.names.person(name, row.line(), notes);
		}
		if (person.refusal() != null) {
			fail(row, person.refusal());
			return;
		}
		String personId = person.id();
		if (this.meetingId != null) {
			attendance(row, columns, personId, name, notes, held, bracketed);
			return;
		}
		String roleText = value(row, columns, Field.ROLE);
		String title = value(row, columns, Field.TITLE).isEmpty() ? titleUnder : value(row, columns, Field.TITLE);
		if (title.isEmpty()) {
			// A roster's "Cllr A Bell (Executive Member for Health)", "Dr C Dee, Chair, NHS X CCG": the title after
			// the name (not the organisation the row names again).
			title = !bracket.isEmpty() ? bracket
					: (afterName != null && !Names.words(afterName).equals(Names.words(value(row, columns,
							Field.ORGANISATION)))) ? afterName : "";
		}
		// "Cllr A Bell (Chair)" over "Leader of the Council": the bracket says what seat it is.
		Membership.Role bracketRole = bracket.isEmpty() ? Membership.Role.MEMBER : boardRole(bracket);
		Optional<Membership.Role> role = !roleText.isEmpty() ? role(roleText)
				: Optional.of((bracketRole != Membership.Role.MEMBER) ? bracketRole : boardRole(title));
		Optional<Boolean> voting = yesNo(value(row, columns, Field.VOTING));
		Optional<LocalDate> start = date(row, columns, Field.FROM);
		if (role.isEmpty() || voting.isEmpty() && !value(row, columns, Field.VOTING).isEmpty()) {
			fail(row, role.isEmpty() ? "role \"" + roleText + "\" is not a seat the hub knows (chair, co-chair, vice "
					+ "chair, member, deputy, substitute, advisor, regular attendee)"
					: "voting \"" + value(row, columns, Field.VOTING) + "\" is not yes or no");
			return;
		}
		if ((start.isEmpty() && this.from == null && this.asAt == null) || (start.isPresent() && start.get() == null)) {
			fail(row, (start.isPresent()) ? "from \"" + value(row, columns, Field.FROM) + "\" is not a date"
					: "no date the seat starts: give a From column, the from option, or asAt for a roster known only "
							+ "as at a date");
			return;
		}
		for (Field field : List.of(Field.FROM, Field.TO)) {
			Dates.parse(value(row, columns, field))
				.filter(read -> read.missing() != null || read.guess() != null)
				.ifPresent(read -> notes.add(field.name().toLowerCase(Locale.ROOT) + " \"" + value(row, columns, field)
						+ "\" read as " + read.date() + " (" + ((read.guess() != null) ? read.guess()
								: "no " + read.missing() + " given") + ")"));
		}
		boolean fromUnknown = start.isEmpty() && this.from == null;
		if (fromUnknown) {
			notes.add("held as at " + this.asAt + "; start not stated");
		}
		boolean votes;
		if (voting.isPresent()) {
			votes = voting.get();
		}
		else if (this.votingMarkers) {
			votes = marked.orElse(false);
			if (marked.isEmpty()) {
				notes.add("no (v) after the name: non-voting");
			}
		}
		else {
			votes = false;
			notes.add("voting not stated: recorded as non-voting");
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
		String description = role.get() + " of the board: " + RegisterReader.describe(name)
				+ (title.isEmpty() ? "" : ", \"" + title + "\"") + (votes ? " (voting)" : " (non-voting)");
		Optional<Held> seat = held.getOrDefault(personId, List.of()).stream()
			.filter(h -> h.role().equals(role.get().name()) && h.side().equals(side))
			.findFirst();
		if (seat.isPresent()) {
			notes.add(0, description + "; already holds this seat (" + seat.get().id() + ")");
			this.lines.add(new ReportLine(row.line(), Outcome.MERGED, String.join("; ", notes)));
			return;
		}
		held.computeIfAbsent(personId, k -> new ArrayList<>()).add(new Held("line " + row.line(), role.get().name(), side));
		String deputy = value(row, columns, Field.DEPUTY).strip();
		if (!deputy.isEmpty() && !Names.vacant(deputy) && !Names.words(deputy).equals("none")) {
			// Substitutes count for whom they stand in for when the minutes say so; a roster's deputy holds no seat.
			notes.add("deputy \"" + deputy + "\" named: not recorded (the minutes' attendance records a substitute "
					+ "who came, \"substitute for\" the member)");
		}
		this.records.add(Params.of("id", UUID.randomUUID().toString(), "personId", personId, "organisationId",
				organisationId, "role", role.get().name(), "voting", votes, "electedMember", elected, "side",
				side.isEmpty() ? null : side, "from", start.orElse((this.from != null) ? this.from : this.asAt), "to",
				date(row, columns, Field.TO).orElse(null), "title", title.isEmpty() ? null : title, "fromUnknown",
				fromUnknown, "locator", "line " + row.line()));
		notes.add(0, description);
		this.lines.add(new ReportLine(row.line(), guessed(notes) ? Outcome.GUESSED : Outcome.IMPORTED,
				String.join("; ", notes)));
	}

	private void attendance(Row row, Columns<Field> columns, String personId, PersonName name, List<String> notes,
			Map<String, List<Held>> held, Minutes.Entry bracketed) {
		String statusText = value(row, columns, Field.STATUS);
		Optional<StatusCell> cell = statusCell(statusText);
		Optional<Attendance.Status> status = cell.map(StatusCell::status);
		List<Movements.Moved> moves = (this.business != null && cell.isPresent()
				&& (status.get() == Attendance.Status.PRESENT || status.get() == Attendance.Status.IN_ATTENDANCE))
				? Movements.inList((Objects.toString(name.givenName(), "") + " "
						+ name.familyName()).strip(), cell.get().rest()) : List.of();
		moves.forEach(m -> this.moved.add(new MinutesBusiness.Moved(row.line(), m.name(), m.how(),
				(m.item() != null) ? m.item() : "", m.sentence())));
		// "Present as substitute for Cllr A Bell" in the status, or "Substitute for Cllr A Bell" as the role.
		String substituteInStatus = cell.map(c -> Minutes.said("", c.rest(), "").substituteFor()).orElse("");
		String substituteSaid = !substituteInStatus.isEmpty() ? substituteInStatus
				: Minutes.said("", value(row, columns, Field.ROLE), "").substituteFor();
		boolean restRead = !substituteInStatus.isEmpty() || !substituteSaid.isEmpty() && cell.isPresent()
				&& Names.words(cell.get().rest()).matches("as (a )?substitute");
		if (cell.isPresent() && !cell.get().rest().isEmpty() && moves.isEmpty() && !restRead) {
			notes.add("attendance \"" + statusText.strip() + "\" read as "
					+ status.get().name().toLowerCase(Locale.ROOT) + "; \"" + cell.get().rest()
					+ "\" not read: record it on the meeting's page");
		}
		if (status.isEmpty()) {
			fail(row, "attendance \"" + statusText + "\" is not present, in attendance, apologies or absent");
			return;
		}
		String substituteText = or(value(row, columns, Field.SUBSTITUTE_FOR), bracketed, Minutes.Entry::substituteFor);
		substituteText = substituteText.isEmpty() ? substituteSaid : substituteText;
		String inAbsenceText = or(value(row, columns, Field.IN_ABSENCE_OF), bracketed, Minutes.Entry::inAbsenceOf);
		String chairingText = or(value(row, columns, Field.CHAIRING), bracketed, Minutes.Entry::chairing);
		String note = or(value(row, columns, Field.CHAIR_NOTE), bracketed, Minutes.Entry::chairNote);
		if (Names.words(statusText).matches("a|x")) {
			// Registers of attendance use "A" for apologies or for absent, "x" for present or for absent.
			notes.add("\"" + statusText.strip() + "\" read as " + status.get().name().toLowerCase(Locale.ROOT)
					+ ": the file gives no key to its marks");
		}
		String substituteFor = personNamed(substituteText, held);
		String inAbsenceOf = personNamed(inAbsenceText, held);
		if ("?".equals(substituteFor) || "?".equals(inAbsenceOf)) {
			fail(row, ("?".equals(substituteFor) ? "substitute for \"" + substituteText
					: "in the absence of \"" + inAbsenceText) + "\": no one of that name is held");
			return;
		}
		Optional<Attendance.Chairing> chairing = chairing(chairingText);
		if (chairing == null) {
			fail(row, "chairing \"" + chairingText + "\" is not chair, co-chair or chair for part");
			return;
		}
		Attendance.Status recorded = status.get();
		if (chairing.isPresent() && (recorded == Attendance.Status.APOLOGIES || recorded == Attendance.Status.ABSENT)) {
			fail(row, "recorded as chairing but " + recorded.name().toLowerCase(Locale.ROOT).replace('_', ' '));
			return;
		}
		boolean seated = held.containsKey(personId);
		if (recorded == Attendance.Status.PRESENT && !seated && substituteFor == null) {
			recorded = Attendance.Status.IN_ATTENDANCE;
			notes.add("listed as present but holds no seat on the board at the meeting date: recorded as in attendance"
					+ (chairing.isPresent() ? " (chairing without a seat, as the minutes say)" : ""));
		}
		String chair = chairing.map(c -> c.name() + (inAbsenceOf != null ? " in the absence of " + inAbsenceText : ""))
			.orElse("");
		String description = RegisterReader.describe(name) + ": " + recorded
				+ (chair.isEmpty() ? "" : " (" + chair + ")")
				+ (substituteFor == null ? "" : ", substitute for " + substituteText);
		String recordedAs = recorded.name() + (chair.isEmpty() ? "" : "+" + chair);
		if (held.getOrDefault("attended:" + personId, List.of()).stream().anyMatch(h -> h.role().equals(recordedAs))) {
			notes.add(0, description + "; already recorded");
			this.lines.add(new ReportLine(row.line(), Outcome.MERGED, String.join("; ", notes)));
			return;
		}
		if (held.containsKey("attended:" + personId)) {
			this.updated++;
		}
		held.put("attended:" + personId, List.of(new Held("line " + row.line(), recordedAs, "")));
		if (recorded == Attendance.Status.PRESENT || recorded == Attendance.Status.IN_ATTENDANCE) {
			Set<String> known = this.attending.computeIfAbsent(personId, k -> new HashSet<>());
			known.add(Names.words(name.familyName()));
			chairing.ifPresent(c -> known.add((c == Attendance.Chairing.CHAIR_FOR_PART)
					? MinutesBusiness.THE_CHAIR_FOR_PART : MinutesBusiness.THE_CHAIR));
		}
		this.records.add(Params.of("id", UUID.randomUUID().toString(), "personId", personId, "key",
				this.meetingId + "|" + personId, "status", recorded.name(), "chair", chairing.isPresent(), "chairing",
				chairing.map(Enum::name).orElse(null), "chairNote", note.isEmpty() ? null : note, "substituteForId",
				substituteFor, "inAbsenceOfId", inAbsenceOf, "locator", "line " + row.line()));
		notes.add(0, description);
		this.lines.add(new ReportLine(row.line(), guessed(notes) || recorded != status.get() ? Outcome.GUESSED
				: Outcome.IMPORTED, String.join("; ", notes)));
	}

	/** The id of the person a cell names (a seat-holder first, allowing a misspelling); null for a blank cell, "?" when nobody matches. */
	private String personNamed(String text, Map<String, List<Held>> held) {
		if (text.isEmpty()) {
			return null;
		}
		PersonName name = Names.person(text);
		Directory.Match match = this.directory.person(name);
		if (match instanceof Found found) {
			return found.known().id();
		}
		Ref seatHolder = seatHolderLike(match, name, held, new ArrayList<>());
		return (seatHolder != null) ? seatHolder.id() : "?";
	}

	/**
	 * At a meeting, the seat-holder a name in the minutes stands for when it is not an exact match: one holder whose
	 * family name is a letter away and whose forename fits ("Bettina Rowe" for the roster's "Bettina Roe"). Null when
	 * the name matches exactly, or no single seat-holder is alike.
	 */
	private Ref seatHolderLike(Directory.Match match, PersonName name, Map<String, List<Held>> held,
			List<String> notes) {
		if (!(match instanceof Directory.Unknown unknown)) {
			return null;
		}
		List<Directory.Known> seated = unknown.alike().stream().filter(k -> held.containsKey(k.id())).distinct().toList();
		if (seated.size() != 1) {
			return null;
		}
		Directory.Known known = seated.get(0);
		notes.add("\"" + RegisterReader.describe(name) + "\" read as " + known.name() + ", who holds a seat (spelt "
				+ "differently in the file)");
		return new Ref(known.id(), known.name(), false, 0, null);
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
				       a.status + CASE WHEN a.chairing IS NULL THEN '' ELSE '+' + a.chairing END AS role, '' AS side
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
					  from: r.from, to: r.to, title: r.title, fromUnknown: r.fromUnknown, createdAt: datetime(),
					  importId: $importId
					})-[:ON_BOARD]->(b)
					CREATE (m)-[:SOURCED_FROM {locator: r.locator}]->(d)
					WITH m, r
					MATCH (o:Organisation {id: r.organisationId})
					CREATE (m)-[:ON_BEHALF_OF]->(o)
					""", this.records, Map.of("boardId", this.boardId));
			return;
		}
		// The list as minuted is the whole attendance: anyone else with a seat was absent.
		batches.update("""
				UNWIND $rows AS r
				MATCH (mt:Meeting {id: $meetingId})
				SET mt.attendanceComplete = true
				""", List.of(Map.of()), Map.of("meetingId", this.meetingId));
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
				SET a.status = r.status, a.chair = r.chair, a.chairing = r.chairing, a.chairNote = r.chairNote,
				    a.updatedAt = datetime()
				MERGE (a)-[s:SOURCED_FROM]->(d)
				  ON CREATE SET s.locator = r.locator
				WITH a, r
				CALL (a) {
				  MATCH (a)-[old:SUBSTITUTE_FOR|IN_ABSENCE_OF]->()
				  DELETE old
				}
				CALL (a, r) {
				  MATCH (principal:Person {id: r.substituteForId})
				  CREATE (a)-[:SUBSTITUTE_FOR]->(principal)
				}
				CALL (a, r) {
				  MATCH (absent:Person {id: r.inAbsenceOfId})
				  CREATE (a)-[:IN_ABSENCE_OF]->(absent)
				}
				""", this.records, Map.of("meetingId", this.meetingId));
		this.business.write(batches);
	}

	private static Row nameAndOrganisationSwapped(Row row, Columns<Field> columns) {
		int name = columns.of(Field.NAME);
		int organisation = columns.of(Field.ORGANISATION);
		List<String> cells = new ArrayList<>(row.cells());
		while (cells.size() <= Math.max(name, organisation)) {
			cells.add("");
		}
		cells.set(name, row.cell(organisation));
		cells.set(organisation, row.cell(name));
		return new Row(row.line(), cells);
	}

	private void skip(Row row, String why) {
		this.lines.add(new ReportLine(row.line(), Outcome.SKIPPED, why));
	}

	private void fail(Row row, String why) {
		this.lines.add(new ReportLine(row.line(), Outcome.FAILED, why));
	}

	private static boolean guessed(List<String> notes) {
		return notes.stream().anyMatch(n -> n.contains("possibly the same as") || n.startsWith("voting not stated")
				|| n.contains("\" read as ") || n.startsWith("role read as") || n.startsWith("deputy "));
	}

	/** A name and a bracket after it: "Cllr A Bell (Chair)", but not "Bell, Ann (Cllr)". */
	private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*([^()]*?\\S)\\s*\\(([^()]+)\\)\\s*");

	/** A status and more words after it: "Apologies - substitute attended", "Present (left at 3pm)". */
	private static final Pattern STATUS_AND_MORE = Pattern.compile("\\s*([^-\u2013,;(]+?)\\s*[-\u2013,;(]\\s*(.+)");

	/** A status cell that states no attendance: ModernGov's "Expected" before attendance is taken, "TBC". */
	private static final Pattern NOT_RECORDED = Pattern
		.compile("expected|not recorded|not yet recorded|tbc|to be confirmed|unknown|awaiting");

	/** "Present as substitute", "Attended as deputy": present, and in what capacity. */
	private static final Pattern PRESENT_AS = Pattern.compile("(?i)\\s*(present|attended)\\s+(as\\s+\\S.*)");

	/** "(v)" after a voting member's name, as agenda packs print rosters; "(nv)" for non-voting. */
	static final Pattern VOTING_MARKER = Pattern.compile("(?i)\\s*\\((v|nv|voting|non-voting)\\)\\s*");

	private static Optional<Boolean> votingMarker(String name) {
		Matcher m = VOTING_MARKER.matcher(name);
		return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT).matches("v|voting")) : Optional.empty();
	}

	/**
	 * The seat's role on this board from a job title as printed: only a title that ends in a chair word is a chair of
	 * this board ("Leader of the Council and Co-Chair"); "Chair, NHS Northmere CCG" chairs the member's own body.
	 */
	static Membership.Role boardRole(String title) {
		String t = Names.words(title);
		if (t.matches("(.* )?(co chair|co chairman|co chairperson)")) {
			return Membership.Role.CO_CHAIR;
		}
		if (t.matches("(.* )?(vice chair|deputy chair)")) {
			return Membership.Role.VICE_CHAIR;
		}
		if (t.matches("(.* and )?(chair|chairman|chairperson)( of the (board|committee|sub committee|partnership))?")) {
			return Membership.Role.CHAIR;
		}
		return role(title).filter(r -> r != Membership.Role.CHAIR && r != Membership.Role.CO_CHAIR
				&& r != Membership.Role.VICE_CHAIR).orElse(Membership.Role.MEMBER);
	}

	/** Empty for a blank cell; null for words that are no kind of chairing. */
	private static Optional<Attendance.Chairing> chairing(String text) {
		String t = Names.words(text);
		if (t.isEmpty() || t.matches("no|n|false")) {
			return Optional.empty();
		}
		if (t.matches("co chair|co chairing|co chaired|cochair")) {
			return Optional.of(Attendance.Chairing.CO_CHAIR);
		}
		if (t.matches("chair for part|chair for part of the meeting|part")) {
			return Optional.of(Attendance.Chairing.CHAIR_FOR_PART);
		}
		if (t.matches("chair|in the chair|chaired|yes|y|true")) {
			return Optional.of(Attendance.Chairing.CHAIR);
		}
		return null;
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

	/** A status cell read: the status, and any words after it the hub does not read (empty when none). */
	record StatusCell(Attendance.Status status, String rest) {
	}

	/** "Present", or "Apologies - substitute attended", "Present (left after item 4)"; empty when it states none. */
	static Optional<StatusCell> statusCell(String text) {
		Optional<Attendance.Status> whole = status(text);
		if (whole.isPresent()) {
			return Optional.of(new StatusCell(whole.get(), ""));
		}
		Matcher as = PRESENT_AS.matcher(text);
		if (as.matches()) {
			return Optional.of(new StatusCell(Attendance.Status.PRESENT, as.group(2).strip()));
		}
		Matcher more = STATUS_AND_MORE.matcher(text);
		if (!more.matches()) {
			return Optional.empty();
		}
		String rest = more.group(2).strip();
		// "Present (left after item 4)": the bracket's close goes with its open.
		String unbracketed = (rest.endsWith(")") && rest.indexOf('(') < 0)
				? rest.substring(0, rest.length() - 1).strip() : rest;
		return status(more.group(1)).map(status -> new StatusCell(status, unbracketed));
	}

	/**
	 * A name cell with a bracket after the name ("Cllr A Bell (Chair)", "C Dee (substitute for E Fay)"): the name, the
	 * bracket as its title and what it says of the meeting; null without one, or when the bracket holds a title of the
	 * name's own ("Bell, Ann (Cllr)", "A Bell (MBE)").
	 */
	static Minutes.Entry bracketed(String nameCell) {
		Matcher trailing = TRAILING_BRACKET.matcher(nameCell);
		if (!trailing.matches() || Names.isHonorific(trailing.group(2).strip())
				|| Names.isPostNominal(trailing.group(2).strip())) {
			return null;
		}
		return Minutes.said(trailing.group(1), "(" + trailing.group(2).strip() + ")", "");
	}

	/** A column's value, or when it is blank what the brackets after the name say. */
	private static String or(String value, Minutes.Entry bracketed, Function<Minutes.Entry, String> said) {
		return (value.isEmpty() && bracketed != null) ? said.apply(bracketed) : value;
	}

	private static Optional<Attendance.Status> status(String text) {
		String t = Names.words(text);
		if (t.matches("p|present|yes|y|attended|x|(present|attended) as expected")) {
			return Optional.of(Attendance.Status.PRESENT);
		}
		if (t.matches("in attendance|attending|observer|ia")) {
			return Optional.of(Attendance.Status.IN_ATTENDANCE);
		}
		if (t.matches("apologies|apologies received|apols|a|sent apologies")) {
			return Optional.of(Attendance.Status.APOLOGIES);
		}
		if (t.matches("absent|no|n|did not attend|absent without apologies")) {
			return Optional.of(Attendance.Status.ABSENT);
		}
		return Optional.empty();
	}

}
