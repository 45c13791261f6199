package org.partnershiphub.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.partnershiphub.common.DatePrecision;

/**
 * A decision: against an agenda item when a board took it at a meeting, or by an officer's post. {@code kind} is
 * matched against delegations' scope; {@code amount} against their financial limits. A decision known only to a
 * month or year ("approved in January 2020") has {@code decidedOn} at the start of it and says so in its precision.
 */
public record Decision(String id, String text, Outcome outcome, LocalDate decidedOn, String kind, BigDecimal amount,
		DatePrecision decidedOnPrecision) {

	public Decision {
		decidedOnPrecision = DatePrecision.orDay(decidedOnPrecision);
	}

	/**
	 * What was decided. A RECOMMENDED decision is a recommendation to another body, whose decision on it records it
	 * as its recommendation; APPROVED_SUBJECT_TO is an approval with conditions, as minuted.
	 */
	public enum Outcome {
		APPROVED, APPROVED_SUBJECT_TO, RECOMMENDED, REJECTED, DEFERRED, NOTED;

		/** Whether the body decided something (and so needed its quorum and its authority): not noting or deferral. */
		public boolean decides() {
			return this != DEFERRED && this != NOTED;
		}
	}

	/**
	 * Decision kinds are data, not an enum: "Contract award" and "CONTRACT_AWARD" are the same kind. Null when the
	 * text holds no letter or digit.
	 */
	public static String kind(String text) {
		if (text == null) {
			return null;
		}
		String kind = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
		return kind.isEmpty() ? null : kind;
	}

}
