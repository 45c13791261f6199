package org.partnershiphub.conflict;

import java.time.LocalDate;
import java.util.List;

import org.partnershiphub.board.Membership;
import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.Attendance;
import org.partnershiphub.meeting.Declaration;
import org.partnershiphub.meeting.Meeting;
import org.partnershiphub.person.Person;

/** Who is conflicted on which item of a meeting, what they declared, and whether each item stays quorate. */
public record MeetingConflictReport(Meeting meeting, LocalDate asOf, List<Participant> participants,
		List<ItemReport> items) {

	/**
	 * Someone expected to take part: a member not marked absent, a substitute, or someone in attendance.
	 *
	 * @param seat the seat they fill: their own, or for a substitute the member's they replace
	 * @param attendance as recorded; null when not yet recorded
	 */
	public record Participant(Person person, Basis basis, Attendance.Status attendance, Membership seat,
			Person substituteFor, boolean countsTowardsQuorum) {

		public enum Basis {
			MEMBER, SUBSTITUTE, IN_ATTENDANCE
		}

	}

	/**
	 * @param undeclared conflicts on the register with no declaration at the meeting against the item
	 * @param exclusions who withdraws or takes no part, by the policy or as they declared
	 * @param quorum null when the board has no quorum rule
	 */
	public record ItemReport(AgendaItem item, List<Conflict> conflicts, List<Declaration> declarations,
			List<Conflict> undeclared, List<Exclusion> exclusions, ItemQuorum quorum) {
	}

	/**
	 * A participant who does not count towards the quorum for an item, and why; {@code withheld} when the reason is a
	 * withheld interest, whose details only some callers may see.
	 */
	public record Exclusion(Person person, ManagementAction action, String reason, boolean withheld) {
	}

	/** The quorum before anyone leaves, and after the exclusions. */
	public record ItemQuorum(Quorum.Result before, Quorum.Result after) {
	}

}
