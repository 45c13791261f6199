package org.partnershiphub.meeting;

import java.time.LocalDate;

/**
 * A meeting on a date, of one board or of several meeting in common.
 *
 * @param attendanceComplete the attendance recorded is the whole list as minuted, so a seat-holder with no record
 * was absent (implied once the meeting is HELD)
 */
public record Meeting(String id, LocalDate date, String title, Status status, boolean attendanceComplete) {

	public enum Status {
		SCHEDULED, HELD, CANCELLED
	}

	/** Whether the quorum is read from attendance as recorded, rather than forecast from expected attendance. */
	public boolean attendanceAsRecorded() {
		return this.status == Status.HELD || this.attendanceComplete;
	}

}
