package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnershiphub.imports.Table.Row;

/**
 * An attendance list as minutes print it, read into the attendance layout. Headings ("PRESENT:", "IN ATTENDANCE:",
 * "Apologies for absence:") open sections; under them each line is "Name - title" (or "Name, title"), and apologies
 * may be one comma-separated list. Who chaired is read only from what the minutes say of the meeting ("(in the
 * Chair)", "co-chairing in the absence of X", "chaired items 1 to 4"): a "Chair" in a job title is the chair of the
 * member's own body. Every line keeps its number in the text.
 */
final class Minutes {

	/** The columns of the rows produced, in order (the first row, numbered 0, names them). */
	static final List<String> HEADER = List.of("Name", "Title", "Attendance", "Chairing", "In absence of",
			"Substitute for", "Chair note", "Heading");

	private static final Pattern HEADING = Pattern.compile("(?i)^\\s*(members present|present|in attendance|also in "
			+ "attendance|also present|officers present|officers in attendance|apologies(?: for absence)?(?: received)?"
			+ "|absent)\\s*(?::\\s*(.*))?$");

	private static final Pattern IN_ABSENCE = Pattern.compile("(?i)(co-?\\s?chair(?:ing|ed)?|chair(?:ing|ed)?|in the "
			+ "chair)[^()]*?\\bin the absence of\\s+([^()]+?)\\s*\\)?\\s*$");

	private static final Pattern SUBSTITUTE = Pattern.compile("(?i)\\b(?:substitut(?:e|ing) for|deputising for|standing "
			+ "in for|as substitute for)\\s+([^()]+?)\\s*\\)?\\s*$");

	private static final Pattern PART = Pattern.compile("(?i)\\b(?:in the chair|chair(?:ed|ing)?) for (items? [^()]+?)"
			+ "\\s*\\)?\\s*$");

	private Minutes() {
	}

	/** Whether the text is laid out as minutes: some line is a heading and no line is a CSV header of ours. */
	static boolean isMinutes(String text) {
		return text.lines().limit(500).anyMatch(line -> HEADING.matcher(line).matches() && !line.contains(","))
				|| text.lines().limit(500).anyMatch(line -> {
					Matcher m = HEADING.matcher(line);
					return m.matches() && m.group(2) != null && !m.group(2).isBlank()
							&& m.group(1).toLowerCase(Locale.ROOT).startsWith("apolog");
				});
	}

	static Table table(String text, String encoding) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(0, HEADER));
		String status = null;
		int number = 0;
		for (String line : text.split("\\R", -1)) {
			number++;
			if (line.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
				throw new ImportException(number, "a control character where text was expected: this is not a text file");
			}
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				status = status(heading.group(1));
				String rest = (heading.group(2) != null) ? heading.group(2).strip() : "";
				if (rest.isEmpty()) {
					rows.add(row(number, "", "", "", "", "", "", "", heading.group(1).strip()));
				}
				else {
					int at = number;
					entries(rest, status).forEach(entry -> rows.add(entry.row(at)));
				}
				continue;
			}
			if (line.isBlank()) {
				rows.add(row(number, "", "", "", "", "", "", "", ""));
				continue;
			}
			if (status == null) {
				// Text before the first heading: the minutes' own title.
				rows.add(row(number, "", "", "", "", "", "", "", line.strip()));
				continue;
			}
			for (Entry entry : entries(line.strip(), status)) {
				rows.add(entry.row(number));
			}
		}
		return new Table(rows, encoding);
	}

	private static String status(String heading) {
		String h = heading.toLowerCase(Locale.ROOT);
		if (h.startsWith("apolog")) {
			return "apologies";
		}
		if (h.equals("absent")) {
			return "absent";
		}
		return (h.contains("attendance") || h.contains("also") || h.contains("officers")) ? "in attendance" : "present";
	}

	private record Entry(String name, String title, String status, String chairing, String inAbsenceOf,
			String substituteFor, String chairNote) {

		Row row(int line) {
			return Minutes.row(line, this.name, this.title, this.status, this.chairing, this.inAbsenceOf,
					this.substituteFor, this.chairNote, "");
		}

	}

	/**
	 * The people one line names: apologies may list several, separated by commas, semicolons or "and"; any other
	 * line names one person and what follows the name.
	 */
	private static List<Entry> entries(String line, String status) {
		if (status.equals("apologies") || status.equals("absent")) {
			List<String> names = splitNames(line);
			if (names.size() > 1) {
				return names.stream().map(n -> entry(n, status)).toList();
			}
		}
		return List.of(entry(line, status));
	}

	/** A list of names, when every part of it reads as a name (short, no digits); otherwise the line whole. */
	static List<String> splitNames(String line) {
		if (line.matches(".*\\s[-\u2013\u2014]\\s.*")) {
			return List.of(line.strip());
		}
		List<String> parts = List.of(line.split("\\s*(?:,\\s*and\\b|,|;|\\band\\b)\\s*"));
		boolean names = parts.size() > 1 && parts.stream()
			.allMatch(p -> !p.isBlank() && !p.matches(".*\\d.*") && p.strip().split("\\s+").length <= 6);
		return names ? parts.stream().map(String::strip).toList() : List.of(line.strip());
	}

	private static Entry entry(String text, String status) {
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
		String chairing = "";
		String inAbsenceOf = "";
		String substituteFor = "";
		String chairNote = "";
		String lower = title.toLowerCase(Locale.ROOT);
		Matcher absence = IN_ABSENCE.matcher(title);
		Matcher part = PART.matcher(title);
		if (absence.find()) {
			inAbsenceOf = absence.group(2).strip();
			chairing = absence.group(1).toLowerCase(Locale.ROOT).startsWith("co") ? "CO_CHAIR" : "CHAIR";
		}
		else if (part.find()) {
			chairing = "CHAIR_FOR_PART";
			chairNote = part.group(1).strip();
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

	/** Where the name ends: the first " - " (or dash) or, failing that, the first comma. */
	private static int indexOfSeparator(String text) {
		Matcher dash = Pattern.compile("\\s[-\u2013\u2014]\\s").matcher(text);
		if (dash.find()) {
			return dash.start();
		}
		int comma = text.indexOf(',');
		return comma;
	}

	private static Row row(int line, String... cells) {
		return new Row(line, List.of(cells));
	}

}
