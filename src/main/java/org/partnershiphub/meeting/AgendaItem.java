package org.partnershiphub.meeting;

import java.util.Locale;
import java.util.Optional;

/**
 * An item on a meeting's agenda. {@code sortKey} orders "2", "5.2" and "10" as a reader would; it is derived from
 * the number when the item is written. {@code purposeAsPublished} keeps the agenda's words ("For sign-off /
 * confirmation"); {@code purpose} is the normalised value the conflict policy keys on, null when the agenda does not
 * say (the policy then applies its rules for a decision). {@code lead} is who leads the item, as printed.
 */
public record AgendaItem(String id, String number, String title, Purpose purpose, String purposeAsPublished,
		String lead) {

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

	/** What the conflict policy applies: the rules for a decision when the agenda does not say. */
	public Purpose purposeForChecks() {
		return (this.purpose != null) ? this.purpose : Purpose.DECISION;
	}

	/**
	 * An item's number as agendas and minutes print it, as the hub holds it: "Item 4:" and "4." are "4", "4 (a)" is
	 * "4(a)", "JSC 12/19" is "JSC12/19". Agenda and minutes readers both go through it, so their numbers meet.
	 */
	public static String number(String printed) {
		String number = printed.strip().replaceAll("(?i)^(?:agenda\\s+)?item\\s+", "").replaceAll("\\s+", "");
		// A closing bracket is the number's own in "4(a)", punctuation after it in "4)".
		return number.replaceAll(number.contains("(") ? "[.:]+$" : "[.):]+$", "");
	}

	/** Orders "2", "5.2", "5(a)", "5b" and "10" as a reader would. */
	public static String sortKey(String number) {
		StringBuilder key = new StringBuilder();
		for (String part : number.strip().split("[^\\p{Alnum}]+|(?<=\\d)(?=\\p{Alpha})|(?<=\\p{Alpha})(?=\\d)")) {
			if (part.isEmpty()) {
				continue;
			}
			key.append(part.chars().allMatch(Character::isDigit) && part.length() <= 6 ? "%06d".formatted(Integer.parseInt(part)) : part)
				.append('.');
		}
		return key.toString();
	}

}
