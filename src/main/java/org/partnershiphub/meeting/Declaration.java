package org.partnershiphub.meeting;

/** An interest declared at a meeting against an agenda item, with what the person then did. */
public record Declaration(String id, String nature, Action action) {

	public enum Action {

		WITHDREW, NO_PART_IN_DISCUSSION_OR_VOTE, REMAINED_AFTER_DECLARING;

		/** Whether the declarer stopped counting towards the quorum for the item. */
		public boolean excludesFromQuorum() {
			return this != REMAINED_AFTER_DECLARING;
		}

	}

}
