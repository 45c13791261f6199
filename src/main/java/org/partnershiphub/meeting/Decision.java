package org.partnershiphub.meeting;

import java.time.LocalDate;

/** A decision recorded against an agenda item. */
public record Decision(String id, String text, Outcome outcome, LocalDate decidedOn) {

	public enum Outcome {
		APPROVED, REJECTED, DEFERRED, NOTED
	}

}
