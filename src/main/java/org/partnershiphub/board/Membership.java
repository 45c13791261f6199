package org.partnershiphub.board;

import java.time.LocalDate;

/**
 * A seat: a reified node between person and board, because it carries dates and sources and links to third nodes
 * (the organisation sat for, the member substituted for).
 */
public record Membership(String id, Role role, boolean voting, boolean electedMember, String side, LocalDate from,
		LocalDate to) {

	public enum Role {
		CHAIR, CO_CHAIR, VICE_CHAIR, MEMBER, DEPUTY_MEMBER, SUBSTITUTE, ADVISOR, REGULAR_ATTENDEE
	}

}
