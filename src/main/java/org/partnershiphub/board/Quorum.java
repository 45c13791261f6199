package org.partnershiphub.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.neo4j.driver.Value;
import org.partnershiphub.board.QuorumRule.Clause;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.organisation.Organisation.OrganisationKind;

/**
 * Evaluates a board's quorum rule, clause by clause and side by side, against the seats of those counted as present.
 * A substitute brings the seat of the member they replace. A side the rule names, or any side a voting seat belongs
 * to, fails by name when nobody from it is present; a board with no seats on the date is never quorate.
 */
public final class Quorum {

	private Quorum() {
	}

	public enum Requirement {
		/** Fewer present than a clause's minimum. */
		MINIMUM_PRESENT,
		/** Not more than half of the matching seats present. */
		MAJORITY_PRESENT,
		/** Nobody holds a seat on the date. */
		NO_SEATS
	}

	/** A seat and the kind of organisation it sits for (clauses may name it). */
	public record Seat(Membership membership, OrganisationKind onBehalfOfKind) {

		/** From a membership node and the kind of the organisation it sits for (null for none). */
		public static Seat of(Value membership, Value kind) {
			return new Seat(NodeMapper.map(membership, Membership.class),
					kind.isNull() ? null : OrganisationKind.valueOf(kind.asString()));
		}

		boolean matches(Clause clause) {
			return clause.matches(this.membership, this.onBehalfOfKind);
		}

		String side() {
			return this.membership.side();
		}

	}

	/**
	 * A clause not met, on a side (null for a whole-board clause).
	 *
	 * @param clause 1-based position of the clause in the rule (0 for NO_SEATS)
	 */
	public record Failure(String side, Requirement requirement, int clause, String clauseText, int required,
			int present, String message) {
	}

	public record Result(boolean quorate, int votingMembersPresent, List<Failure> failures) {
	}

	/**
	 * @param seats every principal seat held on the board on the date (not substitutes' or deputies' own seats)
	 * @param present the seats counted as present
	 */
	public static Result evaluate(QuorumRule rule, Collection<Seat> seats, Collection<Seat> present, String noSeatsReason) {
		int voting = (int) present.stream().filter(s -> s.membership().voting()).count();
		if (seats.isEmpty()) {
			return new Result(false, voting, List.of(new Failure(null, Requirement.NO_SEATS, 0, null, 1, 0,
					noSeatsReason)));
		}
		List<Failure> failures = new ArrayList<>();
		for (int i = 0; i < rule.clauses().size(); i++) {
			Clause clause = rule.clauses().get(i);
			if (clause.perSide()) {
				for (String side : sides(rule, seats)) {
					check(clause, i + 1, side, filter(seats, s -> side.equals(s.side())),
							filter(present, s -> side.equals(s.side())), failures);
				}
			}
			else {
				check(clause, i + 1, null, List.copyOf(seats), List.copyOf(present), failures);
			}
		}
		return new Result(failures.isEmpty(), voting, List.copyOf(failures));
	}

	/**
	 * Clauses the board's seats cannot meet even with everyone present, in words: a rule that asks for three
	 * councillors on a side with two is accepted, and flagged.
	 */
	public static List<String> unmetBySeats(QuorumRule rule, Collection<Seat> seats) {
		List<String> warnings = new ArrayList<>();
		if (seats.isEmpty()) {
			return List.of("Nobody holds a seat on the board yet, so the rule cannot be checked against its seats");
		}
		for (int i = 0; i < rule.clauses().size(); i++) {
			Clause clause = rule.clauses().get(i);
			if (clause.minimum() == null) {
				continue;
			}
			for (String side : clause.perSide() ? sides(rule, seats) : Set.of("")) {
				long matching = seats.stream()
					.filter(s -> side.isEmpty() || side.equals(s.side()))
					.filter(s -> s.matches(clause))
					.count();
				if (matching < clause.minimum()) {
					warnings.add((side.isEmpty() ? "" : side + ": ") + "only " + matching + " seat(s) match clause "
							+ (i + 1) + " (" + clause.describe() + "), which needs " + clause.minimum());
				}
			}
		}
		return warnings;
	}

	private static Set<String> sides(QuorumRule rule, Collection<Seat> seats) {
		Set<String> sides = new TreeSet<>(Objects.requireNonNullElse(rule.sides(), List.of()));
		if (sides.isEmpty()) {
			seats.stream().filter(s -> s.membership().voting() && s.side() != null).forEach(s -> sides.add(s.side()));
		}
		return sides;
	}

	private static List<Seat> filter(Collection<Seat> seats, Predicate<Seat> predicate) {
		return seats.stream().filter(predicate).toList();
	}

	private static void check(Clause clause, int position, String side, List<Seat> seats, List<Seat> present,
			List<Failure> failures) {
		String where = (side != null) ? side + ": " : "";
		int count = (int) present.stream().filter(s -> s.matches(clause)).count();
		if (clause.majority()) {
			int of = (int) seats.stream().filter(s -> s.matches(clause)).count();
			int required = of / 2 + 1;
			if (count < required) {
				failures.add(new Failure(side, Requirement.MAJORITY_PRESENT, position, clause.describe(), required,
						count, where + count + " of " + of + " present, a majority (" + required + ") required: clause "
								+ position + ", " + clause.describe()));
			}
		}
		else if (count < clause.minimum()) {
			failures.add(new Failure(side, Requirement.MINIMUM_PRESENT, position, clause.describe(), clause.minimum(),
					count, where + count + " present, " + clause.minimum() + " required: clause " + position + ", "
							+ clause.describe()));
		}
	}

}
