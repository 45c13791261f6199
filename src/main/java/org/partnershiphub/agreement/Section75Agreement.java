package org.partnershiphub.agreement;

import java.time.LocalDate;
import java.util.List;

/** A Section 75 agreement; {@code endDate} is the current end, after extensions. */
public record Section75Agreement(String id, String reference, String title, List<Purpose> purposes,
		List<String> schemes, LocalDate startDate, LocalDate endDate, Status status) {

	public enum Purpose {
		POOLED_BUDGET, LEAD_COMMISSIONING, INTEGRATED_PROVISION
	}

	public enum Status {
		DRAFT, ACTIVE, EXPIRED, TERMINATED
	}

}
