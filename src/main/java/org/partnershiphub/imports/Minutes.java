package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.partnershiphub.common.Validation;
import org.partnershiphub.imports.Table.Row;
import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.Attendance;
import org.partnershiphub.meeting.Decision;

/**
 * An attendance list as minutes print it, read into the attendance layout. Headings ("PRESENT:", "IN ATTENDANCE:",
 * "Apologies for absence:", or a sentence: "Apologies were received from ...") open sections; under them each line is
 * "Name - title" (or "Name, title"), or a list of names ("A (Chair), B and C."), read as a list only when every part
 * of it reads as a person's name, so that a title is never split into people nor a list taken for one person's title.
 * Who chaired is read only from what the minutes say of the meeting ("(in the Chair)", "Chair: X", "co-chairing in the
 * absence of X", "chaired items 1 to 4"): a "Chair" in a job title is the chair of the member's own body. Every line
 * keeps its number in the text.
 */
final class Minutes {

	/** The columns of the rows produced, in order (the first row, numbered 0, names them). */
	static final List<String> HEADER = List.of("Name", "Title", "Attendance", "Chairing", "In absence of",
			"Substitute for", "Chair note", "Heading", "Declared in item", "Declared as minuted", "Declared then",
			"Resolved in item", "Resolved as minuted", "Resolved outcome", "Minute number", "Minute title", "Moved",
			"Moved in item", "Moved as minuted");

	private static final Pattern HEADING = Pattern.compile("(?i)^\\s*((?:(?:voting|non-voting|co-opted|board|committee) )?"
			+ "members present|present|in attendance|also in attendance|also present|officers present|officers in "
			+ "attendance|officers|others present|attendees|attendance|(?:(?:voting|non-voting|co-opted|board|committee) )?"
			+ "members|apologies(?: for absence)?(?: (?:were |was |have been )?(?:received|submitted|noted|tendered)(?: "
			+ "from)?)?|absent)\\s*(?::\\s*(.*))?$");

	/** A tab or a run of spaces between a name and its title, as a table pasted into text leaves them. */
	static final Pattern GAP = Pattern.compile("(?<=\\S)(?:\\t+|[ \\t]{3,})(?=\\S)");

	/** A bullet or number before a name: "•", "-", "1.", "2)", "(a)". */
	private static final Pattern BULLET = Pattern
		.compile("^\\s*(?:[\u2022\u00b7\u25aa\u25cf*\u2013-]|\\d{1,2}[.)]|\\(?[a-z]\\))\\s+");

	private static final Pattern IN_ABSENCE = Pattern.compile("(?i)(co-?\\s?chair(?:ing|ed)?|chair(?:ing|ed)?|in the "
			+ "chair)[^()]*?\\bin the absence of\\s+([^()]+?)\\s*\\)?\\s*$");

	/** "(Chair)" or "(Co-Chair)" at the end of what follows a name. */
	private static final Pattern CHAIR_MARK = Pattern
		.compile("(?:.*\\s)?\\(\\s*(co-?\\s?)?chair(?:man|woman|person)?\\s*\\)");

	private static final Pattern SUBSTITUTE = Pattern.compile("(?i)\\b(?:substitut(?:e|ing) for|deputising for|standing "
			+ "in for|as substitute for)\\s+([^()]+?)\\s*\\)?\\s*$");

	/** "Apologies for absence were received from A and B." */
	private static final Pattern APOLOGIES_SENTENCE = Pattern.compile("(?i)^\\s*apologies(?: for absence)?\\s+(?:were|"
			+ "was|had been|have been)\\s+(?:received|submitted|given|tendered|noted|reported)\\s+(?:from|by|on behalf of)"
			+ "\\s+(.+)$");

	/** An agenda item's number or minute reference and its title: "2.", "Item 4:", "4.1", "3(a)", "HWB/23/19". */
	private static final Pattern ITEM_NUMBER = Pattern.compile("(?i)^\\s*(?:item\\s+)?(?:(?:[a-z]{1,6}[\\s/]?)?\\d{1,3}/"
			+ "\\d{2,4}|\\d{1,3}(?:\\.\\d{1,2})*(?:\\([a-z]\\))?)[.):]?\\s+(\\S.*)$");

	/** The titles minutes' business opens with, numbered or not: "Declarations of interest", "Minutes of the ...". */
	private static final Pattern BUSINESS = Pattern.compile("(?i)^\\s*(?:welcome(?:\\s*$|\\s*(?:and|to|,|&))|introductions?"
			+ "\\b|declarations? of interests?|minutes of the|minutes and action|matters arising|action (?:log|tracker)|"
			+ "chair'?s? (?:announcements|update|report|welcome)|any other business|date of (?:the )?next meeting|"
			+ "questions from|public questions|exclusion of the (?:press|public))");

	/** Words of agenda items' titles, never of a person's name: a numbered line with one is an item. */
	static final Set<String> AGENDA_WORDS = Set.of("report", "reports", "plan", "plans", "strategy", "update",
			"updates", "assessment", "fund", "budget", "review", "proposal", "proposals", "programme", "framework",
			"policy", "performance", "minutes", "agreement", "business", "questions", "matters", "items",
			"consultation", "recommendations", "arising", "declarations", "interests", "apologies", "forward", "resolved");

	/** A line naming an interest and an item: a declaration, in words the reader may not know. */
	private static final Pattern INTEREST_IN_ITEM = Pattern.compile("(?i)\\binterests?\\b.*\\b(?:item|minute)s?\\s+\\S"
			+ "|\\b(?:item|minute)s?\\s+\\S.*\\binterests?\\b");

	/** "There were no declarations of interest", "None declared". */
	private static final Pattern NONE_DECLARED = Pattern.compile("(?i)\\b(?:none|nil)\\b|\\bno\\b(?!\\.?\\s*\\d)");

	/** A sentence of the minutes' business recording a declaration: "Dr A Bell declared a pecuniary interest in ...". */
	private static final Pattern DECLARED = Pattern.compile("(?i)\\bdeclared? (?:an? |their |his |her )?(?:[\\w-]+ ){0,3}"
			+ "interests?\\b");


	/** "None", "Nil", "No apologies were received": a section that names nobody. */
	private static final Pattern NOBODY = Pattern.compile("(?i)^\\s*(?:none|nil|n/?a|-|no apologies(?: for absence)?(?: "
			+ "were| had been)?(?: received)?|there were (?:none|no apologies(?: for absence)?))\\s*\\.?\\s*$");

	/** A label before a name in a list of those present: "Chair: Cllr A Bell", "Co-Chairs: A and B". */
	private static final Pattern LABEL = Pattern.compile("(?i)^\\s*(in the chair|chair(?:man|woman|person)?|co-?\\s?chairs?|"
			+ "(?:vice|deputy)[- ]?chair(?:man|woman|person)?)\\s*:\\s*(.+)$");

	/** Words of job titles and bodies, never of a person's name: a part with one is a title, not a name. */
	static final Set<String> TITLE_WORDS = Set.of("council", "nhs", "director", "officer", "chair", "chairman",
			"chairwoman", "chairperson", "member", "members", "executive", "manager", "trust", "healthwatch", "ccg", "icb",
			"board", "committee", "services", "service", "group", "authority", "partnership", "health", "care",
			"foundation", "clerk", "secretary", "leader", "cabinet", "deputy", "vice", "co-chair", "vice-chair", "governor",
			"adviser", "advisor", "representative", "commissioner", "practice", "hospital", "of", "for", "the", "and",
			"team", "public", "adults", "children", "finance", "chief", "system", "borough", "county", "district", "ltd",
			"limited", "governance", "democratic", "legal", "gp", "ceo", "cfo", "coo", "nurse", "medical", "clinical",
			"surgery", "centre", "center", "pharmacy", "hospice", "clinic", "plc", "federation", "association",
			"university", "college", "school", "charity", "society", "network", "alliance", "collaborative", "housing",
			"sector", "forum", "voluntary", "community", "commissioning", "programme", "agency", "ambulance", "police",
			"adult", "social", "people", "wellbeing", "strategic", "operations", "operating", "corporate", "assistant",
			"head", "lead", "nursing", "quality", "transformation", "integration", "integrated", "planning", "policy",
			"communications", "engagement", "independent", "lay", "non-executive", "interim", "acting", "primary",
			"mental", "strategy", "education", "safeguarding", "development", "improvement", "resources", "digital",
			"medicines", "estates", "workforce", "delivery", "population", "prevention", "scrutiny", "senior",
			"principal", "specialist", "coordinator", "co-ordinator", "administrator", "consultant", "practitioner",
			"pharmacist", "patient", "patients", "carer", "carers", "local", "national", "regional", "england");

	/** Lower-case words within a name ("Ana de Souza"), which are not counted as its capitalised words. */
	static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "le", "la", "du", "da", "di", "del",
			"bin", "ibn", "al", "el");

	private static final Pattern PART = Pattern.compile("(?i)\\b(?:in the chair|chair(?:ed|ing)?) for (items? [^()]+?)"
			+ "\\s*\\)?\\s*$");

	private Minutes() {
	}

	/** Whether the text is laid out as minutes: some line is a heading and no line is a CSV header of ours. */
	static boolean isMinutes(String text) {
		return text.lines().limit(500).anyMatch(line -> HEADING.matcher(line).matches() && !line.contains(","))
				|| text.lines().limit(500).anyMatch(line -> {
					Matcher m = HEADING.matcher(line);
					return APOLOGIES_SENTENCE.matcher(line).matches() || (m.matches() && m.group(2) != null
							&& !m.group(2).isBlank() && (m.group(1).toLowerCase(Locale.ROOT).startsWith("apolog")
									|| splitList(m.group(2)).size() > 1));
				});
	}

	static Table table(String text, String encoding) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(0, HEADER));
		String status = null;
		boolean business = false;
		String standingUnder = null;
		// The columns of a table of attendance being read, a row a person on the lines below.
		Attending attending = null;
		// The columns of a table of declarations being read, its rows on the lines below.
		Declarations.Tabled tabled = null;
		// Who the table's row above declared: a row with its name cell empty is theirs too.
		String declarer = null;
		// A resolution being read, over its clauses on the lines below: its line, item and text.
		int resolvedAt = 0;
		String resolvedIn = null;
		StringBuilder resolution = null;
		int number = 0;
		String[] printedLines = text.split("\\R", -1);
		for (int next = 0; next < printedLines.length; next++) {
			String printed = printedLines[next];
			number = next + 1;
			// A list of names wrapped on to the next line ("Councillors M. Oyelaran and" over "E. Vance, Dr D. Dee").
			while (!business && attending == null && (status != null || HEADING.matcher(printed).matches())
					&& next + 1 < printedLines.length && !printedLines[next + 1].isBlank()
					&& !HEADING.matcher(printedLines[next + 1]).matches() && (runsOn(printed)
							|| printedLines[next + 1].strip().startsWith("(")
									&& !BULLET.matcher(printedLines[next + 1]).lookingAt())) {
				printed = printed.stripTrailing() + " " + printedLines[++next].strip();
			}
			if (resolution != null) {
				if (Resolutions.continues(printed) && resolution.length() < Validation.TEXT_MAX) {
					resolution.append(' ').append(printed.strip());
					continue;
				}
				rows.add(resolved(resolvedAt, resolvedIn, resolution.toString()));
				resolution = null;
			}
			// A bullet or number before a name, and a tab or a run of spaces between a name and its title.
			String line = GAP.matcher(BULLET.matcher(printed).replaceFirst("")).replaceAll(" - ");
			if (line.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
				throw new ImportException(number, "a control character where text was expected: this is not a text file");
			}
			List<String> columns = List.of(GAP.split(BULLET.matcher(printed).replaceFirst("").strip()));
			if (!business && attending != null) {
				List<String> cells = attending.table().row(printed);
				if (cells != null) {
					rows.addAll(attending.rows(number, cells));
					continue;
				}
				attending = null;
			}
			PrintedTable headings = business ? null : PrintedTable.of(printed);
			if ((attending = Attending.header(headings)) != null) {
				status = "present";
				rows.add(row(number, "", "", "", "", "", "", "",
						printed.strip() + " (the headings of a table of attendance)"));
				continue;
			}
			if (Attending.headingsOnly(headings)) {
				// "Name      Title" over the names: the table's headings, not a person called Name.
				rows.add(row(number, "", "", "", "", "", "", "",
						printed.strip() + " (the headings of a table of names)"));
				continue;
			}
			if (status != null && !business && columns.size() > 1 && columns.stream().allMatch(Minutes::nameOnly)) {
				// Names printed in two columns ("Councillor A Bell (Chair)      C Dee"): each a person.
				int at = number;
				String section = status;
				columns.forEach(cell -> entries(cell, section).forEach(entry -> rows.addAll(entry.rows(at))));
				continue;
			}
			Matcher sentence = APOLOGIES_SENTENCE.matcher(line);
			if (sentence.matches()) {
				int at = number;
				entries(sentence.group(1).strip(), "apologies").forEach(entry -> rows.add(entry.row(at)));
				status = business ? status : "apologies";
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				business = false;
				status = status(heading.group(1));
				String rest = (heading.group(2) != null) ? heading.group(2).strip() : "";
				if (rest.isEmpty()) {
					rows.add(row(number, "", "", "", "", "", "", "", heading.group(1).strip()));
				}
				else {
					int at = number;
					entries(rest, status).forEach(entry -> rows.addAll(entry.rows(at)));
				}
				continue;
			}
			if (business) {
				List<String> cells = (tabled != null) ? tabled.table().row(printed) : null;
				if (cells != null) {
					Declarations.Declared d = tabled.read(cells, standingUnder, declarer);
					declarer = (d != null) ? d.name() : null;
					rows.add((d != null) ? declared(number, d) : row(number, "", "", "", "", "", "", "", "",
							printed.strip() + " (a row of the table of declarations whose name cell is not a person's "
									+ "name: not read; record it on the meeting's page)"));
					continue;
				}
				tabled = Declarations.Tabled.header(PrintedTable.of(printed));
				declarer = null;
				if (tabled != null) {
					continue;
				}
				Matcher item = ITEM_NUMBER.matcher(printed);
				boolean itemHeading = item.matches();
				if (itemHeading || BUSINESS.matcher(line).lookingAt()) {
					// An item's minute: what is declared under it, naming no item, is declared in this one.
					standingUnder = itemNumber(printed, item);
				}
				boolean declares = DECLARED.matcher(line).find()
						|| INTEREST_IN_ITEM.matcher(line).find() && !NONE_DECLARED.matcher(line).find();
				List<Declarations.Declared> declared = Declarations.read(line, standingUnder);
				for (Declarations.Declared d : declared) {
					rows.add(declared(number, d));
				}
				if (!declared.isEmpty()) {
					continue;
				}
				if (itemHeading && standingUnder != null && !isSentence(item.group(1))) {
					// "18. BETTER CARE FUND PLAN": the minute's number and title, to find its item on the agenda by.
					rows.add(minute(number, printed.strip(), standingUnder, item.group(1).strip()));
					continue;
				}
				List<Movements.Moved> moved = itemHeading ? List.of() : Movements.read(line, standingUnder);
				for (Movements.Moved m : moved) {
					rows.add(moved(number, m));
				}
				if (!moved.isEmpty()) {
					continue;
				}
				if (!itemHeading && Resolutions.RESOLVED.matcher(line).find()) {
					resolvedAt = number;
					resolvedIn = standingUnder;
					resolution = new StringBuilder(printed.strip());
					continue;
				}
				// Not attendance, but not to pass over without a word either.
				if (declares) {
					rows.add(row(number, "", "", "", "", "", "", "", printed.strip() + " (a declaration of interest in "
							+ "the minutes: not read from here; record it on the meeting's page)"));
				}
				continue;
			}
			if (line.isBlank()) {
				rows.add(row(number, "", "", "", "", "", "", "", ""));
				continue;
			}
			if (status != null && opensBusiness(printed)) {
				// Whole minutes pasted in: the attendance ends where the business begins.
				business = true;
				Matcher opening = ITEM_NUMBER.matcher(printed);
				standingUnder = itemNumber(printed, opening);
				String begins = printed.strip() + " (the meeting's business begins: no names are read after it but "
						+ "apologies and headings of attendance)";
				rows.add((standingUnder != null) ? minute(number, begins, standingUnder, opening.group(1).strip())
						: row(number, "", "", "", "", "", "", "", begins));
				continue;
			}
			if (status == null && LABEL.matcher(line).matches()) {
				// "Chair: Cllr A Bell" above the list of those present.
				status = "present";
			}
			if (status == null) {
				// Text before the first heading: the minutes' own title.
				rows.add(row(number, "", "", "", "", "", "", "", line.strip()));
				continue;
			}
			List<Entry> entries = entries(line.strip(), status);
			if (entries.size() == 1 && isSentence(entries.get(0).name())) {
				// "The Chair welcomed everyone to the meeting.": a paragraph where a name should be.
				rows.add(row(number, "", "", "", "", "", "", "", printed.strip() + " (a sentence, not a name: not read)"));
				continue;
			}
			for (Entry entry : entries) {
				rows.addAll(entry.rows(number));
			}
		}
		if (resolution != null) {
			rows.add(resolved(resolvedAt, resolvedIn, resolution.toString()));
		}
		return new Table(rows, encoding);
	}

	/**
	 * A line ending where a list of names cannot: after a comma, "and", or an initial after an honorific or another
	 * initial ("Ms L.", "Dr A. B."), or in a bracket.
	 */
	private static final Pattern RUNS_ON = Pattern.compile(".*(?:[,;&]|\\b[Aa]nd|(?:\\b(?i:" + String.join("|",
			List.of("cllr", "councillor", "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame"))
			+ ")|\\b\\p{Lu})\\.?\\s+\\p{Lu}\\.?)$");

	static boolean runsOn(String line) {
		String text = line.strip();
		String last = text.substring(text.lastIndexOf(' ') + 1);
		// An honorific ends a line that runs on where a name would begin ("..., Dr" over "A Bell"), not after a name
		// ("Ines Rev").
		String before = text.substring(0, text.length() - last.length()).strip();
		boolean honorific = Names.isHonorific(last) && (before.isEmpty()
				|| before.matches("(?s).*(?:[,;&:]|\\b[Aa]nd)") || HEADING.matcher(before).matches());
		return !text.isEmpty() && (RUNS_ON.matcher(text).matches() || honorific
				|| text.chars().filter(c -> c == '(').count() > text.chars().filter(c -> c == ')').count());
	}

	private static Row minute(int line, String heading, String number, String title) {
		return row(line, "", "", "", "", "", "", "", heading, "", "", "", "", "", "", number, title);
	}

	private static Row moved(int line, Movements.Moved m) {
		return row(line, m.name(), "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
				m.how(), (m.item() != null) ? m.item() : "", m.sentence());
	}

	private static Row declared(int line, Declarations.Declared d) {
		return new Row(line, List.of(d.name(), "", "", "", "", "", "", "", (d.item() != null) ? d.item() : "",
				d.sentence(), (d.action() != null) ? d.action().name() : ""));
	}

	/**
	 * A table of attendance printed in the minutes ("Member | Role | Attendance"), by its columns: the person's name,
	 * their status as printed ("Present", "Apologies - represented by J Hart", "Y"; read as the import reads such a
	 * column) or a column a status, "Present" and "Apologies", the one marked giving it; the rest their title.
	 */
	record Attending(PrintedTable table, int name, int status, List<Integer> marks) {

		private static final Pattern NAME = Pattern.compile("(?i)names?|members?|attendees?|councillors?|membership");

		private static final Pattern STATUS = Pattern
			.compile("(?i)attendance|attended|status|present( or |/)apologies");

		/** A column whose mark gives a status: its heading is the status. */
		private static final Pattern MARK = Pattern.compile("(?i)present|apologies|absent|in attendance|attended");

		/** A mark column left blank or crossed out. */
		private static final Pattern UNMARKED = Pattern.compile("(?i)|-+|\u2013|no|n|0|\u2717");

		/** What else a table of names heads its columns with. */
		private static final Pattern OTHER = Pattern.compile("(?i)(job )?titles?|roles?|positions?|posts?|designation"
				+ "|organi[sz]ations?|representing|on behalf of|body|voting|notes?|comments?");

		/** Whether a table's headings are a name column's and others' only, with no status: "Name   Title". */
		static boolean headingsOnly(PrintedTable table) {
			return table != null && table.headings().stream().anyMatch(h -> NAME.matcher(h.strip()).matches())
					&& table.headings().stream().map(h -> h.strip().replaceAll("[:.]$", ""))
						.allMatch(h -> NAME.matcher(h).matches() || OTHER.matcher(h).matches());
		}

		static Attending header(PrintedTable table) {
			if (table == null) {
				return null;
			}
			int name = -1;
			int status = -1;
			List<Integer> marks = new ArrayList<>();
			for (int i = 0; i < table.headings().size(); i++) {
				String cell = table.headings().get(i).strip().replaceAll("[:.]$", "");
				if (name < 0 && NAME.matcher(cell).matches()) {
					name = i;
				}
				else if (status < 0 && STATUS.matcher(cell).matches()) {
					status = i;
				}
				else if (MARK.matcher(cell).matches()) {
					marks.add(i);
				}
			}
			if (status < 0 && marks.size() == 1) {
				// "Name   Present": the one column is the status, "Y" or "N" in it.
				status = marks.remove(0);
			}
			return (name >= 0 && (status >= 0 || marks.size() > 1)) ? new Attending(table, name, status, marks) : null;
		}

		List<Row> rows(int line, List<String> cells) {
			String printed = (this.status >= 0) ? cells.get(this.status) : String.join(" and ", this.marks.stream()
				.filter(i -> !UNMARKED.matcher(cells.get(i)).matches())
				.map(i -> this.table.headings().get(i).strip())
				.toList());
			Entry named = entry(cells.get(this.name), printed);
			// "Apologies - represented by J Hart": the apologies, and the substitute present in the member's place.
			Optional<RosterImport.StatusCell> cell = RosterImport.statusCell(printed);
			Optional<Entry> instead = cell.filter(c -> c.status() == Attendance.Status.APOLOGIES
					|| c.status() == Attendance.Status.ABSENT)
				.flatMap(c -> cameInstead(new Entry(named.name(), c.rest(), "apologies", "", "", "", "")));
			String state = instead.isPresent() ? cell.get().status().name() : printed;
			List<String> rest = new ArrayList<>();
			for (int i = 0; i < cells.size(); i++) {
				if (i != this.name && i != this.status && !this.marks.contains(i) && !cells.get(i).isBlank()) {
					rest.add(cells.get(i));
				}
			}
			List<Row> rows = new ArrayList<>(said(named.name(), (named.title() + " " + String.join(", ", rest)).strip(),
					state).rows(line));
			instead.ifPresent(substitute -> rows.add(substitute.row(line)));
			return rows;
		}

	}

	private static Row resolved(int line, String item, String text) {
		Decision.Outcome outcome = Resolutions.outcome(text);
		return new Row(line, List.of("", "", "", "", "", "", "", "", "", "", "", (item != null) ? item : "", text,
				(outcome != null) ? outcome.name() : ""));
	}

	/**
	 * The number of the item a line of the business opens ("6. Healthwatch annual report", "Item 6:", "HWB/25/14"); null
	 * for an unnumbered one, or for the item of declarations itself (what is declared there is in other items).
	 */
	private static String itemNumber(String printed, Matcher item) {
		if (!item.matches() || DECLARATIONS_ITEM.matcher(item.group(1)).find()) {
			return null;
		}
		return AgendaItem.number(printed.substring(0, item.start(1)));
	}

	private static final Pattern DECLARATIONS_ITEM = Pattern.compile("(?i)\\bdeclarations?\\s+"
			+ "of\\s+(?:pecuniary\\s+|other\\s+)?interests?");

	/**
	 * Whether a line opens the meeting's business: an item whose title is one minutes' business opens with, or a
	 * numbered line whose name part has a word of agenda items ("4. Better Care Fund Plan", not "4. Cllr A Bell -
	 * Director of Performance").
	 */
	static boolean opensBusiness(String printed) {
		Matcher numbered = ITEM_NUMBER.matcher(printed);
		String text = GAP.matcher(numbered.matches() ? numbered.group(1) : printed).replaceAll(" - ");
		return BUSINESS.matcher(text).lookingAt() || numbered.matches()
				&& Arrays.stream(Names.words(entry(text.strip(), "present").name()).split(" "))
					.anyMatch(AGENDA_WORDS::contains);
	}

	private static String status(String heading) {
		String h = heading.toLowerCase(Locale.ROOT);
		if (h.startsWith("apolog")) {
			return "apologies";
		}
		if (h.equals("absent")) {
			return "absent";
		}
		return (h.contains("in attendance") || h.contains("also") || h.contains("officers") || h.contains("others"))
				? "in attendance" : "present";
	}

	record Entry(String name, String title, String status, String chairing, String inAbsenceOf,
			String substituteFor, String chairNote) {

		Row row(int line) {
			return Minutes.row(line, this.name, this.title, this.status, this.chairing, this.inAbsenceOf,
					this.substituteFor, this.chairNote, "");
		}

		/** Its row, then a row for each move what follows the name says ("(from item 4)", "(left after item 7)"). */
		List<Row> rows(int line) {
			List<Row> rows = new ArrayList<>();
			rows.add(row(line));
			if (this.status.equals("present") || this.status.equals("in attendance")) {
				Movements.inList(this.name, this.title).forEach(m -> rows.add(moved(line, m)));
			}
			return rows;
		}

		/** With the label the name stood under: in the title, and as chairing when the entry says nothing of it. */
		Entry labelled(String label, String labelChairing) {
			if (label.isEmpty()) {
				return this;
			}
			String t = this.title.isEmpty() ? label : label + " " + this.title;
			return new Entry(this.name, t, this.status, this.chairing.isEmpty() ? labelChairing : this.chairing,
					this.inAbsenceOf, this.substituteFor, this.chairNote);
		}

	}

	/**
	 * The people one line names: a list of several, separated by commas, semicolons or "and" (each maybe with its
	 * title in brackets), or one person and what follows the name. "None" names nobody. A label ("Chair:") says who
	 * chaired.
	 */
	private static List<Entry> entries(String line, String status) {
		String text = line;
		String label = "";
		Matcher labelled = LABEL.matcher(text);
		if (labelled.matches()) {
			label = labelled.group(1).strip();
			text = labelled.group(2).strip();
		}
		if (NOBODY.matcher(text).matches()) {
			return List.of();
		}
		text = singularHonorifics(text);
		boolean away = status.equals("apologies") || status.equals("absent");
		List<String> names = away ? splitNames(text) : splitList(text);
		String chairing = chairing(label);
		String labelText = label;
		return names.stream()
			.map(n -> entry(n, status))
			.map(e -> e.labelled(labelText, chairing))
			.flatMap(e -> away ? Stream.concat(Stream.of(e), cameInstead(e).stream()) : Stream.of(e))
			.toList();
	}

	/** A name as minutes print it: capitalised words, an honorific or initials among them ("Cllr P. Watts"). */
	private static final String CAPITALISED = "((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+){0,4}\\p{Lu}[\\p{L}'\u2019.-]*)";

	/** Who came in an absent member's place: "(Cllr P Watts substituting)", "- represented by J Hart". */
	private static final Pattern CAME_INSTEAD = Pattern.compile("(?i:represented by|substituted by|deputised by|"
			+ "replaced by|substitute:|deputy:)\\s+" + CAPITALISED + "|" + CAPITALISED
			+ "\\s+(?i:attended|attending|substituting|substituted|deputising|deputised|was present)\\b");

	/**
	 * The substitute whom a member's apologies say came in their place ("Councillor A Bell (Councillor C Dee
	 * substituting)", "E Fay - represented by G Hay"), present as their substitute; empty when they say none.
	 */
	private static Optional<Entry> cameInstead(Entry away) {
		Matcher came = CAME_INSTEAD.matcher(away.title());
		if (!came.find()) {
			return Optional.empty();
		}
		String name = ((came.group(1) != null) ? came.group(1) : came.group(2)).strip();
		return (readsAsName(name) && Names.notAPerson(name) == null)
				? Optional.of(new Entry(name, "", "present", "", "", away.name(), "")) : Optional.empty();
	}

	/**
	 * Whether a cell is a person's name and nothing else but brackets ("Councillor C Dee", "Dr A Bell (Chair)"), not a
	 * job title or a body ("Chief Executive", "Elm Street Surgery").
	 */
	static boolean nameOnly(String cell) {
		Entry entry = entry(cell.strip(), "present");
		return readsAsName(entry.name()) && (entry.title().isEmpty() || entry.title().startsWith("("));
	}

	/**
	 * "Councillors A Bell (Chair), C Dee and E Fay": a plural honorific before a list, given to each name in it, at
	 * the start of the list or within it ("Cllr R Lindqvist (Chairman), Councillors M Oyelaran and E Vance, Dr D Dee").
	 */
	private static final Pattern PLURAL_HONORIFIC = Pattern
		.compile("(?i)(?:^|(?<=[,;]))\\s*(?:councillors|cllrs\\.?)\\s*:?\\s+");

	/** The list with a plural honorific ("Councillors A, B and C") given to each name it is before. */
	static String singularHonorifics(String text) {
		StringBuilder out = new StringBuilder();
		Matcher plural = PLURAL_HONORIFIC.matcher(text);
		int done = 0;
		while (plural.find(done)) {
			int end = pluralRunEnd(text, plural.end());
			String names = String.join(", ", parts(text.substring(plural.end(), end)).stream()
				.map(p -> Names.isHonorific(p.split("\\s+")[0]) ? p : "Councillor " + p)
				.toList());
			out.append(text, done, plural.start()).append(plural.start() > 0 ? " " : "").append(names);
			done = end;
		}
		return out.append(text.substring(done)).toString().strip();
	}

	/**
	 * Where the names a plural honorific is given to end: after the name that follows "and" (at the next comma), or at
	 * the end of its group (the ";"); brackets' words aside ("Councillors A Bell (Health and Care), C Dee and E Fay").
	 */
	private static int pluralRunEnd(String text, int from) {
		int depth = 0;
		boolean and = false;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			depth += (c == '(') ? 1 : (c == ')' && depth > 0) ? -1 : 0;
			if (depth > 0) {
				continue;
			}
			if (c == ';' || c == ',' && and) {
				return i;
			}
			and = and || text.regionMatches(true, i, " and ", 0, 5);
		}
		return text.length();
	}

	/** What a label says of the meeting's chair: "Chair:" chaired it, "Co-Chair:" co-chaired; "Vice-Chair:" nothing. */
	private static String chairing(String label) {
		String l = label.toLowerCase(Locale.ROOT);
		if (l.isEmpty() || l.startsWith("vice") || l.startsWith("deputy")) {
			return "";
		}
		return l.startsWith("co") ? "CO_CHAIR" : "CHAIR";
	}

	/**
	 * Those sending apologies or absent: a list when every part is short and has no digits (the names are matched
	 * against those holding seats afterwards); otherwise the line whole.
	 */
	static List<String> splitNames(String line) {
		if (line.matches(".*\\s[-\u2013\u2014]\\s.*")) {
			return List.of(line.strip());
		}
		List<String> parts = parts(line);
		boolean names = parts.size() > 1 && parts.stream()
			.allMatch(p -> !p.isBlank() && !Names.withoutBrackets(p).matches(".*\\d.*")
					&& Names.withoutBrackets(p).split("\\s+").length <= 6);
		return names ? parts : List.of(withoutFullStop(line.strip()));
	}

	/**
	 * Those present or in attendance: a list only when it opens with a person's name ({@link #readsAsName}) and every
	 * part is one or a post ("the Director of Public Health"), with two names at least, so that "Dr A Bell, Chair, NHS
	 * Wyebridge" stays one person with a title; otherwise the line whole.
	 */
	static List<String> splitList(String line) {
		// "A Bell (Chair); C Dee; E Fay, Healthwatch Wyebridge": semicolons part the people, a comma a name from its
		// title, unless the part is itself a list ("Councillors C Dee and E Fay; Dr G Hay (ICB), I Jay and K Kay").
		List<String> entries = semicolonParts(line);
		if (entries.size() > 1 && entries.stream().allMatch(e -> readsAsName(e.split(",")[0]) || isPost(e))
				&& entries.stream().filter(e -> readsAsName(e.split(",")[0])).count() > 1) {
			return entries.stream().flatMap(e -> commaList(e).stream()).toList();
		}
		return commaList(line);
	}

	/** A list parted by commas and "and" when each part is a name or a post, two names at least; else the whole. */
	private static List<String> commaList(String line) {
		List<String> parts = parts(line);
		boolean names = parts.size() > 1 && readsAsName(parts.get(0))
				&& parts.stream().allMatch(p -> readsAsName(p) || isPost(p))
				&& parts.stream().filter(Minutes::readsAsName).count() > 1;
		return names ? parts : List.of(line.strip());
	}

	/** A post named in a list of those present instead of its holder ("the Director of Public Health"). */
	private static boolean isPost(String part) {
		String post = Names.notAPerson(part);
		return post != null && post.contains("names a post");
	}

	/** Words of sentences that may be lower-case in a name or a post: "Director of Public Health", "Ana de Souza". */
	private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "to", "in", "on", "at", "with",
			"from", "by", "a", "an");

	/**
	 * Whether the text is a sentence, not a name: three words or more, two of them lower-case words that are neither
	 * function words, particles nor honorifics ("The Chair welcomed everyone to the meeting").
	 */
	static boolean isSentence(String text) {
		String[] words = Names.withoutBrackets(text).strip().split("\\s+");
		return words.length >= 3 && Arrays.stream(words)
			.map(w -> w.replaceAll("[^\\p{L}]", ""))
			.filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !FUNCTION_WORDS.contains(w)
					&& !PARTICLES.contains(w) && !Names.isHonorific(w))
			.count() >= 2;
	}

	/** The parts between commas, semicolons and "and", outside brackets, without a closing full stop. */
	/** The line's parts between semicolons outside brackets, without a closing full stop. */
	private static List<String> semicolonParts(String line) {
		return parts(line, (text, i) -> (text.charAt(i) == ';') ? 1 : 0);
	}

	private static List<String> parts(String line) {
		return parts(line, Minutes::separator);
	}

	/** The line's parts between separators outside brackets ({@code separator}: its length at a place, or 0). */
	private static List<String> parts(String line, java.util.function.ToIntBiFunction<String, Integer> separator) {
		List<String> parts = new ArrayList<>();
		String text = withoutFullStop(line.strip());
		int depth = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			depth += (c == '(') ? 1 : (c == ')' && depth > 0) ? -1 : 0;
			int cut = (depth > 0) ? 0 : separator.applyAsInt(text, i);
			if (cut > 0) {
				parts.add(text.substring(start, i).strip());
				start = i + cut;
				i = start - 1;
			}
		}
		parts.add(text.substring(start).strip());
		parts.removeIf(String::isEmpty);
		return parts;
	}

	private static final Pattern SEPARATOR = Pattern.compile("(?i)\\s*,\\s*and\\s+|\\s*[,;]\\s*|\\s+and\\s+");

	/** The length of the separator starting at {@code i} (", and ", ",", ";", " and "), or 0. */
	private static int separator(String text, int i) {
		Matcher m = SEPARATOR.matcher(text).region(i, text.length());
		return m.lookingAt() ? m.end() - i : 0;
	}

	private static String withoutFullStop(String text) {
		return text.matches("(?s).*[\\p{Ll})]\\.$") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * Whether a part of a list reads as a person's name, brackets aside: two to six words, each an honorific, an
	 * initial, a capitalised word or a particle ("de", "van"), none of them a word of job titles or bodies.
	 */
	static boolean readsAsName(String part) {
		String[] words = Names.withoutBrackets(part).split("\\s+");
		if (words.length < 2 || words.length > 6) {
			return false;
		}
		int capitalised = 0;
		for (String word : words) {
			String w = word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
			if (TITLE_WORDS.contains(w) || w.matches(".*\\d.*")) {
				return false;
			}
			if (PARTICLES.contains(w)) {
				continue;
			}
			if (!Names.NAME_WORD.matcher(word).matches()) {
				return false;
			}
			capitalised++;
		}
		return capitalised >= 2;
	}

	static Entry entry(String text, String status) {
		String name = text;
		String title = "";
		int dash = indexOfSeparator(text);
		if (dash > 0) {
			name = text.substring(0, dash).strip();
			title = text.substring(dash).replaceFirst("^\\s*(?:[-\u2013\u2014,])\\s*", "").strip();
		}
		// A parenthesis right after the name belongs to the title: "Cllr A Bell (substituting for Cllr C Dee)".
		int paren = name.indexOf('(');
		if (paren > 0) {
			title = (name.substring(paren) + " " + title).strip();
			name = name.substring(0, paren).strip();
		}
		return said(name, title, status);
	}

	/** A name and what is said after it ("(Chair)", "co-chairing in the absence of X", "substitute for Y"). */
	static Entry said(String name, String title, String status) {
		String chairing = "";
		String inAbsenceOf = "";
		String substituteFor = "";
		String chairNote = "";
		String lower = title.toLowerCase(Locale.ROOT);
		Matcher absence = IN_ABSENCE.matcher(title);
		Matcher part = PART.matcher(title);
		Matcher marked = CHAIR_MARK.matcher(lower);
		if (absence.find()) {
			inAbsenceOf = absence.group(2).strip();
			chairing = absence.group(1).toLowerCase(Locale.ROOT).startsWith("co") ? "CO_CHAIR" : "CHAIR";
		}
		else if (part.find()) {
			chairing = "CHAIR_FOR_PART";
			chairNote = part.group(1).strip();
		}
		else if (marked.matches()) {
			// "Cllr A Bell (Chair)", "Cllr A Bell, Leader, Northmere Council (Chair)" in a list of those present: the
			// meeting's chair, as minutes mark it (a job title's "Chair, NHS X CCG" has no brackets).
			chairing = (marked.group(1) != null) ? "CO_CHAIR" : "CHAIR";
		}
		else if (lower.matches(".*\\(?\\s*in the chair\\s*\\)?.*")) {
			// A co-chair of the body in the Chair, when another co-chairs the meeting too, is one of its co-chairs.
			chairing = lower.matches(".*\\bco-?\\s?chair.*") ? "CO_CHAIR" : "CHAIR";
		}
		Matcher substitute = SUBSTITUTE.matcher(title);
		if (substitute.find()) {
			substituteFor = substitute.group(1).strip();
		}
		return new Entry(name, title, status, chairing, inAbsenceOf, substituteFor, chairNote);
	}

	/** Where the name ends: the first " - " (or dash) or, failing that, the first comma; never inside brackets. */
	private static int indexOfSeparator(String text) {
		int comma = -1;
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			depth += (c == '(') ? 1 : (c == ')' && depth > 0) ? -1 : 0;
			if (depth > 0) {
				continue;
			}
			if (i > 0 && i + 1 < text.length() && "-\u2013\u2014".indexOf(c) >= 0 && text.charAt(i - 1) == ' '
					&& Character.isWhitespace(text.charAt(i + 1))) {
				return i - 1;
			}
			if (c == ',' && comma < 0) {
				comma = i;
			}
		}
		return comma;
	}

	private static Row row(int line, String... cells) {
		return new Row(line, List.of(cells));
	}

}
