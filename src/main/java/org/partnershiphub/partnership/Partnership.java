package org.partnershiphub.partnership;

/** A place-based partnership, provider collaborative or other alliance. */
public record Partnership(String id, String name, PartnershipKind kind, String place) {

	public enum PartnershipKind {
		PLACE_BASED_PARTNERSHIP, PROVIDER_COLLABORATIVE, OTHER
	}

}
