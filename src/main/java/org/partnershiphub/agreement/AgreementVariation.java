package org.partnershiphub.agreement;

import java.time.LocalDate;

/**
 * An extension or other variation; an extension keeps the end date it replaced. A PROPOSED one is in progress: it has
 * no agreed date, may have an expected one, and changes nothing until agreed.
 */
public record AgreementVariation(String id, Kind kind, Status status, LocalDate agreedOn, LocalDate expectedOn,
		String description, LocalDate newEndDate, LocalDate previousEndDate) {

	public AgreementVariation {
		status = (status != null) ? status : Status.AGREED;
	}

	public enum Kind {
		EXTENSION, VARIATION
	}

	public enum Status {
		PROPOSED, AGREED
	}

}
