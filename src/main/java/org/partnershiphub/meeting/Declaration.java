package org.partnershiphub.meeting;

import org.partnershiphub.security.Withholding;

/**
 * An interest declared at a meeting against an agenda item, with what the person then did.
 *
 * @param withheldInterestId the register entry declared, when it is withheld (read with {@link #projection})
 */
public record Declaration(String id, String nature, Action action, String withheldInterestId) implements Withholding {

	/** The Cypher map a Declaration is read from, for the declaration node bound to {@code variable}. */
	public static String projection(String variable) {
		return "%1$s{.*, withheldInterestId: [(%1$s)-[:OF_INTEREST]->(wi:Interest) WHERE wi.withheld | wi.id][0]}"
			.formatted(variable);
	}

	public enum Action {

		WITHDREW, NO_PART_IN_DISCUSSION_OR_VOTE, REMAINED_AFTER_DECLARING;

		/** Whether the declarer stopped counting towards the quorum for the item. */
		public boolean excludesFromQuorum() {
			return this != REMAINED_AFTER_DECLARING;
		}

	}

}
