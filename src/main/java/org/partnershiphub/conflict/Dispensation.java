package org.partnershiphub.conflict;

import java.time.LocalDate;
import java.util.List;

/**
 * Leave granted to a member (by a standards committee, a monitoring officer, the board itself) to take part despite
 * an interest: for what it allows, on the matters it covers (organisations or other subjects, agenda items, kinds of
 * decision; all matters when it names none), for a period.
 *
 * @param grantedByRole who granted it, in the body, as the paper says ("Monitoring Officer"); null when not stated
 * @param validTo the last day it holds; null while it still holds
 */
public record Dispensation(String id, List<Allowance> allows, List<String> decisionKinds, LocalDate validFrom,
		LocalDate validTo, String grantedByRole, String reason) {

	public Dispensation {
		allows = (allows != null) ? List.copyOf(allows) : List.of();
		decisionKinds = (decisionKinds != null) ? List.copyOf(decisionKinds) : List.of();
	}

	/** What a dispensation lets its holder do on the matters it covers. */
	public enum Allowance {

		/** Stay in the room. */
		REMAIN,

		/** Speak (and so remain). */
		SPEAK,

		/** Vote (and so speak and remain). */
		VOTE

	}

	/** The action the member may take under it, instead of the policy's. */
	ManagementAction action() {
		return this.allows.contains(Allowance.VOTE) ? ManagementAction.DECLARE_AND_PARTICIPATE
				: ManagementAction.NO_PART_IN_DISCUSSION_OR_VOTE;
	}

	boolean inForce(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || !this.validTo.isBefore(date));
	}

}
