package org.partnershiphub.duty;

import java.time.LocalDate;

import org.partnershiphub.common.DatePrecision;

/**
 * A statutory duty (e.g. to prepare a joint forward plan before each financial year, Health and Care Act 2022) and,
 * as separate nodes, who holds it and when it falls due.
 */
public record Duty(String id, String title, String legislation, String description) {

	/**
	 * A date the duty falls due: known to the day, month or year as the paper states it (stored at its first day),
	 * and when it was met, if it was.
	 */
	public record Deadline(String id, LocalDate due, DatePrecision duePrecision, String description, LocalDate metOn) {

		public Deadline {
			duePrecision = DatePrecision.orDay(duePrecision);
		}

		/** The last day it could fall on: the day, or the end of the month or year a rough date names. */
		public LocalDate latestDue() {
			return this.duePrecision.last(this.due);
		}

	}

}
