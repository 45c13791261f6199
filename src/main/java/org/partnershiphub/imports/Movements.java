package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.Movement;

/**
 * Someone joining or leaving a meeting part-way, as minutes record it in the business: "Councillor Bell left the
 * meeting at 3.15 pm", "Dr Dee joined the meeting during item 4", "Ms Hale left the meeting after item 7", "(Councillor
 * Reed arrived at this point)". The item is the one the sentence names, else the one whose minute it stands in; when
 * the sentence says no more than a time or "at this point", the move was during that item. A withdrawal for an item
 * ("left the room", "left the meeting for this item", "... and returned") is a declaration's business, not a move.
 */
final class Movements {

	/**
	 * One person's move: {@code item} the item's number, null when the line names none and stands under none;
	 * {@code timing} null when it gives a time and no item ("(arrived 2.20 pm)").
	 */
	record Moved(String name, Movement.Kind kind, Movement.Timing timing, String item, String sentence) {

		/** "LEFT DURING", "JOINED BEFORE", or "JOINED AT_A_TIME" for a time and no item. */
		String how() {
			return this.kind + " " + ((this.timing != null) ? this.timing.name() : AT_A_TIME_ONLY);
		}

	}

	static final String AT_A_TIME_ONLY = "AT_A_TIME";

	private static final Pattern VERB = Pattern.compile("(?i)\\b(?:(left|departed(?:\\s+from)?)\\s+the\\s+meeting|"
			+ "(joined|arrived\\s+at|entered|rejoined|returned\\s+to)\\s+the\\s+meeting|(arrived|joined))\\b");

	/** A withdrawal from one item, or a move that is undone: not a move for the rest of the meeting. */
	private static final Pattern FOR_AN_ITEM = Pattern.compile("(?i)\\bfor\\s+(?:this|the|that|these|those|this\\s+"
			+ "part\\s+of\\s+the)\\s+items?\\b|\\bfor\\s+the\\s+duration\\b|\\b(?:and|then|later)\\s+(?:re-?joined|"
			+ "returned|came\\s+back)\\b|\\bwhile\\b|\\bwhilst\\b|\\bdeclar|\\binterest\\b");

	private static final Pattern LEFT_FOR = Pattern.compile("(?i)\\bfor\\s+(?:agenda\\s+)?(?:items?|minutes?)\\b");

	private static final String ITEM = "(?:the\\s+)?(?:(?:consideration|discussion|debate|presentation)\\s+"
			+ "(?:of|on)\\s+)?(?:the\\s+)?(?:agenda\\s+)?(?:item|minute)\\s+(?:no\\.?\\s*)?("
			+ Declarations.NUMBER_OR_REFERENCE + ")\\b";

	private static final String THIS_ITEM = "(?:the\\s+)?(?:(?:consideration|discussion|debate|presentation)\\s+"
			+ "(?:of|on)\\s+)?(?:this|the|the\\s+above|that)\\s+item\\b";

	/** Before the next item, or after the last one: the edge of the item the line stands under. */
	private static final Pattern BEFORE_NEXT = Pattern.compile("(?i)\\b(?:before|prior\\s+to|ahead\\s+of|at\\s+the\\s+"
			+ "(?:start|beginning)\\s+of)\\s+(?:the\\s+)?(?:(?:consideration|discussion)\\s+of\\s+)?(?:the\\s+)?"
			+ "(?:next|following|subsequent)\\s+item\\b");

	private static final Pattern AFTER_PREVIOUS = Pattern.compile("(?i)\\b(?:after|following|at\\s+the\\s+(?:end|close|"
			+ "conclusion)\\s+of)\\s+(?:the\\s+)?(?:(?:consideration|discussion)\\s+of\\s+)?(?:the\\s+)?(?:previous|"
			+ "preceding|last)\\s+item\\b");

	private static final Pattern DURING = Pattern.compile("(?i)\\b(?:during|in\\s+the\\s+course\\s+of|part-way\\s+"
			+ "through|partway\\s+through)\\s+(?:" + ITEM + "|" + THIS_ITEM + ")");

	private static final Pattern AFTER = Pattern.compile("(?i)\\b(?:after|following|at\\s+the\\s+(?:end|close|"
			+ "conclusion)\\s+of|on\\s+the\\s+conclusion\\s+of)\\s+(?:" + ITEM + "|" + THIS_ITEM + ")");

	private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?:before|prior\\s+to|at\\s+the\\s+(?:start|"
			+ "beginning|outset)\\s+of|ahead\\s+of|in\\s+time\\s+for|for|from)\\s+(?:" + ITEM + "|" + THIS_ITEM + ")");

	private static final String N = "(?:agenda\\s+)?(?:item|minute)\\s+(?:no\\.?\\s*)?("
			+ Declarations.NUMBER_OR_REFERENCE + ")\\b";

	/** In a list of those present: "(from item 4)", "(arrived during item 4)", "(for item 4 onwards)". */
	private static final Pattern FROM = Pattern.compile("(?i)\\b(?:from|(?:arrived|joined)\\s+(?:at|during|for|from)|"
			+ "(?:present|attended)\\s+from)\\s+" + N + "|\\bfor\\s+" + N + "\\s+onwards");

	/** "(for item 4)": there for that item only, as officers presenting a paper are. */
	private static final Pattern FOR_ONE = Pattern.compile("(?i)\\b(?:for|present\\s+for|attended\\s+for|only\\s+"
			+ "for)\\s+" + N + "(?!\\s+onwards)(?!\\s*(?:-|\u2013|to|and|,))");

	/** "(until item 7)", "(to item 7)", "(left after item 7)", "(left during item 7)", "(left before item 7)". */
	private static final Pattern UNTIL = Pattern.compile("(?i)\\b(?:until|till|to|up\\s+to(?:\\s+and\\s+including)?|"
			+ "left\\s+(after|at\\s+the\\s+end\\s+of|during|in|before)|present\\s+until)\\s+" + N);

	/** "(arrived 2.20 pm)", "(left at 15:40)", "(from 2.30pm)": a time, which places no move against an item. */
	private static final Pattern AT_A_TIME = Pattern.compile("(?i)\\b(?:(arrived|joined|from)|(left|departed|until))"
			+ "\\s+(?:at\\s+)?\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?=\\W|$)");

	/** "(items 1 to 5)", "(for items 3-6 only)". */
	private static final Pattern ITEMS = Pattern.compile("(?i)\\bitems\\s+(" + Declarations.NUMBER_OR_REFERENCE
			+ ")\\s*(?:-|\u2013|to)\\s*(" + Declarations.NUMBER_OR_REFERENCE + ")\\b");

	private Movements() {
	}

	/**
	 * The moves what follows a name in a list of those present says ("Dr C Dee (from item 4)", "Cllr A Bell - left
	 * after item 7", "Ms E Fay (items 1 to 5)"); none when it says none, or speaks of chairing ("in the Chair for items
	 * 1 to 4", which is not when they were there).
	 */
	static List<Moved> inList(String name, String after) {
		if (after.isBlank() || after.toLowerCase(Locale.ROOT).contains("chair")) {
			return List.of();
		}
		String printed = name + (after.strip().startsWith("(") ? " " : " - ") + after.strip();
		Matcher items = ITEMS.matcher(after);
		if (items.find()) {
			return span(name, items.group(1), items.group(2), printed);
		}
		Matcher one = FOR_ONE.matcher(after);
		if (one.find() && !FROM.matcher(after).find()) {
			return span(name, one.group(1), one.group(1), printed);
		}
		List<Moved> moves = new ArrayList<>();
		Matcher from = FROM.matcher(after);
		Matcher until = UNTIL.matcher(after);
		if (from.find()) {
			String item = (from.group(1) != null) ? from.group(1) : from.group(2);
			moves.add(new Moved(name, Movement.Kind.JOINED, from.group().toLowerCase(Locale.ROOT)
				.contains("during") ? Movement.Timing.DURING : Movement.Timing.BEFORE, AgendaItem.number(item),
					printed));
		}
		if (until.find()) {
			String how = (until.group(1) != null) ? until.group(1).toLowerCase(Locale.ROOT) : "after";
			moves.add(new Moved(name, Movement.Kind.LEFT, how.equals("during") || how.equals("in")
					? Movement.Timing.DURING : how.equals("before") ? Movement.Timing.BEFORE : Movement.Timing.AFTER,
					AgendaItem.number(until.group(2)), printed));
		}
		Matcher time = AT_A_TIME.matcher(after);
		if (moves.isEmpty() && time.find()) {
			// Reported, not placed: no item is named.
			moves.add(new Moved(name, (time.group(1) != null) ? Movement.Kind.JOINED : Movement.Kind.LEFT, null, null,
					printed));
		}
		return moves;
	}

	/** There from before the first item to after the last. */
	private static List<Moved> span(String name, String first, String last, String printed) {
		return List.of(new Moved(name, Movement.Kind.JOINED, Movement.Timing.BEFORE, AgendaItem.number(first), printed),
				new Moved(name, Movement.Kind.LEFT, Movement.Timing.AFTER, AgendaItem.number(last), printed));
	}

	/**
	 * The moves a line records, one per person named before the verb ("Councillors Bell and Dee left the meeting"), or
	 * none; {@code standingUnder} is the item whose minute the line is in.
	 */
	static List<Moved> read(String line, String standingUnder) {
		String text = line.strip().replaceAll("^[(\\[]\\s*", "").replaceAll("\\s*[)\\]]\\s*\\.?$", "");
		Matcher verb = VERB.matcher(text);
		if (!verb.find() || FOR_AN_ITEM.matcher(text).find()) {
			return List.of();
		}
		Movement.Kind kind = (verb.group(1) != null) ? Movement.Kind.LEFT : Movement.Kind.JOINED;
		if (kind == Movement.Kind.LEFT && LEFT_FOR.matcher(text).find()) {
			// "Dr Dee left the meeting for item 5": a withdrawal from that item.
			return List.of();
		}
		// "At 3.15 pm, Councillor Bell left ...": the people are the last part before the verb.
		String before = text.substring(0, verb.start()).strip()
			.replaceAll("(?i)\\s+(?:then|had|has|also|both|briefly|subsequently|later)$", "")
			.replaceAll("^(?i)(?:at\\s+[^,]+|during\\s+[^,]+|after\\s+[^,]+|then|subsequently),\\s*", "")
			.strip();
		List<String> names = Minutes.splitList(Minutes.singularHonorifics(before));
		if (names.isEmpty() || names.stream().anyMatch(name -> !Declarations.THE_CHAIR.matcher(name).matches()
				&& !Declarations.THE_VICE_CHAIR.matcher(name).matches()
				&& (name.isEmpty() || !Minutes.nameOnly(name) || Names.notAPerson(name) != null))) {
			return List.of();
		}
		String after = text.substring(verb.start());
		Movement.Timing timing = Movement.Timing.DURING;
		String item = standingUnder;
		if (BEFORE_NEXT.matcher(after).find()) {
			// "... left the meeting prior to consideration of the next item", minuted under this one.
			return moved(names, kind, Movement.Timing.AFTER, standingUnder, text);
		}
		if (AFTER_PREVIOUS.matcher(after).find()) {
			// "... arrived after the previous item", minuted under this one.
			return moved(names, kind, Movement.Timing.BEFORE, standingUnder, text);
		}
		for (Movement.Timing t : List.of(Movement.Timing.DURING, Movement.Timing.AFTER, Movement.Timing.BEFORE)) {
			Matcher m = ((t == Movement.Timing.DURING) ? DURING : (t == Movement.Timing.AFTER) ? AFTER : BEFORE)
				.matcher(after);
			if (m.find()) {
				timing = t;
				item = (m.group(1) != null) ? AgendaItem.number(m.group(1)) : standingUnder;
				break;
			}
		}
		return moved(names, kind, timing, item, text);
	}

	private static List<Moved> moved(List<String> names, Movement.Kind kind, Movement.Timing timing, String item,
			String text) {
		return names.stream().map(name -> new Moved(name, kind, timing, item, text)).toList();
	}

}
