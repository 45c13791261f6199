package org.partnershiphub.board;

import java.time.LocalDate;

/**
 * A seat: a reified node between person and board, because it carries dates and sources and links to third nodes
 * (the organisation sat for, the member substituted for).
 *
 * @param title the member's title as the roster prints it ("Chair, NHS Northmere CCG"): their post, not their role on
 * this board
 * @param fromUnknown the paper gave no start: {@code from} is the date the seat was known to be held ("as at")
 */
public record Membership(String id, Role role, boolean voting, boolean electedMember, String side, LocalDate from,
		LocalDate to, String title, boolean fromUnknown) {

	public enum Role {
		CHAIR, CO_CHAIR, VICE_CHAIR, MEMBER, DEPUTY_MEMBER, SUBSTITUTE, ADVISOR, REGULAR_ATTENDEE
	}

}
