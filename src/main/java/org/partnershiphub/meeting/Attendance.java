package org.partnershiphub.meeting;

/** A person's recorded attendance at a meeting: one per person and meeting. */
public record Attendance(String id, Status status, boolean chair) {

	public enum Status {
		PRESENT, IN_ATTENDANCE, APOLOGIES
	}

}
