package org.partnershiphub.meeting;

/**
 * An item on a meeting's agenda. {@code sortKey} orders "2", "5.2" and "10" as a reader would; it is derived from
 * the number when the item is written.
 */
public record AgendaItem(String id, String number, String title, Purpose purpose) {

	public enum Purpose {
		DECISION, DISCUSSION, NOTING
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
