package org.partnershiphub.partnership;

import java.time.LocalDate;

/** An organisation's place in a partnership: reified, as it carries a role, dates and sources. */
public record PartnershipMembership(String id, PartnerRole role, LocalDate from, LocalDate to) {

	public enum PartnerRole {
		LEAD_PROVIDER, HOST, MEMBER, ASSOCIATE
	}

}
