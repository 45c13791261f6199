package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table printed in a text, as minutes paste one: its headings on a line, their cells between bars ("Name | Item"),
 * tabs, or runs of three spaces or more, and a row a line below. A row's cells are read into the headings' columns: by
 * place between bars and tabs, where an empty cell keeps its place; when only spaces part them, by place when the row
 * has a cell for every heading, otherwise by where each starts under the headings (an empty cell leaves no gap to
 * count).
 */
record PrintedTable(List<String> headings, List<Integer> starts, Separator separator, boolean bordered) {

	enum Separator {

		BAR, TAB, SPACES

	}

	/** A cell between runs of three spaces or more: words one or two spaces apart. */
	private static final Pattern SPACED_CELL = Pattern.compile("\\S+(?: {1,2}\\S+)*");

	/** A value may start a little before its heading when the column is centred. */
	private static final int SLACK = 3;

	/** The table whose headings the line prints, or null when it prints fewer than two cells. */
	static PrintedTable of(String printed) {
		Separator separator = printed.contains("|") ? Separator.BAR
				: printed.strip().contains("\t") ? Separator.TAB : Separator.SPACES;
		List<String> headings = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		// "| Name | Item |": bars at the ends too, so a row's first bar is its border, not an empty cell before it.
		boolean bordered = separator == Separator.BAR && printed.strip().startsWith("|");
		if (separator == Separator.SPACES) {
			Matcher cell = SPACED_CELL.matcher(printed);
			while (cell.find()) {
				headings.add(cell.group());
				starts.add(cell.start());
			}
		}
		else {
			headings.addAll(split(printed, separator, bordered));
		}
		return (headings.stream().filter(h -> !h.isBlank()).count() > 1)
				? new PrintedTable(headings, starts, separator, bordered) : null;
	}

	/**
	 * A line's cells, one per heading ("" where the row has none), or null when it is not a row of this table: it has
	 * fewer than two cells.
	 */
	List<String> row(String printed) {
		String[] cells = new String[this.headings.size()];
		Arrays.fill(cells, "");
		int found = 0;
		if (this.separator == Separator.SPACES) {
			List<MatchResult> spaced = SPACED_CELL.matcher(printed).results().toList();
			for (int c = 0; c < spaced.size(); c++) {
				// A cell for every heading: in their order, however they line up; fewer: under the heading each
				// starts at.
				int column = Math.min(c, cells.length - 1);
				if (spaced.size() != cells.length) {
					column = 0;
					for (int i = 0; i < this.starts.size(); i++) {
						if (this.starts.get(i) <= spaced.get(c).start() + SLACK) {
							column = i;
						}
					}
				}
				cells[column] = (cells[column].isEmpty() ? "" : cells[column] + " ") + spaced.get(c).group();
				found++;
			}
		}
		else {
			List<String> split = split(printed, this.separator, this.bordered);
			for (int i = 0; i < split.size(); i++) {
				int column = Math.min(i, cells.length - 1);
				if (!split.get(i).isEmpty()) {
					cells[column] = (cells[column].isEmpty() ? "" : cells[column] + " ") + split.get(i);
					found++;
				}
			}
		}
		return (found > 1) ? List.of(cells) : null;
	}

	private static List<String> split(String printed, Separator separator, boolean bordered) {
		String text = printed.strip();
		if (bordered) {
			text = text.replaceAll("^\\|\\s*|\\s*\\|$", "");
		}
		return Arrays.stream(text.split((separator == Separator.BAR) ? "\\|" : "\t", -1)).map(String::strip).toList();
	}

}
