package org.partnershiphub.meeting;

/**
 * A person's recorded attendance at a meeting: one per person and meeting. Who chaired is recorded only when the
 * minutes say so ({@code chairing}); a job title with "Chair" in it is the chair of the member's own body.
 *
 * @param chairNote what the minutes say of the chairing, e.g. "items 1 to 4" or "in the absence of the Leader"
 */
public record Attendance(String id, Status status, boolean chair, Chairing chairing, String chairNote) {

	/** Strongest first: when two records for one person meet (a merge), the stronger status wins. */
	public enum Status {
		PRESENT, IN_ATTENDANCE, APOLOGIES, ABSENT
	}

	public enum Chairing {
		/** In the Chair for the whole meeting. */
		CHAIR,
		/** One of two or more co-chairs. */
		CO_CHAIR,
		/** In the Chair for part of the meeting (say which in chairNote). */
		CHAIR_FOR_PART
	}

}
