package org.partnershiphub.meeting;

import java.time.LocalDate;

/** A meeting of a board on a date. */
public record Meeting(String id, LocalDate date, String title, Status status) {

	public enum Status {
		SCHEDULED, HELD, CANCELLED
	}

}
