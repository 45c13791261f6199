package org.partnershiphub.agreement;

import java.time.LocalDate;

/** An extension or other variation; an extension keeps the end date it replaced. */
public record AgreementVariation(String id, Kind kind, LocalDate agreedOn, String description, LocalDate newEndDate,
		LocalDate previousEndDate) {

	public enum Kind {
		EXTENSION, VARIATION
	}

}
