package org.partnershiphub.partnership;

import java.time.LocalDate;
import java.util.List;

import org.partnershiphub.common.DatePrecision;

/**
 * A place-based partnership, provider collaborative or other alliance: its aliases ("the VCSE alliance") and, when
 * the papers say, when it was formed and went live (to the day, month or year).
 */
public record Partnership(String id, String name, PartnershipKind kind, String place, List<String> aliases,
		LocalDate formedOn, DatePrecision formedOnPrecision, LocalDate goLiveOn, DatePrecision goLiveOnPrecision) {

	/** A membership the papers give only as a number: "the three acute trusts". */
	public record StatedCount(String id, int count, String description, LocalDate asAt) {
	}


	public enum PartnershipKind {
		PLACE_BASED_PARTNERSHIP, PROVIDER_COLLABORATIVE, OTHER
	}

}
