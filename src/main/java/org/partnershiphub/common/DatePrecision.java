package org.partnershiphub.common;

import java.time.LocalDate;

/**
 * How much of a date a paper states: "18 September 2025", "January 2020" or "2019". A rough date is stored as the
 * first day of its month or year next to its precision, and read back as the paper put it.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR;

	/** The first day of the period the date falls in. */
	public LocalDate start(LocalDate date) {
		return switch (this) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
		};
	}

	/** The last day of that period: a fact known only to a month may have happened on any day of it. */
	public LocalDate end(LocalDate date) {
		return switch (this) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
			case YEAR -> date.withDayOfYear(date.lengthOfYear());
		};
	}

}
