package org.partnershiphub.meeting;

import java.util.Locale;
import java.util.Optional;

/**
 * An item on a meeting's agenda. {@code sortKey} orders "2", "5.2" and "10" as a reader would; it is derived from
 * the number when the item is written. {@code purposeAsPublished} keeps the agenda's words ("For sign-off /
 * confirmation"); {@code purpose} is the normalised value the conflict policy keys on.
 */
public record AgendaItem(String id, String number, String title, Purpose purpose, String purposeAsPublished) {

	public enum Purpose {

		DECISION, DISCUSSION, NOTING;

		/**
		 * The purpose an agenda's words stand for: approval, decision, sign-off, confirmation, agreement,
		 * ratification, endorsement or a recommendation to adopt are decisions; discussion, consultation and comment
		 * are discussions; noting, information, assurance and updates are for noting. Empty when the words say none
		 * of these (the caller then asks for the purpose).
		 */
		public static Optional<Purpose> fromPublished(String text) {
			if (text == null) {
				return Optional.empty();
			}
			String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
			if (t.matches(".* (approv|decision|decide|sign off|signoff|sign|confirm|agree|ratif|endorse|adopt|"
					+ "recommend|resolve|authoris|authoriz).*")) {
				return Optional.of(DECISION);
			}
			if (t.matches(".* (discuss|consult|comment|feedback|debate|consider|input|views).*")) {
				return Optional.of(DISCUSSION);
			}
			if (t.matches(".* (note|noting|information|inform|assur|update|report|receive|awareness).*")) {
				return Optional.of(NOTING);
			}
			return Optional.empty();
		}

	}

	static String sortKey(String number) {
		StringBuilder key = new StringBuilder();
		for (String part : number.strip().split("[.\\s]+")) {
			key.append(part.chars().allMatch(Character::isDigit) && part.length() <= 6 ? "%06d".formatted(Integer.parseInt(part)) : part)
				.append('.');
		}
		return key.toString();
	}

}
