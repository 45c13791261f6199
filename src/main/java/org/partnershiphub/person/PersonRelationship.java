package org.partnershiphub.person;

import java.time.LocalDate;

/**
 * A relationship between two people that conflict policies care about, dated and sourced: the interests of a
 * member's spouse, partner, close family, business partner or close associate reach the member as indirect ones.
 *
 * @param validFrom the first day it holds; null when the paper does not say
 * @param validTo the last day it holds; null while it still holds
 */
public record PersonRelationship(String id, Kind kind, LocalDate validFrom, LocalDate validTo) {

	public enum Kind {
		SPOUSE_OR_CIVIL_PARTNER, PARTNER, CLOSE_FAMILY, BUSINESS_PARTNER, CLOSE_ASSOCIATE
	}

}
