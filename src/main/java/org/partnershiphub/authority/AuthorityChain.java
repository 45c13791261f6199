package org.partnershiphub.authority;

import java.util.List;

import org.partnershiphub.meeting.Decision;
import org.partnershiphub.organisation.Organisation;

/** By what authority a decision was taken: every chain from the deciding body up, and the verdict. */
public record AuthorityChain(Decision decision, Verdict verdict, String explanation, List<Chain> chains) {

	/** Strongest first: a chain's verdict is the first of these any of its links has. */
	public enum Verdict {
		NO_AUTHORITY_FOUND, RESERVED_MATTER, DELEGATION_EXPIRED, NOT_YET_IN_FORCE, OUT_OF_SCOPE, OVER_LIMIT, COVERED
	}

	/**
	 * Delegations from the deciding body upwards, to {@code root}: null when no body holding the kind by statute is
	 * reached; {@code basis} is the statute it holds by.
	 */
	public record Chain(Verdict verdict, List<ChainLink> links, Organisation root, String basis) {
	}

	/** One delegation in a chain and what is wrong with it for the decision (nothing, when sound). */
	public record ChainLink(Delegation delegation, List<Verdict> problems) {
	}

}
