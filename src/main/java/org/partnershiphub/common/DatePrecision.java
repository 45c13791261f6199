package org.partnershiphub.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How much of a date a paper states: "18 September 2025", "January 2020" or "2019". A rough date is stored as the
 * first day of its month or year next to its precision, and read back as the paper put it.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR;

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** The date as a paper stating this much of it would: its year, "April 2024", or the day as {@code day} writes it. */
	public String format(LocalDate date, DateTimeFormatter day) {
		return switch (this) {
			case YEAR -> String.valueOf(date.getYear());
			case MONTH -> date.format(MONTH_YEAR);
			case DAY -> date.format(day);
		};
	}

	/** The precision given, or DAY when a paper's date is given without one. */
	public static DatePrecision orDay(DatePrecision precision) {
		return (precision != null) ? precision : DAY;
	}

}
