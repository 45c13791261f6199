package org.partnershiphub.paper;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A paper brought to an agenda item: its title and reference as printed, what it is for, and (as separate nodes) the
 * people who led, wrote, presented, sponsored and signed it off, and the bodies it went to before.
 */
public record Paper(String id, String title, String reference, Purpose purpose, String purposeAsPublished,
		LocalDate datedOn) {

	/** What a paper asks of the meeting, finer than the item's purpose: "for sign-off" is not "for approval". */
	public enum Purpose {

		APPROVAL, DECISION, SIGN_OFF, RECOMMENDATION, DISCUSSION, ASSURANCE, NOTING, INFORMATION;

		/**
		 * The purpose a cover sheet's words name ("For approval", "For sign-off / confirmation", "To note", "For
		 * assurance"); the first named, in the order a cover sheet ranks them. Empty when the words name none.
		 */
		public static Optional<Purpose> fromPublished(String text) {
			if (text == null) {
				return Optional.empty();
			}
			String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
			if (t.matches(".* sign ?off .*|.* signoff .*|.* confirm.*|.* ratif.*")) {
				return Optional.of(SIGN_OFF);
			}
			if (t.matches(".* approv.*|.* agree.*|.* endorse.*")) {
				return Optional.of(APPROVAL);
			}
			if (t.matches(".* decision .*|.* decide .*|.* resolve .*")) {
				return Optional.of(DECISION);
			}
			if (t.matches(".* recommend.*")) {
				return Optional.of(RECOMMENDATION);
			}
			if (t.matches(".* assur.*")) {
				return Optional.of(ASSURANCE);
			}
			if (t.matches(".* discuss.*|.* consult.*|.* comment.*|.* consider.*")) {
				return Optional.of(DISCUSSION);
			}
			if (t.matches(".* note .*|.* noting .*|.* receive .*")) {
				return Optional.of(NOTING);
			}
			if (t.matches(".* inform.*|.* update .*")) {
				return Optional.of(INFORMATION);
			}
			return Optional.empty();
		}

	}

	/**
	 * Someone named on the cover sheet in a role: the person when known to the hub, and always the name, post and
	 * capacity as printed ("Finance: N/A" is kept as a sign-off marked not applicable, with no person).
	 */
	public record Contributor(String id, Role role, String nameAsWritten, String post, String capacity,
			boolean notApplicable, LocalDate on) {
	}

	public enum Role {
		LEAD, AUTHOR, PRESENTER, SPONSOR, SIGNED_OFF_BY
	}

	/** A body the paper went to before this meeting, and what it did ("endorsed", "supported with amendments"). */
	public record PriorConsideration(org.partnershiphub.board.Board board, LocalDate on, String outcome) {
	}

}
