package org.partnershiphub.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.partnershiphub.common.DatePrecision;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.Names.PersonName;
import org.partnershiphub.imports.Table.Row;
import org.partnershiphub.interest.InterestType;
import org.partnershiphub.interest.Regime;
import org.partnershiphub.organisation.Organisation.OrganisationKind;

/**
 * Reads a register of interests as published: one row per interest, the person named on their first row only
 * (continuation rows), headers repeated at page breaks, rows shifted left or right by a PDF export. Each row becomes an
 * {@link Entry} or a report line saying why it was skipped or could not be read.
 */
final class RegisterReader {

	enum Field implements Columns.Field {

		ORGANISATION("nature of business", "organisation", "organization", "company", "employer"),
		NATURE("nature of interest", "nature", "comments", "description", "details"),
		TYPE("type of interest", "interest type", "type", "category"),
		// Before the declaration's date: "Date of interest from" is when the interest began.
		VALID_FROM("valid from", "date from", "start date", "from"), VALID_TO("valid to", "date to", "end date", "to"),
		DECLARED_ON("date of declaration", "declaration date", "date declared", "date"),
		FORENAME("forename", "forenames", "first name", "given name"), SURNAME("surname", "last name", "family name"),
		ROLE("position", "role", "job title"), NAME("full name", "name", "declarant"),
		// A column headed "Title": "Cllr", "Dr" before the name, or the job title some registers mean by it.
		TITLE,
		// NHS England's template: a column per type, the declarant's marked ("X", a tick, "Yes"), and whether it is
		// their own interest or a close associate's.
		PROFESSIONAL_MARK("non financial professional"), PERSONAL_MARK("non financial personal"),
		FINANCIAL_MARK("financial"),
		INDIRECT_MARK("indirect interests", "indirect interest"), DIRECTNESS("direct or indirect"),
		// "Comments" beside a description of the interest (NHS England's published register): how it is managed.
		ACTION("action taken", "mitigate", "mitigation", "comments", "comment", "notes");

		/** A register with one column describing each interest heads it so: "Interest", "Interests declared". */
		private static final List<String> INTEREST = List.of("interest", "interests", "interest declared",
				"interests declared", "declared interest", "declared interests");

		/** A council's register heads its names column with who they are: "Member", "Councillor". */
		private static final List<String> MEMBER = List.of("member", "members", "councillor", "councillors",
				"elected member", "elected members");

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
				case NATURE -> INTEREST;
				case NAME -> MEMBER;
				case TITLE -> List.of("title", "salutation", "honorific", "prefix");
				default -> List.of();
			};
		}

	}

	/**
	 * An interest, a nil return ({@code nil}), or a person listed with nothing declared on the row (neither an
	 * organisation nor a subject, and not nil), read from one row, with any guesses made reading it.
	 */
	record Entry(int line, PersonName person, LocalDate declaredOn, DatePrecision declaredOnPrecision, List<String> roles,
			String organisation, String subject, String nature, InterestType type, String typeAsDeclared, LocalDate validFrom,
			LocalDate validTo, String actionTaken, boolean nil, List<String> notes, boolean guessed, List<String> cells) {
	}

	/**
	 * @param header the register's column headings as published
	 * @param detailColumns positions of the columns a withheld interest's details are in (all but name, position, dates)
	 */
	record Result(List<Entry> entries, List<ReportLine> lines, List<String> header, List<Integer> detailColumns) {
	}

	private static final Pattern NO_ORGANISATION = Pattern.compile("(?i)n/?a|none|nil|-+|not applicable|no organisation");

	private static final Pattern NIL = Pattern.compile("(?i)(nil( returns?| declarations?| declared)?|none( declared)?"
			+ "|no (relevant )?interests?( to declare| declared)?)\\.?");

	private static final List<Field> DATES = List.of(Field.DECLARED_ON, Field.VALID_FROM, Field.VALID_TO);

	/** The type columns of NHS England's template, in its order. */
	static final List<Field> MARKS = List.of(Field.FINANCIAL_MARK, Field.PROFESSIONAL_MARK, Field.PERSONAL_MARK,
			Field.INDIRECT_MARK);

	/** An organisation's name and then its business: "Elm Street Surgery - GP practice", "Acme Ltd (pharmacy)". */
	private static final Pattern BUSINESS = Pattern
		.compile("(\\S.*?\\S)\\s+(?:[-\u2013\u2014]\\s+(\\S.*)|\\(([^()]+)\\))\\s*");

	/** What a council register prints under a heading that has nothing to register. */
	static final Pattern NOTHING = Pattern.compile("(?i)(|n/?a|none( declared)?|nil|-+|\u2013|not applicable|no"
			+ "|nothing( to (declare|register))?|retired|not employed)\\.?");

	/** A type column left unmarked. */
	private static final Pattern UNMARKED = Pattern.compile("(?i)|no|n|-+|\u2013|nil|none|n/?a|0|false|\u2717");

	/** What a person is in an organisation, as registers word it: such a cell is a nature, never an organisation. */
	private static final Pattern ROLE = Pattern.compile("(gp |lay |board |non executive |executive |associate |"
			+ "company |vice |co )?(member|trustee|director|chair|chairman|chairperson|governor|shareholder|partner|"
			+ "employee|volunteer|advisor|adviser|owner|secretary|treasurer|patron|consultant|registered patient|"
			+ "fellow|councillor)s?");

	static boolean isRole(String cell) {
		return ROLE.matcher(Names.words(cell)).matches();
	}

	/** A post by its last word, and what it is of: "Medical Director", "Chief Executive", "Director of Finance". */
	private static final Pattern POST = Pattern.compile("([a-z]+ ){0,3}(member|trustee|director|chair|chairman|"
			+ "chairperson|governor|shareholder|partner|employee|volunteer|advis[eo]r|owner|secretary|treasurer|patron|"
			+ "consultant|fellow|councillor|executive|officer|manager|lead|founder|president|ambassador)s?"
			+ "( of [a-z ]+)?");

	/** Whether a part of an organisation cell is a post held there, not the organisation itself. */
	static boolean isPost(String text) {
		String words = Names.words(text);
		return isRole(text)
				|| POST.matcher(words).matches() && Names.guessKind(text) == OrganisationKind.UNKNOWN;
	}

	/** A post and an organisation written in one cell: "Trustee, Kestrel Hospice", "Director of Acme Ltd". */
	record PostAt(String post, String organisation) {
	}

	/** Where a post and an organisation are parted in one cell: a comma, or a dash between spaces. */
	private static final Pattern PARTED = Pattern.compile(",|\\s[-\u2013\u2014]\\s");

	private static final Pattern HELD_AT = Pattern.compile("(?i)\\s+(?:of|at|in|with|for|to)\\s+");

	/**
	 * The post and the organisation in a cell that names both: the post before a comma or a dash ("GP Partner, Elm
	 * Street Surgery", "Director - Acme Ltd") or after it ("Kestrel Hospice, Trustee"), or before "of", "at" or "in"
	 * and an organisation's name ("Shareholder in Acme Ltd", "Director of Public Health at Brackenford Council"); null
	 * for any other cell, and for a name that starts with a post ("Partners in Care Ltd", "Friends of Kestrel
	 * Hospice").
	 */
	static PostAt postAt(String cell) {
		Matcher parted = PARTED.matcher(cell);
		if (parted.find() && parted.start() > 0) {
			String before = cell.substring(0, parted.start()).strip();
			String after = cell.substring(parted.end()).strip();
			if (!after.isEmpty() && onePost(before) && !isPost(after)) {
				return new PostAt(before, after);
			}
			if (!before.isEmpty() && onePost(after) && !isPost(before)) {
				return new PostAt(after, before);
			}
			return null;
		}
		PostAt found = null;
		Matcher at = HELD_AT.matcher(cell);
		while (at.find()) {
			String before = cell.substring(0, at.start()).strip();
			String after = cell.substring(at.end()).strip();
			if (onePost(before) && Names.guessKind(after) != OrganisationKind.UNKNOWN) {
				found = new PostAt(before, after);
			}
		}
		return found;
	}

	/** A post one person holds: "Partners in Care Ltd" and "Smith, Jones &amp; Partners" are names, not posts. */
	private static boolean onePost(String text) {
		return isPost(text) && !Names.words(text).replaceFirst(" of .*", "").endsWith("s");
	}

	/** Words that join the words of a body's name: "Tamarside and Wyebridge NHS Trust", "Friends of the Earth". */
	private static final Set<String> JOINING = Set.of("of", "the", "for", "and", "&");

	/**
	 * The one body a sentence names, by the kind its name shows ("Spouse is employed by Kestrel Community Trust as a
	 * physiotherapist"): a run of capitalised words, a post before it left out ("Director of Acme Ltd"); null when the
	 * sentence names none, or more than one.
	 */
	static String bodyIn(String sentence) {
		List<String> found = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String[] words = sentence.strip().split("\\s+");
		for (int i = 0; i <= words.length; i++) {
			String word = (i < words.length) ? words[i] : "";
			String bare = word.replaceAll("[,;:.)]+$", "");
			boolean named = !bare.isEmpty() && Character.isUpperCase(bare.charAt(0))
					|| !run.isEmpty() && JOINING.contains(bare.toLowerCase(Locale.ROOT));
			if (named) {
				run.add(bare);
			}
			if (named && bare.equals(word) && i < words.length) {
				continue;
			}
			while (!run.isEmpty() && JOINING.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT))) {
				run.remove(run.size() - 1);
			}
			if (!run.isEmpty()) {
				PostAt post = postAt(String.join(" ", run));
				String body = (post != null) ? post.organisation() : String.join(" ", run);
				if (Names.guessKind(body) != OrganisationKind.UNKNOWN) {
					found.add(body);
				}
			}
			run.clear();
		}
		return (found.size() == 1) ? found.get(0) : null;
	}

	private final Columns<Field> columns;

	/** Rows read from one printed row whose cells list several interests a line each: the printed row. */
	private final Map<Row, Row> printedRow = new java.util.IdentityHashMap<>();

	/** What was read from such a row: how many interests one cell listed, or that a cell was wrapped over lines. */
	private final Map<Row, String> listedNote = new java.util.IdentityHashMap<>();

	private final Regime regime;

	private RegisterReader(Columns<Field> columns, Regime regime) {
		this.columns = columns;
		this.regime = regime;
	}

	static Result read(Table table, Map<String, String> mapping) {
		return read(table, mapping, null);
	}

	/** The register's rows, its types read under its regime (null when not known: "pecuniary" is then disclosable). */
	static Result read(Table printed, Map<String, String> mapping, Regime regime) {
		Table table = WideRegister.longForm(printed, mapping, regime);
		Columns<Field> columns;
		try {
			columns = Columns.find(table.rows(), Field.class, mapping, MARKS.subList(0, 3));
		}
		catch (ImportException noMarks) {
			// A Type column: any other column's heading that reads as the template's ("Financial year") is no column of
			// the register's, and its rows say so.
			Columns<Field> typed = Columns.find(table.rows(), Field.class, mapping, List.of(Field.TYPE));
			Map<Field, Integer> index = new java.util.EnumMap<>(typed.index());
			index.keySet().removeAll(MARKS);
			columns = new Columns<>(index, typed.header(), typed.printed());
		}
		if (!columns.has(Field.SURNAME) && !columns.has(Field.NAME)) {
			throw new ImportException(1, "no column holds people's names (Surname, or Name); give a column mapping");
		}
		return new RegisterReader(columns, regime).read(table.rows());
	}

	private Result read(List<Row> rows) {
		List<Entry> entries = new ArrayList<>();
		List<ReportLine> lines = new ArrayList<>();
		Person current = null;
		int unreadPerson = 0;
		int previous = 0;
		boolean beforeHeader = this.columns.header() != null;
		for (Row row : rows.stream().flatMap(r -> lineByLine(r).stream()).toList()) {
			// A printed row read as several (a column per type): the ones after its first do not continue another row.
			boolean samePrinted = row.line() == previous;
			previous = row.line();
			if (beforeHeader) {
				boolean header = row.line() == this.columns.header().line();
				lines.add(new ReportLine(row.line(), Outcome.SKIPPED, header ? "header row" : "above the header row"));
				beforeHeader = !header;
				continue;
			}
			if (row.blank()) {
				lines.add(new ReportLine(row.line(), Outcome.SKIPPED, "blank row"));
				continue;
			}
			if (this.columns.isHeader(row)) {
				lines.add(new ReportLine(row.line(), Outcome.SKIPPED, "header repeated (page break)"));
				continue;
			}
			Reading reading = reading(row, 0);
			List<String> notes = new ArrayList<>();
			if (reading.problem() != null) {
				Optional<Reading> shifted = shifted(row);
				if (shifted.isEmpty()) {
					lines.add(new ReportLine(row.line(), Outcome.FAILED, reading.problem()));
					if (reading.name() != null) {
						// Its continuation rows must not be given to the person above.
						current = null;
						unreadPerson = row.line();
					}
					continue;
				}
				reading = shifted.get();
				notes.add("columns shifted " + (reading.shift() < 0 ? "left" : "right") + " by "
						+ Math.abs(reading.shift()) + ": read as " + reading.describe());
			}
			PersonName name = reading.name();
			if (name != null) {
				Dates.Read date = reading.date(Field.DECLARED_ON);
				current = new Person(name, (date != null) ? date.date() : null,
						(date != null) ? date.precision() : DatePrecision.DAY, reading.roles());
				if (date != null && date.guess() != null) {
					notes.add("date of declaration " + date.guess());
				}
				if (date != null && date.missing() != null) {
					notes.add("declared in " + reading.value(Field.DECLARED_ON).strip() + " (no " + date.missing()
							+ " given; held as such)");
				}
			}
			if (!reading.hasInterest()) {
				if (reading.nothingUnder()) {
					notes.add("nothing declared under \"" + reading.type() + "\"" + (reading.declared().isEmpty() ? ""
							: " (\"" + reading.declared() + "\")"));
				}
				if (name == null && reading.nothingUnder() && current != null) {
					lines.add(new ReportLine(row.line(), Outcome.SKIPPED, String.join("; ", notes)));
				}
				else if (name != null) {
					// A nil return, or a name (and date) alone: the person is on the register either way.
					entries.add(new Entry(row.line(), name, current.declaredOn(), current.declaredOnPrecision(),
							current.roles(), null, null, null, null, null, null, null, null, reading.nil(), notes,
							!notes.isEmpty(),
							reading.cells()));
				}
				else {
					lines.add(new ReportLine(row.line(), Outcome.FAILED, (notes.isEmpty() ? "" : notes.get(0) + "; ")
							+ "no name and no interest: text in " + reading.describe()));
				}
				continue;
			}
			if (current == null) {
				lines.add(new ReportLine(row.line(), Outcome.FAILED, (unreadPerson > 0)
						? "continues line " + unreadPerson + ", which could not be read"
						: "a continuation row (no name) with no person above it"));
				continue;
			}
			String listed = this.listedNote.get(row);
			if (listed != null) {
				notes.add(0, listed);
			}
			else if (name == null && !samePrinted) {
				notes.add(0, "continues from above");
			}
			String organisation = reading.value(Field.ORGANISATION);
			String nature = reading.value(Field.NATURE);
			boolean guessed = listed != null;
			boolean swapped = isRole(organisation) && !nature.isEmpty() && !isRole(nature)
					&& !NO_ORGANISATION.matcher(nature).matches();
			if (swapped) {
				notes.add("organisation and nature cells swapped (\"" + organisation + "\" is a role): read as "
						+ "organisation \"" + nature + "\", nature \"" + organisation + "\"");
				String role = organisation;
				organisation = nature;
				nature = role;
			}
			Matcher named = BUSINESS.matcher(organisation);
			boolean paragraph = isParagraph(organisation);
			boolean sentence = !paragraph && Minutes.isSentence(named.matches() ? named.group(1) : organisation);
			PostAt postAt = (paragraph || sentence) ? null : postAt(organisation);
			if (postAt != null) {
				notes.add("organisation \"" + postAt.organisation() + "\", the post \"" + postAt.post()
						+ "\" kept with the nature");
				nature = nature.isEmpty() ? postAt.post() : postAt.post() + "; " + nature;
				organisation = postAt.organisation();
			}
			if (isParagraph(organisation)) {
				String lead = lead(organisation);
				if (lead == null) {
					lines.add(new ReportLine(row.line(), Outcome.FAILED, "organisation \"" + abbreviate(organisation)
							+ "\" reads as a paragraph, not an organisation's name"));
					continue;
				}
				String rest = organisation.substring(lead.length()).strip();
				notes.add("organisation read as \"" + lead + "\" from a paragraph; the rest kept with the nature: \""
						+ rest + "\"");
				nature = nature.isEmpty() ? rest : nature + " " + rest;
				organisation = lead;
				guessed = true;
			}
			else if (sentence) {
				// "Spouse is employed by Kestrel Community Trust as a physiotherapist": the body it names, if one.
				String body = bodyIn(organisation);
				notes.add((body != null) ? "organisation read as \"" + body + "\" from a sentence, kept with the nature"
						: "a sentence naming no organisation: kept as what the interest is");
				nature = nature.isEmpty() ? organisation : organisation + "; " + nature;
				organisation = (body != null) ? body : "";
				guessed = true;
			}
			else if (reading.marksTypes()) {
				// The template's "Name of the organisation and nature of business": "Elm Street Surgery - GP practice".
				Matcher business = BUSINESS.matcher(organisation);
				String what = business.matches() ? (business.group(2) != null ? business.group(2) : business.group(3)) : null;
				if (what != null && !what.equals(what.toUpperCase(Locale.ROOT))) {
					notes.add("organisation \"" + business.group(1) + "\", its business \"" + what + "\" kept with the nature");
					nature = nature.isEmpty() ? what : nature + " (" + what + ")";
					organisation = business.group(1);
				}
			}
			String subject = null;
			if (organisation.isEmpty() || NO_ORGANISATION.matcher(organisation).matches()) {
				organisation = null;
				subject = nature;
				nature = null;
			}
			if (organisation == null && subject.isEmpty()) {
				lines.add(new ReportLine(row.line(), Outcome.FAILED, "no organisation and no description of the interest"));
				continue;
			}
			if (name != null && current.declaredOn() == null) {
				notes.add("no date of declaration");
			}
			Dates.Read from = reading.held(Field.VALID_FROM);
			Dates.Read to = reading.held(Field.VALID_TO);
			if (to != null && to.missing() != null) {
				// Held to "March 2021": to the end of it, at the latest; a conflict check in March still finds it.
				to = new Dates.Read(to.precision().last(to.date()), to.guess(), to.precision());
			}
			String ranged = reading.ranged();
			if (ranged != null) {
				notes.add("\"" + reading.value(Field.DECLARED_ON) + "\" is when the interest held: from "
						+ from.date() + ((to != null) ? " to " + to.date() : ", still held") + ", not when it was declared");
			}
			for (Field field : List.of(Field.VALID_FROM, Field.VALID_TO)) {
				Dates.Read read = (field == Field.VALID_FROM) ? from : to;
				if (read != null && read.missing() != null) {
					String own = reading.value(field);
					notes.add(field.name().toLowerCase(Locale.ROOT).replace('_', ' ')
							+ ((own.isEmpty() || Dates.range(own).isPresent()) ? "" : " \"" + own + "\"") + " read as "
							+ read.date() + " (no " + read.missing() + " given)");
					guessed = true;
				}
			}
			String typeText = reading.type();
			entries.add(new Entry(row.line(), current.name(), current.declaredOn(), current.declaredOnPrecision(),
					current.roles(), organisation, subject,
					(nature == null || nature.isEmpty()) ? null : nature, InterestType.fromDeclared(typeText, this.regime).orElseThrow(),
					typeText, (from != null) ? from.date() : null, (to != null) ? to.date() : null,
					reading.value(Field.ACTION).isBlank() ? null : reading.value(Field.ACTION).strip(), false, notes,
					reading.shift() != 0 || swapped || guessed, reading.cells()));
		}
		int width = this.columns.last() + 1;
		List<String> header = new ArrayList<>();
		for (int i = 0; i < width; i++) {
			int column = i;
			header.add((this.columns.header() != null) ? this.columns.header().cell(i)
					: this.columns.index().entrySet().stream().filter(e -> e.getValue() == column)
						.map(e -> e.getKey().name().toLowerCase().replace('_', ' ')).findFirst().orElse(""));
		}
		// Every column but the declarant's name, position and dates holds details: one the reader does not know too.
		List<Integer> shown = List.of(Field.FORENAME, Field.SURNAME, Field.NAME, Field.TITLE, Field.ROLE,
				Field.DECLARED_ON, Field.VALID_FROM, Field.VALID_TO)
			.stream()
			.map(this.columns::of)
			.filter(i -> i >= 0)
			.toList();
		List<Integer> details = java.util.stream.IntStream.range(0, width).filter(i -> !shown.contains(i)).boxed().toList();
		return new Result(entries, lines, header, details);
	}

	/** A full stop ending a sentence: after a lower-case letter and before a capital, not after "St", "Co" or "Dr". */
	/** A number or bullet before a line of a cell listing several interests: "1.", "2)", "•", "-". */
	private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:\\d{1,2}[.)]|[\u2022\u00b7*\u2013-])\\s*");

	/** The columns a line of a cell listing several interests may be in, each line one interest's. */
	private static final List<Field> LISTED = List.of(Field.ORGANISATION, Field.NATURE, Field.TYPE, Field.VALID_FROM,
			Field.VALID_TO, Field.ACTION);

	/**
	 * A printed row as the rows it stands for. A cell listing several interests a line each ("1. Lantern House
	 * Trust", "2. Riverside Credit Union"), numbered or matched line for line by another cell's lines (the natures),
	 * is one row per interest: the first with the row's name, the others continuing it, each with its own line of
	 * every cell that has as many lines and the whole of every cell that has one. Otherwise a cell written over
	 * several lines is wrapped text, read as one line.
	 */
	private List<Row> lineByLine(Row row) {
		Map<Field, List<String>> split = new java.util.EnumMap<>(Field.class);
		for (Field field : LISTED) {
			int column = this.columns.of(field);
			List<String> lines = (column < 0) ? List.of()
					: Row.lines(row.cell(column));
			if (lines.size() > 1) {
				split.put(field, lines);
			}
		}
		if (split.isEmpty()) {
			return List.of(row);
		}
		Field listing = split.containsKey(Field.ORGANISATION) ? Field.ORGANISATION
				: split.containsKey(Field.NATURE) ? Field.NATURE : null;
		int count = (listing != null) ? split.get(listing).size() : 0;
		boolean numbered = listing != null && split.get(listing).stream().allMatch(l -> LIST_MARK.matcher(l).find());
		boolean matched = listing != null && split.entrySet().stream()
			.anyMatch(e -> e.getKey() != listing && e.getValue().size() == count);
		boolean aligned = split.values().stream().allMatch(lines -> lines.size() == count);
		if (listing == null || !(numbered || matched) || !aligned) {
			List<String> cells = new ArrayList<>(row.cells());
			split.keySet().forEach(f -> cells.set(this.columns.of(f), String.join(" ", split.get(f))));
			Row joined = new Row(row.line(), cells);
			this.printedRow.put(joined, row);
			this.listedNote.put(joined, split.keySet().stream().map(f -> f.name().toLowerCase(Locale.ROOT)
				.replace('_', ' ')).collect(java.util.stream.Collectors.joining(" and ")) + " written over several lines: "
					+ "read as one");
			return List.of(joined);
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < Math.max(row.cells().size(), this.columns.last() + 1); c++) {
				cells.add((i == 0) ? row.cell(c) : "");
			}
			for (Field field : LISTED) {
				int column = this.columns.of(field);
				if (column < 0) {
					continue;
				}
				List<String> lines = split.get(field);
				String value = (lines == null) ? row.cell(column) : lines.get(i);
				cells.set(column, (lines == null) ? value : LIST_MARK.matcher(value).replaceFirst(""));
			}
			Row one = new Row(row.line(), cells);
			this.printedRow.put(one, row);
			this.listedNote.put(one, "interest " + (i + 1) + " of " + count + " listed a line each in one cell");
			rows.add(one);
		}
		return rows;
	}

	private static final Pattern SENTENCE_END = Pattern.compile(
			"(?<!\\b(?:St|Co|Dr|Mt|Rd|No|Rev|Revd|Prof|Mr|Mrs|Ms|Bros))(?<=\\p{Ll})(\\.)\\s+\\p{Lu}");

	/**
	 * Whether an organisation cell holds a paragraph rather than a name: a semicolon, a sentence ending inside it, or
	 * over twelve words or 100 characters with a name and then more (a long name alone is a name).
	 */
	static boolean isParagraph(String cell) {
		String t = cell.strip();
		return t.contains(";") || SENTENCE_END.matcher(t).find()
				|| ((t.length() > 100 || t.split("\\s+").length > 12) && lead(t) != null);
	}

	/**
	 * The organisation's name a paragraph opens with: what comes before the first bracket, semicolon, comma, dash or
	 * full stop, when that reads as a name of at most ten words; otherwise null. A short bracket inside a name ("Care
	 * (UK) Ltd") is part of it.
	 */
	static String lead(String paragraph) {
		java.util.Set<Integer> stops = SENTENCE_END.matcher(paragraph).results().map(m -> m.start(1))
			.collect(java.util.stream.Collectors.toSet());
		for (int i = 0; i < paragraph.length(); i++) {
			char c = paragraph.charAt(i);
			if (c == '(') {
				int close = paragraph.indexOf(')', i);
				String inside = (close > i) ? paragraph.substring(i + 1, close) : "";
				boolean partOfName = close > i && inside.split("\\s+").length <= 3 && !inside.matches(".*[\\d,;].*")
						&& close + 1 < paragraph.length() && paragraph.substring(close + 1).matches("\\s+\\p{Lu}.*");
				if (partOfName) {
					i = close;
					continue;
				}
			}
			boolean end = c == '(' || c == ';' || c == ','
					|| (c == '.' && stops.contains(i))
					|| ("-\u2013\u2014".indexOf(c) >= 0 && i > 0 && paragraph.charAt(i - 1) == ' '
							&& i + 1 < paragraph.length() && paragraph.charAt(i + 1) == ' ');
			if (end) {
				String lead = paragraph.substring(0, i).strip();
				return (!lead.isEmpty() && lead.split("\\s+").length <= 10 && lead.chars().anyMatch(Character::isLetter))
						? lead : null;
			}
		}
		return null;
	}

	/** The person a run of rows belongs to, from their first row. */
	private record Person(PersonName name, LocalDate declaredOn, DatePrecision declaredOnPrecision, List<String> roles) {
	}

	/** The smallest shift of the row's cells that reads as a whole entry, if any. */
	private Optional<Reading> shifted(Row row) {
		int width = Math.max(row.cells().size(), this.columns.last() + 1);
		for (int distance = 1; distance < width; distance++) {
			for (int shift : new int[] { -distance, distance }) {
				Reading reading = reading(row, shift);
				if (reading.problem() == null && (reading.typed() || (!reading.hasInterest() && reading.name() != null))) {
					return Optional.of(reading);
				}
			}
		}
		return Optional.empty();
	}

	private Reading reading(Row row, int shift) {
		return new Reading(row, shift);
	}

	/** The row read with its cells moved {@code shift} columns (positive: the values sit to the right). */
	private final class Reading {

		private final Row row;

		private final int shift;

		private final String problem;

		/** The type as the register states it, read once: every test of the row asks for it. */
		private final String type;

		Reading(Row row, int shift) {
			this.row = row;
			this.shift = shift;
			this.type = readType();
			this.problem = check();
		}

		int shift() {
			return this.shift;
		}

		String problem() {
			return this.problem;
		}

		String value(Field field) {
			int column = RegisterReader.this.columns.of(field);
			return (column < 0) ? "" : this.row.cell(column + this.shift);
		}

		Dates.Read date(Field field) {
			String text = value(field);
			return (text.isEmpty() || Dates.noDate(text)) ? null : Dates.parse(text).orElse(null);
		}

		/**
		 * The first or last day the interest held: its own cell's date, or the start or end of a range written in one
		 * cell ("01/04/2020 - present") under either date of the interest or, when neither is given, the date column.
		 */
		Dates.Read held(Field bound) {
			String own = value(bound);
			if (!own.isEmpty() && Dates.range(own).isEmpty()) {
				return date(bound);
			}
			for (Field cell : List.of(Field.VALID_FROM, Field.VALID_TO, Field.DECLARED_ON)) {
				if (cell == Field.DECLARED_ON && (!value(Field.VALID_FROM).isEmpty() || !value(Field.VALID_TO).isEmpty())) {
					continue;
				}
				Optional<Dates.Range> range = Dates.range(value(cell));
				if (range.isPresent()) {
					return (bound == Field.VALID_FROM) ? range.get().from() : range.get().to();
				}
			}
			return own.isEmpty() ? null : date(bound);
		}

		/** The date column's text when it holds a range of when the interest held rather than a declaration's date. */
		String ranged() {
			String text = value(Field.DECLARED_ON);
			return (value(Field.VALID_FROM).isEmpty() && value(Field.VALID_TO).isEmpty() && Dates.range(text).isPresent())
					? text : null;
		}

		/** The row's cells under the register's columns, read where they were meant to be (after a shift). */
		List<String> cells() {
			Row printed = RegisterReader.this.printedRow.getOrDefault(this.row, this.row);
			List<String> cells = new ArrayList<>();
			for (int i = 0; i <= RegisterReader.this.columns.last(); i++) {
				cells.add(printed.cell(i + this.shift));
			}
			return cells;
		}

		boolean typed() {
			return !type().isEmpty();
		}

		/**
		 * The type as the register states it: its Type column, or in NHS England's template the heading of the one
		 * type column marked, with "(indirect)" when the interest is said to be indirect. Several marked: all of them,
		 * which no type reads as.
		 */
		String type() {
			return this.type;
		}

		private String readType() {
			if (nilType()) {
				return "";
			}
			String declared = marksTypes() ? String.join(" and ", marked()) : value(Field.TYPE);
			boolean one = !marksTypes() || marked().size() == 1;
			boolean indirect = value(Field.DIRECTNESS).toLowerCase(Locale.ROOT).contains("indirect");
			if (declared.isEmpty() && indirect) {
				// No type column marked, and "Indirect" in the template's "direct or indirect?": an indirect interest.
				return value(Field.DIRECTNESS).strip();
			}
			return (indirect && one && !declared.isEmpty() && !declared.toLowerCase(Locale.ROOT).contains("indirect"))
					? declared + " (indirect)" : declared;
		}

		/** Whether the register marks types in a column each (and has no Type column). */
		private boolean marksTypes() {
			return !RegisterReader.this.columns.has(Field.TYPE) && RegisterReader.this.columns.has(Field.FINANCIAL_MARK);
		}

		/** The headings of the type columns marked on this row. */
		private List<String> marked() {
			Columns<Field> columns = RegisterReader.this.columns;
			return MARKS.stream()
				.filter(field -> columns.has(field) && !UNMARKED.matcher(value(field).strip()).matches())
				.map(field -> columns.header().cell(columns.of(field)).strip())
				.toList();
		}

		boolean hasInterest() {
			return !nothingUnder() && (typed() || !value(Field.ORGANISATION).isEmpty() && !nil()
					|| !value(Field.NATURE).isEmpty() && !nil());
		}

		/**
		 * A council register's heading with nothing under it ("Sponsorship: None", "Land: -", "Employment ...:
		 * Retired"): a row that names a type and declares nothing in it.
		 */
		boolean nothingUnder() {
			return typed() && !marksTypes() && NOTHING.matcher(value(Field.ORGANISATION).strip()).matches()
					&& NOTHING.matcher(value(Field.NATURE).strip()).matches();
		}

		/** What the row declares: its organisation, or else its nature or description. */
		String declared() {
			String organisation = value(Field.ORGANISATION).strip();
			return organisation.isEmpty() ? value(Field.NATURE).strip() : organisation;
		}

		boolean nil() {
			return !typed() && (NIL.matcher(value(Field.ORGANISATION)).matches()
					|| NIL.matcher(value(Field.NATURE)).matches() || nilType());
		}

		/** "Nil declaration" in the Type column, and nothing declared beside it. */
		private boolean nilType() {
			return !marksTypes() && NIL.matcher(value(Field.TYPE).strip()).matches()
					&& NOTHING.matcher(value(Field.ORGANISATION).strip()).matches()
					&& NOTHING.matcher(value(Field.NATURE).strip()).matches();
		}

		PersonName name() {
			String honorific = honorific().isEmpty() ? "" : honorific() + " ";
			String forename = value(Field.FORENAME);
			String surname = value(Field.SURNAME);
			if (forename.isEmpty() && surname.isEmpty()) {
				// A role printed under the name, in the same cell, or after it and a comma, is one of the roles.
				String full = nameCell().name();
				return full.isEmpty() ? null : Names.person(honorific + full);
			}
			return surname.isEmpty() ? Names.person(honorific + forename) : Names.person(honorific + forename, surname);
		}

		/** A Title column's "Cllr" or "Dr": before the name; any other title ("Chief Executive") is a role. */
		private String honorific() {
			String title = value(Field.TITLE).strip();
			boolean honorific = !title.isEmpty() && Arrays.stream(title.split("[\\s.]+")).allMatch(Names::isHonorific);
			return honorific ? title : "";
		}

		/** The name cell's first line, split from a post after the name and a comma ("Dr Priya Shah, Director"). */
		private Names.NameAndAfter nameCell() {
			return Names.nameAndAfter(Row.lines(value(Field.NAME)).stream().findFirst().orElse(""), "");
		}

		List<String> roles() {
			List<String> underName = Row.lines(value(Field.NAME)).stream().skip(1).toList();
			String title = honorific().isEmpty() ? value(Field.TITLE) : "";
			String afterName = (value(Field.FORENAME).isEmpty() && value(Field.SURNAME).isEmpty())
					? Objects.requireNonNullElse(nameCell().after(), "") : "";
			return Stream.of(Arrays.stream(value(Field.ROLE).split("[/;\\n]+")), Stream.of(title, afterName),
					underName.stream())
				.flatMap(s -> s)
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.toList();
		}

		String describe() {
			List<String> parts = new ArrayList<>();
			for (Field field : Field.values()) {
				String value = value(field);
				if (!value.isEmpty() && RegisterReader.this.columns.has(field)) {
					parts.add(field.name().toLowerCase().replace('_', ' ') + " \"" + value + "\"");
				}
			}
			return String.join(", ", parts);
		}

		private String check() {
			Columns<Field> columns = RegisterReader.this.columns;
			for (int i = 0; i < this.row.cells().size(); i++) {
				int column = i - this.shift;
				if (!this.row.cell(i).isEmpty() && !columns.index().containsValue(column)) {
					return "text in column " + (i + 1) + " (\"" + this.row.cell(i) + "\"), which is not one of the "
							+ "register's columns";
				}
			}
			for (Field field : List.of(Field.FORENAME, Field.SURNAME, Field.NAME)) {
				String text = value(field);
				// A name with a role or two printed under it ("Dr A Bell" over "GP Partner"): the name is its first line.
				List<String> lines = Row.lines(text);
				String name = (field == Field.NAME && lines.size() > 1 && lines.size() <= 3
						&& lines.stream().allMatch(Names::looksLikeName)) ? lines.get(0) : text;
				if (!text.isEmpty() && !Names.looksLikeName(name)) {
					return field.name().toLowerCase() + " \"" + abbreviate(text) + "\" does not read as a person's name";
				}
			}
			for (Field field : DATES) {
				String text = value(field);
				if (!text.isEmpty() && !Dates.noDate(text) && Dates.parse(text).isEmpty() && Dates.range(text).isEmpty()) {
					return field.name().toLowerCase().replace('_', ' ') + " \"" + text + "\" is not a date";
				}
			}
			String type = type();
			if (marksTypes() && marked().size() > 1) {
				return "more than one type marked (" + type + "): mark one, or give each its own row";
			}
			if (!type.isEmpty() && InterestType.fromDeclared(type).isEmpty()) {
				return "type of interest \"" + type + "\" is not one the hub reads (pecuniary, non-pecuniary, financial, "
						+ "non-financial professional or personal, indirect, other registrable)";
			}
			if (type.isEmpty() && hasInterest()) {
				return "no type of interest";
			}
			return null;
		}

	}

	private static String abbreviate(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 57) + "...";
	}

	static String describe(PersonName name) {
		return ((name.givenName() != null) ? name.givenName() + " " : "") + name.familyName();
	}

}
