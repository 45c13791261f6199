package org.partnershiphub.conflict;

import java.time.LocalDate;
import java.util.List;

import org.partnershiphub.board.Board;
import org.partnershiphub.board.Membership;
import org.partnershiphub.board.Quorum;
import org.partnershiphub.interest.Interest;
import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.Decision;
import org.partnershiphub.meeting.Attendance;
import org.partnershiphub.meeting.Declaration;
import org.partnershiphub.meeting.Meeting;
import org.partnershiphub.meeting.Movement;
import org.partnershiphub.person.Person;

/** Who is conflicted on which item of a meeting, what they declared, and whether each item stays quorate. */
public record MeetingConflictReport(Meeting meeting, LocalDate asOf, AttendanceBasis attendanceBasis,
		List<Participant> participants, List<Chair> chairs, List<ItemReport> items) {

	/** Whether the quorum is read from attendance as recorded, or forecast before the meeting. */
	public enum AttendanceBasis {
		AS_RECORDED, FORECAST
	}

	/**
	 * Someone expected to take part: a member not sending apologies, a substitute, or someone in attendance; and,
	 * once attendance is as recorded, a seat-holder with no record ({@code notRecorded}), who does not count.
	 *
	 * @param board the board whose seat they fill (one of several at a meeting in common)
	 * @param seat the seat they fill: their own, or for a substitute the member's they replace
	 * @param attendance as recorded; null when not recorded
	 */
	public record Participant(Person person, Board board, Basis basis, Attendance.Status attendance, Membership seat,
			Person substituteFor, boolean countsTowardsQuorum, boolean notRecorded) {

		public enum Basis {
			MEMBER, SUBSTITUTE, IN_ATTENDANCE
		}

	}

	/**
	 * @param undeclared conflicts on the register with no declaration at the meeting against the item
	 * @param exclusions who withdraws or takes no part, by the policy or as they declared
	 * @param quorum null when the board has no quorum rule
	 * @param noted interests that reach the item but are not conflicts by the policy, each with the rule
	 * @param possible interests declared only in words that share distinctive words with the item
	 * @param notThroughout those recorded present whom the minutes record joining or leaving so that they were not
	 *     there for the whole item; not counted towards its quorum
	 */
	public record ItemReport(AgendaItem item, List<Conflict> conflicts, List<Declaration> declarations,
			List<Conflict> undeclared, List<Exclusion> exclusions, ItemQuorum quorum, List<BoardQuorum> quorums,
			List<DecisionProblem> decisionProblems, List<Conflict> noted, List<PossibleConflict> possible,
			List<ItemPresence> notThroughout) {
	}

	/** Someone recorded present who was there for none or part of an item, and the minutes' words for each move. */
	public record ItemPresence(Person person, Movement.Presence presence, String asMinuted) {
	}

	/**
	 * An interest declared only in words (no organisation) that shares distinctive words with what the item is
	 * about: possibly a conflict, for the member and the officer to judge, never counted as one.
	 */
	public record PossibleConflict(Person person, Interest interest, List<String> matchedWords, String explanation)
			implements org.partnershiphub.security.Withholding {

		@Override
		public String withheldInterestId() {
			return this.interest.withheldInterestId();
		}

	}

	/**
	 * What is wrong with a decision recorded on an item, whatever the authority behind it: taken while the meeting
	 * was not quorate for the item, or with someone taking part who had to withdraw or take no part and is not
	 * minuted as doing so; or taken at a held meeting with no attendance recorded, so that its quorum cannot be
	 * checked.
	 *
	 * @param person who should not have taken part; null otherwise
	 */
	public record DecisionProblem(Decision decision, Problem problem, Person person, String explanation) {

		public enum Problem {
			INQUORATE, CONFLICTED_MEMBER_TOOK_PART, ATTENDANCE_NOT_RECORDED, QUORUM_UNCERTAIN
		}

	}

	/** One board's quorum for an item, by its own rule. */
	public record BoardQuorum(Board board, ItemQuorum quorum) {

		public Quorum.Result before() {
			return this.quorum.before();
		}

		public Quorum.Result after() {
			return this.quorum.after();
		}

		public boolean known() {
			return this.quorum.known();
		}

	}

	/** Who chaired, as the minutes say; {@code holdsSeat} false for someone chairing without a seat. */
	public record Chair(Person person, Attendance.Chairing chairing, Person inAbsenceOf, String note,
			boolean holdsSeat) {
	}

	/**
	 * A participant who does not count towards the quorum for an item, and why; {@code withheldInterestId} when the
	 * reason is a withheld interest, whose details only some callers may see.
	 */
	public record Exclusion(Person person, ManagementAction action, String reason, String withheldInterestId)
			implements org.partnershiphub.security.Withholding {
	}

	/**
	 * The quorum before anyone leaves, and after the exclusions.
	 *
	 * @param known false when the meeting is held and no attendance is recorded for any of the board's members: who
	 * was there is not known, so neither is the quorum (before and after then count nobody)
	 */
	public record ItemQuorum(Quorum.Result before, Quorum.Result after, boolean known) {
	}

}
