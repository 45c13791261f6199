package org.partnershiphub.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement between organisations: a Section 75 agreement, a partnership agreement, a memorandum of understanding,
 * an alliance or a risk-share. What the papers leave out stays null: an agreement may be known to exist with no
 * reference, dates, value or terms. {@code endDate} is the current end, after extensions.
 */
public record Agreement(String id, Kind kind, String reference, String title, List<Purpose> purposes,
		List<String> schemes, LocalDate startDate, LocalDate endDate, Status status, BigDecimal value,
		String termAsWritten, Integer initialTermMonths, Integer extensionOptions, Integer extensionMonths,
		Integer extensionNoticeMonths, Integer withdrawalNoticeMonths) {

	public Agreement {
		kind = (kind != null) ? kind : Kind.SECTION_75;
	}

	public enum Kind {
		SECTION_75, PARTNERSHIP_AGREEMENT, MEMORANDUM_OF_UNDERSTANDING, ALLIANCE_AGREEMENT, RISK_SHARE,
		COLLABORATION_AGREEMENT, OTHER
	}

	public enum Purpose {
		POOLED_BUDGET, LEAD_COMMISSIONING, INTEGRATED_PROVISION
	}

	public enum Status {
		DRAFT, ACTIVE, EXPIRED, TERMINATED
	}

	/**
	 * The term as the agreement states it, and what follows from it: the date by which the partners must agree the
	 * next extension (the end less the notice), and the latest end if every remaining option is taken. Each is null
	 * when a figure it needs is not stated.
	 */
	public record Terms(String asWritten, Integer initialTermMonths, Integer extensionOptions, Integer extensionMonths,
			int extensionsTaken, Integer extensionsRemaining, Integer extensionNoticeMonths, LocalDate extendBy,
			LocalDate latestEnd, Integer withdrawalNoticeMonths) {

		static Terms of(Agreement a, int extensionsTaken) {
			if (a.termAsWritten() == null && a.initialTermMonths() == null && a.extensionOptions() == null
					&& a.extensionNoticeMonths() == null && a.withdrawalNoticeMonths() == null) {
				return null;
			}
			Integer remaining = (a.extensionOptions() != null) ? Math.max(0, a.extensionOptions() - extensionsTaken)
					: null;
			LocalDate extendBy = (a.endDate() != null && a.extensionNoticeMonths() != null && remaining != null
					&& remaining > 0) ? a.endDate().minusMonths(a.extensionNoticeMonths()) : null;
			LocalDate latestEnd = (a.endDate() != null && remaining != null
					&& (remaining == 0 || a.extensionMonths() != null))
							? a.endDate().plusMonths((long) remaining * ((remaining == 0) ? 0 : a.extensionMonths()))
							: null;
			return new Terms(a.termAsWritten(), a.initialTermMonths(), a.extensionOptions(), a.extensionMonths(),
					extensionsTaken, remaining, a.extensionNoticeMonths(), extendBy, latestEnd,
					a.withdrawalNoticeMonths());
		}

	}

}
