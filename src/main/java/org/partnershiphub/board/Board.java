package org.partnershiphub.board;

/** A board or committee as stored. Its parents, members and quorum rule are separate nodes and relationships. */
public record Board(String id, String name, BoardKind kind) {

	/**
	 * What kind of body it is. A GOVERNING_BODY (a CCG's governing body, an NHS trust's board, a council's full
	 * council or cabinet) and an ICB_BOARD act as their organisation itself, with no delegation
	 * ({@code hub.authority.acts-as-organisation}).
	 */
	public enum BoardKind {
		HEALTH_AND_WELLBEING_BOARD, JOINT_SUB_COMMITTEE, ICB_BOARD, ICB_COMMITTEE, INTEGRATED_CARE_PARTNERSHIP,
		MEETINGS_IN_COMMON, PROGRAMME_BOARD, POOLED_BUDGET_BOARD, PARTNERSHIP_BOARD, COMMITTEE, GOVERNING_BODY, OTHER
	}

}
