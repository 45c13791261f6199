package org.partnershiphub.conflict;

/** How a conflict is managed at a meeting, strongest first. */
public enum ManagementAction {

	WITHDRAW(Severity.HIGH), NO_PART_IN_DISCUSSION_OR_VOTE(Severity.MEDIUM), DECLARE_AND_PARTICIPATE(Severity.LOW),
	NO_ACTION(Severity.NONE);

	private final Severity severity;

	ManagementAction(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return this.severity;
	}

	/** A member who withdraws or takes no part does not count towards the quorum for the item. */
	public boolean excludesFromQuorum() {
		return this == WITHDRAW || this == NO_PART_IN_DISCUSSION_OR_VOTE;
	}

	public enum Severity {
		HIGH, MEDIUM, LOW, NONE
	}

}
