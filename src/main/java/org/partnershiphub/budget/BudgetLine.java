package org.partnershiphub.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of a pooled fund's budget for one financial year ("Disabled Facilities Grant", "Carers' support"), with its
 * reported positions month by month.
 */
public record BudgetLine(String id, String name, String financialYear) {

	/**
	 * The line as a finance report gives it at a month: the annual budget, actual spend to date, forecast outturn and
	 * the variance as printed (with the report's own sign, brackets negative). Any figure the report leaves out is
	 * null; {@link #forecastOverspend} is worked out only from a budget and a forecast both stated.
	 */
	public record Position(String id, LocalDate month, BigDecimal annualBudget, BigDecimal actualToDate,
			BigDecimal forecast, BigDecimal variance) {

		public BigDecimal forecastOverspend() {
			return (this.annualBudget != null && this.forecast != null) ? this.forecast.subtract(this.annualBudget) : null;
		}

		public String monthLabel() {
			return Month.label(YearMonth.from(this.month));
		}

	}

	/**
	 * A month as finance reports name it: "Month 6 2025/26" or "M6 25/26" (month 1 is April), "September 2025",
	 * "Sep-25", "2025-09". A month with no year ("Month 6") is not read: the hub does not guess the year.
	 */
	public static final class Month {

		private static final Pattern PERIOD = Pattern.compile(
				"(?i)\\b(?:month|m)\\s*0?(1[0-2]|[1-9])\\b\\W*(?:fy\\s*)?(\\d{4}|\\d{2})\\s*[/-]\\s*(\\d{2})\\b");

		private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(0[1-9]|1[0-2])\\b");

		private static final Pattern NAMED = Pattern.compile(
				"(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?[\\s-]*('?\\d{4}|'?\\d{2})\\b");

		private Month() {
		}

		public static Optional<YearMonth> find(String text) {
			if (text == null) {
				return Optional.empty();
			}
			Matcher period = PERIOD.matcher(text);
			if (period.find()) {
				int start = year(period.group(2));
				if ((start + 1) % 100 != Integer.parseInt(period.group(3))) {
					return Optional.empty();
				}
				return Optional.of(YearMonth.of(start, 4).plusMonths(Integer.parseInt(period.group(1)) - 1L));
			}
			Matcher iso = ISO.matcher(text);
			if (iso.find()) {
				return Optional.of(YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2))));
			}
			Matcher named = NAMED.matcher(text);
			if (named.find()) {
				String month = named.group(1).toLowerCase(Locale.ROOT).substring(0, 3);
				int number = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(month) / 3 + 1;
				return Optional.of(YearMonth.of(year(named.group(2).replace("'", "")), number));
			}
			return Optional.empty();
		}

		private static int year(String text) {
			int year = Integer.parseInt(text);
			return (year < 100) ? 2000 + year : year;
		}

		/** "2025/26" for any month from April 2025 to March 2026. */
		public static String financialYear(YearMonth month) {
			int start = (month.getMonthValue() >= 4) ? month.getYear() : month.getYear() - 1;
			return "%d/%02d".formatted(start, (start + 1) % 100);
		}

		/** "Month 6 2025/26 (September 2025)". */
		public static String label(YearMonth month) {
			int period = (month.getMonthValue() + 8) % 12 + 1;
			return "Month " + period + " " + financialYear(month) + " ("
					+ month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear() + ")";
		}

	}

}
