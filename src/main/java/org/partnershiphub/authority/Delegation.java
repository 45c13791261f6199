package org.partnershiphub.authority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Authority a body gives a board, committee or post: reified between them, as it carries an instrument, a scope of
 * decision kinds, a limit, dates and sources. A null {@code financialLimit} means unlimited.
 */
public record Delegation(String id, Instrument instrument, String instrumentReference, List<String> scope,
		BigDecimal financialLimit, String conditions, boolean subDelegationAllowed, LocalDate validFrom,
		LocalDate validTo) {

	public enum Instrument {
		TERMS_OF_REFERENCE, SCHEME_OF_RESERVATION_AND_DELEGATION, SECTION_75_AGREEMENT, NATIONAL_DELEGATION,
		CONSTITUTION, OTHER
	}

	boolean inForce(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || !this.validTo.isBefore(date));
	}

}
