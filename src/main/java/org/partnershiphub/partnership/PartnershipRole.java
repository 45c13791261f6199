package org.partnershiphub.partnership;

import java.time.LocalDate;

/** A person's role in a partnership, as written ("senior responsible officer and chair"), from a date to a date. */
public record PartnershipRole(String id, Kind kind, String asWritten, LocalDate from, LocalDate to) {

	public enum Kind {
		CHAIR, SENIOR_RESPONSIBLE_OFFICER, ACCOUNTABLE_OFFICER, PROJECT_LEAD, DIRECTOR, OTHER
	}

}
