package org.partnershiphub.common;

/**
 * How much of a date a paper states: "18 September 2025", "January 2020" or "2019". A rough date is stored as the
 * first day of its month or year next to its precision, and read back as the paper put it.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR;

	/** The precision given, or DAY when a paper's date is given without one. */
	public static DatePrecision orDay(DatePrecision precision) {
		return (precision != null) ? precision : DAY;
	}

}
