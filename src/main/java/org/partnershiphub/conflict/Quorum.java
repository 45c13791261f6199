package org.partnershiphub.conflict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.partnershiphub.board.Membership;
import org.partnershiphub.board.QuorumRule;

/**
 * Evaluates a board's quorum rule against the seats of those counted as present. A substitute brings the seat of
 * the member they replace; only voting seats count.
 */
public final class Quorum {

	private Quorum() {
	}

	public enum Requirement {
		VOTING_MEMBERS, ELECTED_MEMBERS, REQUIRED_ROLE
	}

	/** A requirement not met, on a side (null when the rule is for the whole board). */
	public record Failure(String side, Requirement requirement, int required, int present, String message) {
	}

	public record Result(boolean quorate, int votingMembersPresent, List<Failure> failures) {
	}

	/**
	 * @param sides every side the board's voting seats belong to on the date, so a side with nobody present fails
	 * @param present the seats counted as present
	 */
	static Result evaluate(QuorumRule rule, Collection<String> sides, Collection<Membership> present) {
		List<Membership> voting = present.stream().filter(Membership::voting).toList();
		List<Failure> failures = new ArrayList<>();
		if (rule.perSide()) {
			sides.stream()
				.sorted()
				.forEach(side -> check(rule, side,
						voting.stream().filter(m -> side.equals(m.side())).toList(), failures));
		}
		else {
			check(rule, null, voting, failures);
		}
		return new Result(failures.isEmpty(), voting.size(), List.copyOf(failures));
	}

	private static void check(QuorumRule rule, String side, List<Membership> voting, List<Failure> failures) {
		String where = (side != null) ? side + ": " : "";
		if (voting.size() < rule.minimumVotingMembers()) {
			failures.add(new Failure(side, Requirement.VOTING_MEMBERS, rule.minimumVotingMembers(), voting.size(),
					where + voting.size() + " voting member(s) present, " + rule.minimumVotingMembers() + " required"));
		}
		int elected = (int) voting.stream().filter(Membership::electedMember).count();
		if (elected < rule.minimumElectedMembers()) {
			failures.add(new Failure(side, Requirement.ELECTED_MEMBERS, rule.minimumElectedMembers(), elected,
					where + elected + " elected member(s) present, " + rule.minimumElectedMembers() + " required"));
		}
		List<Membership.Role> roles = Objects.requireNonNullElse(rule.requiredRoles(), List.of());
		if (!roles.isEmpty() && voting.stream().noneMatch(m -> roles.contains(m.role()))) {
			failures.add(new Failure(side, Requirement.REQUIRED_ROLE, 1, 0, where + "no one present holds one of the roles "
					+ roles.stream().map(Enum::name).collect(Collectors.joining(", "))));
		}
	}

}
