package org.partnershiphub.authority;

import java.time.LocalDate;
import java.util.List;

/** Decision kinds a body keeps to itself: a delegation of them by that body gives no authority. */
public record Reservation(String id, List<String> scope, String description, LocalDate validFrom, LocalDate validTo) {

	boolean covers(String kind, LocalDate date) {
		return kind != null && this.scope.contains(kind) && !this.validFrom.isAfter(date)
				&& (this.validTo == null || !this.validTo.isBefore(date));
	}

}
