package org.partnershiphub.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How much of a date a paper states: "18 September 2025", "January 2020", "2019" or the financial year "2023/24". A
 * rough date is stored as the first day of its month, year or financial year (1 April) next to its precision, and
 * read back as the paper put it.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR, FINANCIAL_YEAR;

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** The date as a paper stating this much of it would: its year, "April 2024", or the day as {@code day} writes it. */
	public String format(LocalDate date, DateTimeFormatter day) {
		return switch (this) {
			case YEAR -> String.valueOf(date.getYear());
			case FINANCIAL_YEAR -> String.format(Locale.ROOT, "%d/%02d", date.getYear(), (date.getYear() + 1) % 100);
			case MONTH -> date.format(MONTH_YEAR);
			case DAY -> date.format(day);
		};
	}

	/** Whether a date is the first day of its period at this precision, as a rough date is stored. */
	public boolean fits(LocalDate date) {
		return switch (this) {
			case DAY -> true;
			case MONTH -> date.getDayOfMonth() == 1;
			case YEAR -> date.getDayOfYear() == 1;
			case FINANCIAL_YEAR -> date.getMonthValue() == 4 && date.getDayOfMonth() == 1;
		};
	}

	/** The last day of the period starting on {@code first}: the day, or its month's, year's or financial year's. */
	public LocalDate last(LocalDate first) {
		return switch (this) {
			case DAY -> first;
			case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
			case YEAR, FINANCIAL_YEAR -> first.plusYears(1).minusDays(1);
		};
	}

	/** The precision given, or DAY when a paper's date is given without one. */
	public static DatePrecision orDay(DatePrecision precision) {
		return (precision != null) ? precision : DAY;
	}

}
