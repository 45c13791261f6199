package org.partnershiphub.meeting;

import java.util.Comparator;
import java.util.List;

/**
 * Someone recorded at a meeting joining or leaving it part-way, as the minutes say: before, during or after an item.
 * Held as a relationship from their attendance to the item ({@code JOINED} or {@code LEFT}, named by {@link Kind}).
 *
 * @param asMinuted the minutes' words, when imported from them
 */
public record Movement(Kind kind, Timing timing, AgendaItem item, String asMinuted) {

	public enum Kind {
		JOINED, LEFT
	}

	public enum Timing {
		BEFORE, DURING, AFTER
	}

	/** Whether someone recorded present was there for an item: all of it, part of it, or none of it. */
	public enum Presence {
		THROUGHOUT, PART, ABSENT
	}

	/**
	 * Whether someone recorded present with these moves was there for the item: present from the start unless their
	 * first move is joining; each move before the item (or before its start) sets them present or gone; a move during
	 * it makes it part.
	 */
	public static Presence presence(List<Movement> moves, AgendaItem item) {
		if (moves.isEmpty()) {
			return Presence.THROUGHOUT;
		}
		String at = AgendaItem.sortKey(item.number());
		List<Movement> ordered = moves.stream()
			.sorted(Comparator.comparing((Movement m) -> AgendaItem.sortKey(m.item().number()))
				.thenComparing(Movement::timing))
			.toList();
		boolean there = ordered.get(0).kind() != Kind.JOINED;
		for (Movement move : ordered) {
			int order = AgendaItem.sortKey(move.item().number()).compareTo(at);
			if (order == 0 && move.timing() == Timing.DURING) {
				return Presence.PART;
			}
			if (order < 0 || order == 0 && move.timing() == Timing.BEFORE) {
				there = move.kind() == Kind.JOINED;
			}
		}
		return there ? Presence.THROUGHOUT : Presence.ABSENT;
	}

}
