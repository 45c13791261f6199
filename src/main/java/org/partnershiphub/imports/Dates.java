package org.partnershiphub.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnershiphub.common.DatePrecision;

/**
 * Dates as registers write them: 14/03/2024, 14-03-24, 14.3.2024, 2024-03-14, 14 March 2024, 14th Mar 2024, March
 * 2024, 03/2024, 2024, the financial year 2023/24. Day first, as in the UK; a date that only reads month first or a
 * two-digit year is read with a note saying how; one with no day (or no month) is read as the first of its month (or
 * year, or financial year) with that precision.
 */
public final class Dates {

	private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");

	private static final Pattern WORDS = Pattern.compile("(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?([a-z]{3,9})\\.?,?\\s+(\\d{4})");

	private Dates() {
	}

	/** A date read from text, how it was guessed, if it was, and how much of it the text stated. */
	public record Read(LocalDate date, String guess, DatePrecision precision) {

		Read(LocalDate date, String guess) {
			this(date, guess, DatePrecision.DAY);
		}

		/** What the text left out ("day", "day or month"), or null when it gave the day. */
		public String missing() {
			return switch (this.precision) {
				case DAY -> null;
				case MONTH -> "day";
				case YEAR -> "day or month";
				case FINANCIAL_YEAR -> "day or month of the financial year";
			};
		}

	}

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

	/** A financial year, April to March: "2023/24", "2023-2024", "FY 2023/24". */
	private static final Pattern FINANCIAL_YEAR = Pattern
		.compile("(?:fy\\s*)?((?:19|20)\\d{2})\\s*[/\\-]\\s*(\\d{2}|(?:19|20)\\d{2})");

	/** A cell saying no date is stated: the interest is still held ("Ongoing", "Present") or the date is not known. */
	private static final Pattern NO_DATE = Pattern.compile("(?i)\\s*(?:on-?going|present|current(?:ly)?|to (?:date|present)|"
			+ "continuing|still (?:held|current)|n/?a|not applicable|unknown|not known|n/?k|not stated|-+|\u2013|\u2014)"
			+ "\\s*\\.?\\s*");

	/** Whether a date cell says no date is stated ("Ongoing", "Present", "Not known", "-"), so holds none. */
	static boolean noDate(String text) {
		return NO_DATE.matcher(text).matches();
	}

	/** When something held, in one cell: "01/04/2020 - present", "April 2019 to March 2021", "from 2019", "2019–". */
	public record Range(Read from, Read to) {
	}

	private static final Pattern RANGE = Pattern.compile("(?i)\\s*(?:from|since)?\\s*(.+?)(?:\\s+(?:-|to|until)(?:\\s+|$)|"
			+ "\\s*[\u2013\u2014]\\s*)(.*?)\\s*");

	private static final Pattern SINCE = Pattern.compile("(?i)\\s*(?:from|since)\\s+(.+?)\\s*");

	/**
	 * A range of dates in one cell: its start must read as a date, its end as a date or as none stated ("present",
	 * "ongoing", or nothing after the dash). Empty when the text is no range.
	 */
	static Optional<Range> range(String text) {
		Matcher m = RANGE.matcher(text);
		Matcher since = SINCE.matcher(text);
		String start = null;
		String end = "";
		if (m.matches()) {
			start = m.group(1);
			end = m.group(2);
		}
		else if (since.matches()) {
			start = since.group(1);
		}
		if (start == null) {
			return Optional.empty();
		}
		Optional<Read> from = parse(start);
		Optional<Read> to = (end.isBlank() || noDate(end)) ? Optional.empty() : parse(end);
		if (from.isEmpty() || (to.isEmpty() && !end.isBlank() && !noDate(end))) {
			return Optional.empty();
		}
		return Optional.of(new Range(from.get(), to.orElse(null)));
	}

	private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{1,2})[/.\\-]((?:19|20)\\d{2})");

	/** As a spreadsheet shows a date: "Mar-21", "01-Mar-2021", "1-Mar-21". */
	private static final Pattern SPREADSHEET = Pattern.compile("(?:(\\d{1,2})-)?([a-z]{3,9})-(\\d{2}|\\d{4})");

	public static Optional<Read> parse(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		try {
			Matcher m = ISO.matcher(t);
			if (m.matches()) {
				return Optional.of(new Read(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), null));
			}
			m = NUMERIC.matcher(t);
			if (m.matches()) {
				int first = num(m, 1);
				int second = num(m, 2);
				int year = num(m, 3);
				String guess = null;
				if (m.group(3).length() == 2) {
					year += 2000;
					guess = "two-digit year read as " + year;
				}
				if (second > 12 && first <= 12) {
					return Optional.of(new Read(LocalDate.of(year, first, second),
							join(guess, "read month first (" + text.strip() + " has no month " + second + ")")));
				}
				return Optional.of(new Read(LocalDate.of(year, second, first), guess));
			}
			m = WORDS.matcher(t);
			if (m.matches()) {
				Month month = month(m.group(2));
				if (month == null) {
					return Optional.empty();
				}
				if (m.group(1) == null) {
					return Optional.of(new Read(LocalDate.of(num(m, 3), month, 1), null, DatePrecision.MONTH));
				}
				return Optional.of(new Read(LocalDate.of(num(m, 3), month, num(m, 1)), null));
			}
			m = SPREADSHEET.matcher(t);
			if (m.matches() && month(m.group(2)) != null) {
				int year = num(m, 3) + ((m.group(3).length() == 2) ? 2000 : 0);
				String guess = (m.group(3).length() == 2) ? "two-digit year read as " + year : null;
				return Optional.of((m.group(1) == null)
						? new Read(LocalDate.of(year, month(m.group(2)), 1), guess, DatePrecision.MONTH)
						: new Read(LocalDate.of(year, month(m.group(2)), num(m, 1)), guess));
			}
			m = NUMERIC_MONTH.matcher(t);
			if (m.matches()) {
				return Optional.of(new Read(LocalDate.of(num(m, 2), num(m, 1), 1), null, DatePrecision.MONTH));
			}
			m = FINANCIAL_YEAR.matcher(t);
			if (m.matches()) {
				int first = num(m, 1);
				int second = num(m, 2);
				if (second % 100 != (first + 1) % 100 || (m.group(2).length() == 4 && second != first + 1)) {
					return Optional.empty();
				}
				return Optional.of(new Read(LocalDate.of(first, 4, 1), null, DatePrecision.FINANCIAL_YEAR));
			}
			if (YEAR.matcher(t).matches()) {
				return Optional.of(new Read(LocalDate.of(Integer.parseInt(t), 1, 1), null, DatePrecision.YEAR));
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static Month month(String word) {
		for (Month month : Month.values()) {
			String name = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
			if (word.length() >= 3 && name.startsWith(word.equals("sept") ? "sep" : word)) {
				return month;
			}
		}
		return null;
	}

	private static int num(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}

	private static String join(String a, String b) {
		return (a == null) ? b : a + "; " + b;
	}

}
