package org.partnershiphub.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.Declaration;

/**
 * A declaration of interest as minutes record it, read from one line of the meeting's business: who declared ("Dr C
 * Dee declared ...", "Having declared ..., Dr Dee left the room"), against which item ("in item 8", "Minute
 * HWB/25/14", or the item the line stands under), the sentence as minuted, and what the member did when the minutes say
 * ("left the room", "took no part in the discussion or vote", "remained"); "The Chair declared ..." is whoever chaired.
 * A line that does not name people as the declarers ("Members were asked to declare any interests", "All members
 * declared ...") is not a declaration.
 */
final class Declarations {

	/**
	 * What one line declares; {@code item} the item's number ("8", or "6, 7" for several), null when it names none and
	 * stands under none; {@code action} null when not said.
	 */
	record Declared(String name, String item, String sentence, Declaration.Action action) {
	}

	/** "The Chair", "the Chairman": whoever the minutes record chairing the meeting. */
	static final Pattern THE_CHAIR = Pattern.compile("(?i)the\\s+chair(?:man|woman|person)?");

	/** "The Vice-Chair", "the Deputy Chair": whoever holds the board's vice-chair seat and is recorded at the meeting. */
	static final Pattern THE_VICE_CHAIR = Pattern.compile("(?i)the\\s+(?:vice|deputy)[- ]?chair(?:man|woman|person)?");

	private static final Pattern DECLARED = Pattern.compile("(?i)\\b(?:declared|declares|disclosed|registered)\\s+"
			+ "(?:an?\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\w-]+\\s+){0,4}?interests?\\b");

	private static final Pattern HAVING = Pattern.compile("(?i)^having\\s+(?:declared|disclosed)\\b[^,]*,\\s*(.+?)\\s+"
			+ "(?:left|withdrew|took|did|remained|stayed|was|then)\\b.*$");

	/** An item's number or minute reference: "8", "4.2", "5b", "HWB/25/14", "ICB 25/05". */
	static final String NUMBER_OR_REFERENCE = "(?:\\d{1,2}(?:\\.\\d{1,2})*[a-z]?"
			+ "|[a-z]{2,6}\\s?/?\\d{1,3}/\\d{1,4})";

	private static final Pattern ITEM = Pattern.compile("(?i)\\b(?:agenda\\s+)?(?:items?|minutes?)\\s+(?:no\\.?\\s*)?("
			+ NUMBER_OR_REFERENCE + ")\\b");

	/** More item numbers after the first: ", 7 and 9", " & 7", " and ICB/25/05". */
	private static final Pattern MORE_ITEMS = Pattern
		.compile("(?i)(?:\\s*(?:,|and|&)\\s*" + NUMBER_OR_REFERENCE + "\\b)+");

	private static final Pattern NUMBER = Pattern.compile("(?i)" + NUMBER_OR_REFERENCE);

	/** A declaration as a table of them prints it: "Item 5: Sunniva Hale - personal interest - a volunteer with ...". */
	private static final Pattern LISTED = Pattern.compile("(?i)^(?:agenda\\s+)?(?:item|minute)\\s+(" + NUMBER_OR_REFERENCE
			+ ")\\s*[:.\u2013-]\\s*(.+?)\\s*[,\u2013-]\\s+((?:[\\w-]+\\s+){0,3}interests?\\b.*)$");

	private static final Pattern WITHDREW = Pattern.compile("(?i)\\b(?:left\\s+the\\s+(?:room|meeting|chamber|call)|"
			+ "withdrew|withdrawn|withdraw\\s+from|absented|stepped\\s+out|was\\s+not\\s+present\\s+for|did\\s+not\\s+"
			+ "remain)\\b");

	private static final Pattern NO_PART = Pattern.compile("(?i)\\b(?:took\\s+no\\s+part|take\\s+no\\s+part|did\\s+not\\s+"
			+ "(?:take\\s+part|participate|vote)|not\\s+(?:to\\s+)?(?:take\\s+part|participate|vote)|abstained)\\b");

	private static final Pattern REMAINED = Pattern.compile("(?i)\\b(?:remained|stayed|took\\s+part|participated)\\b");

	private Declarations() {
	}

	/**
	 * The declarations a line records, one per declarer ("Dr Dee and Councillor Bell declared ...", "Councillors Bell and
	 * Dee declared ..."), or none; {@code standingUnder} is the item whose minute the line is in.
	 */
	static List<Declared> read(String line, String standingUnder) {
		String text = line.strip();
		Matcher listed = LISTED.matcher(text);
		if (listed.matches()) {
			String name = listed.group(2).strip();
			return (Minutes.nameOnly(name) && Names.notAPerson(name) == null)
					? List.of(new Declared(name, AgendaItem.number(listed.group(1)), text, action(text))) : List.of();
		}
		Matcher having = HAVING.matcher(text);
		String before;
		if (having.matches()) {
			before = having.group(1);
		}
		else {
			Matcher declared = DECLARED.matcher(text);
			if (!declared.find()) {
				return nameFirst(text, standingUnder);
			}
			before = text.substring(0, declared.start());
		}
		before = before.strip().replaceAll("(?i)\\s+(?:also|then|had|has|who|each|both|herself|himself|themselves)$", "")
			.replaceAll("[.;:]+$", "").strip();
		List<String> names = Minutes.splitList(Minutes.singularHonorifics(before));
		if (names.size() < 2) {
			// "In relation to item 5, Dr Shah declared ...": the declarer is the last part before the verb.
			names = List.of(before.substring(before.lastIndexOf(',') + 1).replaceAll("(?i)^\\s*(?:and|then)\\s+", "")
				.strip());
		}
		if (names.stream().anyMatch(name -> !THE_CHAIR.matcher(name).matches()
				&& !THE_VICE_CHAIR.matcher(name).matches() && (name.isEmpty()
				|| !Minutes.nameOnly(name) || Names.notAPerson(name) != null))) {
			return List.of();
		}
		String items = items(text, standingUnder);
		return names.stream().map(name -> new Declared(name, items, text, action(text))).toList();
	}

	/** The items a line names ("in item 6", "in items 6, 7 and 9": each of them), else the one it stands under. */
	private static String items(String text, String standingUnder) {
		Matcher item = ITEM.matcher(text);
		if (!item.find()) {
			return standingUnder;
		}
		Matcher more = MORE_ITEMS.matcher(text.substring(item.end()));
		return AgendaItem.number(item.group(1)) + (more.lookingAt() ? ", " + String.join(", ",
				NUMBER.matcher(more.group()).results().map(r -> AgendaItem.number(r.group())).toList()) : "");
	}

	/** "The following interests were declared:" before a declaration listed as its declarer's name first. */
	private static final Pattern LEAD_IN = Pattern.compile("(?i)^[^:]*\\bdeclar[^:]*:\\s*");

	/** A name, then what they declared after a dash, a colon, a comma or a bracket. */
	private static final Pattern NAME_FIRST = Pattern.compile("^(.+?)\\s*(?:[:\u2013-]\\s+|\\(|,\\s+)(.*)$");

	private static final Pattern INTEREST_WORD = Pattern.compile("(?i)\\binterests?\\b");

	/**
	 * A declaration listed with the declarer's name first and an item named after it: "Dr Dee - item 6 - pecuniary
	 * interest (partner, Elm Street Surgery)", "C Dee: Item 5 - non-pecuniary interest as ...", "The following
	 * interests were declared: C Dee (item 4, personal interest, ...)"; none when the line does not read so.
	 */
	private static List<Declared> nameFirst(String text, String standingUnder) {
		Matcher first = NAME_FIRST.matcher(LEAD_IN.matcher(text).replaceFirst(""));
		if (!first.matches() || !INTEREST_WORD.matcher(first.group(2)).find() || !ITEM.matcher(first.group(2)).find()) {
			return List.of();
		}
		String name = first.group(1).strip();
		return (Minutes.nameOnly(name) && Names.notAPerson(name) == null)
				? List.of(new Declared(name, items(first.group(2), standingUnder), text, action(text))) : List.of();
	}

	/** What the declarer did, when the words say: withdrew, took no part, or remained. */
	private static Declaration.Action action(String text) {
		return WITHDREW.matcher(text).find() ? Declaration.Action.WITHDREW
				: NO_PART.matcher(text).find() ? Declaration.Action.NO_PART_IN_DISCUSSION_OR_VOTE
						: REMAINED.matcher(text).find() ? Declaration.Action.REMAINED_AFTER_DECLARING : null;
	}

	/**
	 * A table of declarations printed in the minutes, by its columns: who declared ("Name", "Member", "Councillor"),
	 * the item ("Item", "Agenda item", "Minute"; -1 when it has none), the interest ("Interest", "Nature of interest")
	 * and what they did ("Action"; -1 when it has none).
	 */
	record Tabled(PrintedTable table, int name, int item, int interest, int action) {

		private static final Pattern NAME = Pattern.compile("(?i)(name|member|councillor|declared by|who)\\b.*");

		private static final Pattern ITEM_HEADING = Pattern.compile("(?i)(agenda\\s+)?(item|minute)s?\\b.*");

		private static final Pattern INTEREST = Pattern.compile("(?i).*\\b(interests?|nature|declaration)\\b.*");

		private static final Pattern ACTION = Pattern.compile("(?i)(action|outcome|management).*");

		/** The columns of the table, or null when its headings are not those of declarations. */
		static Tabled header(PrintedTable table) {
			if (table == null) {
				return null;
			}
			List<String> cells = table.headings();
			int name = find(cells, NAME, -1);
			int interest = find(cells, INTEREST, name);
			if (name < 0 || interest < 0) {
				return null;
			}
			return new Tabled(table, name, find(cells, ITEM_HEADING, name), interest, find(cells, ACTION, name));
		}

		/** The first column but {@code taken} headed as the pattern says, or -1. */
		private static int find(List<String> cells, Pattern heading, int taken) {
			for (int i = 0; i < cells.size(); i++) {
				if (i != taken && heading.matcher(cells.get(i).strip()).matches()) {
					return i;
				}
			}
			return -1;
		}

		/**
		 * The declaration a row of the table records: its items those the item cell numbers ("6", "4, 5", "Item 7"),
		 * else the item it stands under; by {@code above} (the row above's declarer, or null) when its name cell is
		 * empty; null when the name cell is not one person's name.
		 */
		Declared read(List<String> cells, String standingUnder, String above) {
			String name = cell(cells, this.name).isEmpty() && above != null ? above : cell(cells, this.name);
			if (name.isEmpty() || !Minutes.nameOnly(name) || Names.notAPerson(name) != null) {
				return null;
			}
			List<String> numbers = NUMBER.matcher(cell(cells, this.item)).results()
				.map(r -> AgendaItem.number(r.group()))
				.toList();
			String items = numbers.isEmpty() ? standingUnder : String.join(", ", numbers);
			String done = cell(cells, this.action);
			String text = String.join(" - ", cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
			return new Declared(name, items, text, Declarations.action(done.isEmpty() ? text : done));
		}

		private static String cell(List<String> cells, int column) {
			return (column >= 0 && column < cells.size()) ? cells.get(column).strip() : "";
		}

	}

}
