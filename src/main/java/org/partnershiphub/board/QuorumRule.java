package org.partnershiphub.board;

import java.util.List;

/** A board's quorum rule as data; see the schema for its meaning. */
public record QuorumRule(String text, boolean perSide, int minimumVotingMembers, int minimumElectedMembers,
		List<Membership.Role> requiredRoles) {
}
