package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnershiphub.imports.Table.Row;
import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.AgendaItem.Purpose;

/**
 * An agenda as printed, read into the agenda layout: a row per item with its number, title, purpose and lead. An item
 * is a line opening with its number ("4.", "Item 4:", "4.2", "4(a)", "HWB/25/12"), with a time before or after the
 * number if the agenda prints one, or a number alone with the title on the next line (a table copied cell by cell);
 * its title may run on to the next line; what it is for is printed after the title ("(For approval)", "- For
 * decision", or run on where a PDF lost the columns), in a column, on a line of its own ("For noting", "Purpose: To
 * approve the plan"), or in a heading over several items ("Items for decision"); its lead in a column, on a labelled
 * line ("Lead: Jo Marsh", "Report of ...") or alone under the title. A numbered line is an item only when it comes
 * after the last item's number and reads as a title: a date, a time, a page range or a recommendation ("1. Approve the
 * plan" under an item) is not one. The agenda's title block, and lines of an item's description, are reported on their
 * lines and not read.
 */
final class Agenda {

	/** The columns of the rows produced (the first row, numbered 0, names them). */
	static final List<String> HEADER = List.of("Item", "Title", "Purpose", "Lead", "Read as");

	private static final String TIME = "(?:\\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)";

	/** A time an agenda prints before an item: "2.00 pm", "14:05", "10.30 - 10.45". */
	private static final Pattern LEADING_TIME = Pattern
		.compile("(?i)^" + TIME + "(?:\\s*(?:-|\u2013|to)\\s*" + TIME + ")?\\s+(?=\\S)");

	/** An item's number and what follows it: "4.", "Item 4:", "4.2", "4a", "4(a)", "HWB/25/12". */
	private static final Pattern ITEM = Pattern.compile("(?i)^(?:agenda\\s+)?(?:item\\s+)?(\\d{1,2}(?:\\.\\d{1,2}){0,2}"
			+ "(?:[a-z]\\b|\\s?\\([a-z]\\))?|[a-z]{2,6}[ /]?\\d{1,3}/\\d{1,4})[.):]?(?:\\s*[-\u2013:]\\s+|\\s+)(\\S.*)$");

	/** An item's number on a line of its own: "Item 5", "5.", "5)", "HWB/25/12" (a bare "5" is a page number). */
	private static final Pattern LONE_NUMBER = Pattern.compile("(?i)^\\s*(?:(?:agenda\\s+)?item\\s+\\d{1,2}(?:\\.\\d{1,2}){0,2}"
			+ "[.):]?|\\d{1,2}(?:\\.\\d{1,2}){0,2}[.)]|[a-z]{2,6}/\\d{1,3}/\\d{1,4})\\s*$");

	/** A tab or a run of spaces between columns, as a table pasted into text leaves them. */
	private static final Pattern GAP = Minutes.GAP;

	/** Between a title and what is printed after it on its line: " - For decision - Jo Marsh". */
	private static final Pattern SEPARATOR = Pattern.compile("\\s+[-\u2013\u2014]\\s+|\\s*:\\s+");

	/** "(For approval)" at the end of a title. */
	private static final Pattern PURPOSE_IN_BRACKETS = Pattern.compile("(?i)^(.*?\\S)\\s*\\(\\s*((?:for|to)\\s[^()]+?)"
			+ "\\s*\\)\\s*(.*)$");

	/** "For approval" run on after a title, as text taken from a PDF without its columns prints it. */
	private static final Pattern PURPOSE_RUN_IN = Pattern.compile("(?<=\\S)\\s+((?:For|FOR|To|TO)\\s+(?i:approval|decision|"
			+ "noting|information|discussion|assurance|endorsement|agreement|ratification|sign[- ]?off|note|approve|"
			+ "agree|decide|discuss|consider|comment|endorse|ratify)\\b(?:\\s*(?:/|and|&|or)\\s*(?i:approval|decision|"
			+ "noting|information|discussion|assurance|endorsement|confirmation|sign[- ]?off|agreement|ratification))?)"
			+ "(?=\\s|$)");

	/** Pages printed after a title, "(Pages 1 - 8)", "Pages 9 - 40", "pp. 3-7", or "Verbal". */
	private static final Pattern PAGES_AFTER = Pattern.compile("\\s+(?:\\(?(?i:pages?|pp?\\.)\\s*\\d{1,3}(?:\\s*[-\u2013]"
			+ "\\s*\\d{1,3})?\\)?|\\(?(?:Verbal|VERBAL)(?i:\\s+(?:update|report|item))?\\)?)$");

	/** Words that say what an item is for, printed alone or in a list: "Approval", "Discussion / Noting", "Approve". */
	private static final Pattern PURPOSE_WORDS = Pattern.compile("(?i)(?:(?:approval|decision|noting|note|information|"
			+ "assurance|discussion|endorsement|agreement|ratification|sign[- ]?off|confirmation|consultation|comment|"
			+ "recommendation|debate|approve|decide|discuss|endorse|agree|ratify|inform|receive)s?\\s*(?:/|,|&|and|or)?"
			+ "\\s*)+");

	/** "Purpose: ...", "Action required: ...", "The Board is asked to ...". */
	private static final Pattern PURPOSE_LABEL = Pattern.compile("(?i)^(?:(purpose|action(?:\\s+required)?|decision"
			+ "(?:\\s+required)?|recommendations?|outcome(?:\\s+(?:sought|required))?)\\s*[:\u2013-]\\s*(\\S.*)|"
			+ "(?:the\\s+)?(?:board|committee|sub-committee|partnership|panel|forum|meeting|members?)\\s+(?:is|are)\\s+"
			+ "(?:asked|invited|requested|recommended)\\s+to\\b.*)$");

	/** "Lead: Jo Marsh", "Presented by: ...", "Report of: ...". */
	private static final Pattern LEAD_LABEL = Pattern.compile("(?i)^(?:(?:lead(?:\\s+(?:officer|member|director|"
			+ "presenter))?|presenters?|presented\\s+by|presenting\\s+officer|report\\s+(?:of|by|from)|reporting\\s+"
			+ "officer|responsible\\s+officer|introduced\\s+by)\\s*[:\u2013-]|(?:joint\\s+)?report\\s+(?:of|by|from)"
			+ "|presented\\s+by)\\s*(\\S.*?)\\.?$");

	/** What an agenda prints beside an item that is neither its purpose nor its lead: pages, a time, "Verbal", "B". */
	private static final Pattern PAPER_NOTE = Pattern.compile("(?i)^\\(?(?:(?:pages?|pp?\\.?)\\s*\\d{1,3}(?:\\s*[-\u2013]"
			+ "\\s*\\d{1,3})?|\\d{1,3}\\s*[-\u2013]\\s*\\d{1,3}|\\d{1,3}|" + TIME + "(?:\\s*(?:-|\u2013|to)\\s*" + TIME
			+ ")?|\\d{1,3}\\s*(?:mins?|minutes)|(?:verbal|oral)(?:\\s+(?:update|report|item))?|papers?(?:\\s+(?:attached|"
			+ "to follow|enclosed))?|reports?(?:\\s+(?:attached|to follow|enclosed))?|presentation|to follow|attached|"
			+ "enclosed|tabled|slides|enc(?:losure)?\\.?\\s*\\w{0,3}|appendix\\s*\\w{0,3}|appendices|to be confirmed|tbc|"
			+ "n/?a|-|pdf\\s*[\\d.]+\\s*[km]b|additional documents:?|(?:paper\\s+)?[a-z]\\d{0,2})\\)?\\.?$");

	/** A heading over several items: "PART B", "Items for decision", "Section 2: For information". */
	private static final Pattern HEADING = Pattern.compile("(?i)^(?:part\\s+(?:[a-d]|[1-4]|one|two|i{1,3})\\b.*|"
			+ "(?:section\\s+\\w+\\s*[:\u2013-]?\\s*)?(?:items?\\s+)?(?:for|to)\\s+(?:decision|approval|noting|note|"
			+ "information|discussion|assurance|endorsement)\\b.*|(?:section\\s+\\w+\\s*[:\u2013-]?\\s*)?items?\\s+for\\s+"
			+ ".*|standing\\s+items.*|exempt\\s+items.*|(?:confidential|private|closed|public)\\s+(?:session|business|"
			+ "items|part)\\b.*|(?:consent|starred|unstarred)\\s+(?:items|agenda)\\b.*)$");

	/** A title ends mid-phrase, so the next line carries on with it. */
	private static final Pattern OPEN_ENDED = Pattern.compile("(?i)(?:\\b(?:and|of|for|the|to|in|on|with|from|by|a|an)|"
			+ "[,&:/\u2013-])$");

	/** A recommendation under an item ("1. Approve the plan"), never an item's title. */
	private static final Pattern RECOMMENDATION = Pattern.compile("(?i)^(?:(?:approve|agree|endorse|support|delegate|"
			+ "consider|receive|recommend|ratify|accept|request|confirm|note|comment\\s+on)\\s+(?:the|that|a|an|its|their|"
			+ "any|and|progress)\\b|that\\b).*");

	private static final Pattern MONTH = Pattern.compile("(?i)^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
			+ "june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b.*");

	private Agenda() {
	}

	/** A heading saying what the items under it are for; {@code parent}: the item it titles ("7. Items for noting"). */
	private record Section(String text, int line, String parent) {
	}

	/** An item being read, and the lines it has taken. */
	private static final class Item {

		final int line;

		final String number;

		String title;

		String purpose;

		String lead;

		final List<String> readAs = new ArrayList<>();

		Item(int line, String number, String title) {
			this.line = line;
			this.number = number;
			this.title = title;
		}

		Row row() {
			return new Row(this.line, List.of(this.number, this.title, (this.purpose != null) ? this.purpose : "",
					(this.lead != null) ? this.lead : "", String.join("; ", this.readAs)));
		}

	}

	static Table table(String text, String encoding) {
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
				throw new ImportException(i + 1, "a control character where text was expected: this is not a text file");
			}
		}
		Map<Integer, Integer> titledBelow = titlesBelow(lines);
		Numbered[] numbered = new Numbered[lines.length];
		for (int i = 0; i < lines.length; i++) {
			numbered[i] = itemLine(lines[i].strip());
		}
		int first = firstItem(numbered);
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(0, HEADER));
		Item item = null;
		boolean continues = false;
		// Right under an item's title or purpose, where a table copied cell by cell prints its lead.
		boolean leadNext = false;
		Section section = null;
		Section within = null;
		for (int i = 0; i < lines.length; i++) {
			int number = i + 1;
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continues = false;
				leadNext = leadNext && titledBelow.containsValue(number);
				continue;
			}
			Numbered m = (i >= first) ? numbered[i] : null;
			if (m != null && (item == null || comesAfter(m.number(), item.number))) {
				if (item != null) {
					rows.add(close(item, within, section));
				}
				item = open(number, m);
				if (titledBelow.containsKey(i)) {
					item.readAs.add("title on line " + titledBelow.get(i));
				}
				if (item.purpose != null && HEADING.matcher(item.title).matches()) {
					// "7. Items for noting": the item's sub-items are for what its title says.
					within = new Section(item.title, number, item.number);
				}
				continues = true;
				leadNext = true;
				continue;
			}
			String bare = line.replaceAll("[.;]$", "");
			boolean lonePurpose = isPurpose(bare);
			if (HEADING.matcher(bare).matches() && bare.length() <= 80
					&& !(lonePurpose && item != null && item.purpose == null && !bare.equals(bare.toUpperCase()))) {
				if (item != null) {
					rows.add(close(item, within, section));
					item = null;
				}
				within = null;
				section = Purpose.fromPublished(bare).isPresent() ? new Section(bare, number, null) : null;
				rows.add(note(number, (section != null) ? "a heading: items under it are for what it says"
						: "a heading, not an item"));
				continues = false;
				continue;
			}
			if (item == null) {
				rows.add(note(number, (i < first) ? "before the first item (the agenda's title, date or place): not read"
						: "not an item: not read"));
				continue;
			}
			Matcher lead = LEAD_LABEL.matcher(line);
			Matcher purpose = PURPOSE_LABEL.matcher(line);
			if (lead.matches()) {
				item.lead = (item.lead == null) ? lead.group(1).strip() : item.lead + ", " + lead.group(1).strip();
				item.readAs.add("lead from line " + number);
				continues = false;
			}
			else if (item.purpose == null && (lonePurpose || purpose.matches()
					|| line.matches("(?i)^to\\s+\\p{L}+\\b.*") && Purpose.fromPublished(line).isPresent())) {
				item.purpose = (purpose.matches() && purpose.group(2) != null) ? purpose.group(2).strip() : line;
				item.readAs.add("purpose from line " + number);
				continues = false;
				continue;
			}
			else if (leadNext && item.lead == null && isLead(line)) {
				item.lead = line;
				item.readAs.add("lead from line " + number);
				continues = false;
			}
			else if (continues && (Character.isLowerCase(line.codePointAt(0)) || OPEN_ENDED.matcher(item.title).find())
					&& !PAPER_NOTE.matcher(line).matches() && !lonePurpose) {
				List<String> columns = List.of(GAP.split(line));
				item.title = item.title + " " + columns.get(0);
				for (String column : columns.subList(1, columns.size())) {
					beside(item, column);
				}
				item.readAs.add("title continued on line " + number);
			}
			else if (PAPER_NOTE.matcher(line).matches()) {
				rows.add(note(number, "pages, a time or a paper of item " + item.number + ": not read"));
				continues = false;
			}
			else {
				rows.add(note(number, "the text of item " + item.number + ", not its title: not read"));
				continues = false;
			}
			leadNext = continues;
		}
		if (item != null) {
			rows.add(close(item, within, section));
		}
		rows.sort(Comparator.comparingInt(Row::line));
		return new Table(rows, encoding);
	}

	/**
	 * Joins a number printed alone ("Item 5", "5.") to the title on the next line, as agendas laid out in a table and
	 * copied cell by cell print them; the title's line is left blank. The answer maps the number's line index to the
	 * title's line number.
	 */
	private static Map<Integer, Integer> titlesBelow(String[] lines) {
		Map<Integer, Integer> joined = new HashMap<>();
		for (int i = 0; i < lines.length - 1; i++) {
			if (!LONE_NUMBER.matcher(lines[i]).matches()) {
				continue;
			}
			int next = i + 1;
			while (next < lines.length && lines[next].isBlank()) {
				next++;
			}
			if (next < lines.length && itemLine(lines[i].strip() + " " + lines[next].strip()) != null
					&& !LONE_NUMBER.matcher(lines[next]).matches()) {
				lines[i] = lines[i].strip() + " " + lines[next].strip();
				lines[next] = "";
				joined.put(i, next + 1);
			}
		}
		return joined;
	}

	/** The line the agenda's first item is on: the first numbered 1 (or a minute reference), else the first at all. */
	private static int firstItem(Numbered[] numbered) {
		int any = numbered.length;
		for (int i = 0; i < numbered.length; i++) {
			Numbered m = numbered[i];
			if (m == null) {
				continue;
			}
			String number = m.number();
			if (number.matches("0?1\\b.*|0?1") || number.matches("(?i)[a-z].*")) {
				return i;
			}
			any = Math.min(any, i);
		}
		return any;
	}

	/** An item's number, and what the line prints after it (a time after the number set aside). */
	private record Numbered(String number, String rest) {
	}

	/** The line's item number and the rest, when it opens with a number and what follows reads as a title. */
	private static Numbered itemLine(String line) {
		Matcher m = ITEM.matcher(LEADING_TIME.matcher(line).replaceFirst(""));
		if (!m.matches()) {
			return null;
		}
		// "1.  2.00  Welcome": a time printed after the number.
		String rest = LEADING_TIME.matcher(m.group(2)).replaceFirst("");
		String title = GAP.split(rest, 2)[0];
		boolean topLevel = m.group(1).matches("\\d{1,2}");
		if (!title.matches("[\\p{Lu}\"'\u2018\u201c(\\[].*|(?:19|20)\\d{2}\\b.*") || RECOMMENDATION.matcher(title).matches()
				|| title.matches("(?i)[ap]\\.?m\\.?\\b.*|(?:mins?|minutes|hours?|hrs?)\\.?")
				|| (topLevel && Integer.parseInt(m.group(1)) <= 31 && MONTH.matcher(title).matches())) {
			return null;
		}
		return new Numbered(AgendaItem.number(m.group(1)), rest);
	}

	private static Item open(int line, Numbered m) {
		String number = m.number();
		List<String> columns = List.of(GAP.split(m.rest().strip()));
		String title = columns.get(0);
		String purpose = null;
		List<String> after = new ArrayList<>();
		Matcher bracket = PURPOSE_IN_BRACKETS.matcher(title);
		if (bracket.matches() && Purpose.fromPublished(bracket.group(2)).isPresent()) {
			title = bracket.group(1);
			purpose = bracket.group(2);
			after.addAll(segments(bracket.group(3)));
		}
		else {
			Matcher separator = SEPARATOR.matcher(title);
			while (separator.find()) {
				List<String> rest = segments(title.substring(separator.end()));
				if (!rest.isEmpty() && isPurpose(rest.get(0))) {
					purpose = rest.get(0);
					after.addAll(rest.subList(1, rest.size()));
					title = title.substring(0, separator.start());
					break;
				}
			}
			Matcher run = PURPOSE_RUN_IN.matcher(title);
			if (purpose == null && run.find()) {
				// Text taken from a PDF without its columns: "4 Better Care Fund Plan For approval Jo Marsh 9 - 40".
				purpose = run.group(1);
				after.add(title.substring(run.end()).strip().replaceAll("(?i)(?:^|\\s+)(?:(?:pages?\\s*)?\\d{1,3}\\s*"
						+ "[-\u2013]\\s*\\d{1,3}|verbal|oral|paper|report|presentation|to follow|attached)$", ""));
				title = title.substring(0, run.start());
			}
		}
		title = PAGES_AFTER.matcher(title).replaceFirst("");
		Item item = new Item(line, number, title.strip());
		if ((item.title.matches("(?i)^to\\s+\\p{L}+\\b.*") || HEADING.matcher(item.title).matches())
				&& Purpose.fromPublished(item.title).isPresent() && purpose == null) {
			purpose = item.title;
		}
		item.purpose = purpose;
		after.forEach(text -> beside(item, text));
		columns.subList(1, columns.size()).forEach(column -> beside(item, column));
		return item;
	}

	private static List<String> segments(String text) {
		return SEPARATOR.splitAsStream(text.strip()).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** A column or segment printed beside an item's title: its purpose, a page or time, or its lead. */
	private static void beside(Item item, String text) {
		String t = text.strip().replaceAll("^\\((.*)\\)$", "$1");
		if (t.isEmpty() || PAPER_NOTE.matcher(t).matches()) {
			return;
		}
		if (item.purpose == null && isPurpose(t)) {
			item.purpose = t;
		}
		else {
			Matcher lead = LEAD_LABEL.matcher(t);
			String name = lead.matches() ? lead.group(1).strip() : t;
			item.lead = (item.lead == null) ? name : item.lead + ", " + name;
		}
	}

	/** Closes an item: with no purpose of its own, it has its parent item's heading's, or else the heading's above. */
	private static Row close(Item item, Section within, Section section) {
		Section applies = (within != null && item.number.startsWith(within.parent())
				&& !item.number.equals(within.parent())
				&& !Character.isDigit(item.number.charAt(within.parent().length()))) ? within : section;
		if (item.purpose == null && applies != null) {
			item.purpose = applies.text();
			item.readAs.add("purpose from the heading on line " + applies.line());
		}
		return item.row();
	}

	private static Row note(int line, String why) {
		return new Row(line, List.of("", "", "", "", why));
	}

	/** A post as agendas name an item's lead: "Chair", "Chief Operating Officer", "Director of Public Health". */
	private static final Pattern POST = Pattern.compile("(?i)^(?:the\\s+)?(?:(?:vice|deputy|co)[- ]?)?(?:chair(?:man|woman|"
			+ "person)?s?|chief\\s+[\\w ]{2,40}|(?:executive\\s+|medical\\s+|managing\\s+|corporate\\s+)?director(?:\\s+of\\s+"
			+ "[\\w ,&]{2,60})?|head\\s+of\\s+[\\w ,&]{2,60}|[\\w -]{2,40}\\bofficer|clerk|monitoring\\s+officer)$");

	/** A line that names who leads an item, and nothing else: a post, or a name with a post after a comma. */
	private static boolean isLead(String line) {
		if (line.length() > 80 || line.endsWith(".") || isPurpose(line) || PAPER_NOTE.matcher(line).matches()) {
			return false;
		}
		String first = line.split(",")[0].strip();
		int words = first.split("\\s+").length;
		return POST.matcher(first).matches() || words >= 2 && words <= 5 && Minutes.nameOnly(first)
				&& Names.notAPerson(first) == null && !Minutes.isSentence(first);
	}

	/** Words that say what an item is for: "For approval", "To note", "Decision", "Discussion / Noting". */
	static boolean isPurpose(String text) {
		String t = text.strip().replaceAll("[.;]$", "");
		if (t.isEmpty() || t.length() > 80 || t.matches("(?i)to\\s+(?:be\\s+confirmed|follow)\\b.*")) {
			return false;
		}
		return (t.matches("(?i)(?:for|to)\\s+\\S.*") || PURPOSE_WORDS.matcher(t).matches())
				&& Purpose.fromPublished(t).isPresent();
	}

	/** Whether item number {@code later} comes after {@code earlier}, as agendas number ("4", "4.1", "4(a)", "5"). */
	static boolean comesAfter(String later, String earlier) {
		List<String> a = parts(later);
		List<String> b = parts(earlier);
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int order = compare(a.get(i), b.get(i));
			if (order != 0) {
				return order > 0;
			}
		}
		return a.size() > b.size();
	}

	private static List<String> parts(String number) {
		return List.of(number.toLowerCase().split("[^a-z0-9]+|(?<=\\d)(?=[a-z])|(?<=[a-z])(?=\\d)")).stream()
			.filter(p -> !p.isEmpty())
			.toList();
	}

	private static int compare(String a, String b) {
		boolean digitsA = a.chars().allMatch(Character::isDigit);
		boolean digitsB = b.chars().allMatch(Character::isDigit);
		if (digitsA && digitsB) {
			return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
		}
		return (digitsA == digitsB) ? a.compareTo(b) : (digitsA ? -1 : 1);
	}

}
