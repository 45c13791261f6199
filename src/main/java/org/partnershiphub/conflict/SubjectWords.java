package org.partnershiphub.conflict;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches an interest declared in words ("Trustee of the Millbrook Leisure Trust", "Homeowner in Quay Road") to what
 * an agenda item is about (its title and the names of what it concerns), by the distinctive words they share. Words
 * every paper uses ("health", "council", "trust", "services") and short words match nothing, so a match names a
 * place or a body, and is only ever a possible conflict for a person to check.
 */
final class SubjectWords {

	/** Words too common in health and care papers to say two texts are about the same thing. */
	private static final Set<String> COMMON = Set.of("about", "access", "acute", "adult", "adults", "after", "alliance",
			"annual", "association", "authority", "board", "borough", "budget", "care", "centre", "center", "children",
			"city", "clinical", "commissioning", "committee", "community", "company", "contract", "council", "county",
			"district", "director", "employee", "executive", "foundation", "from", "fund", "general", "group", "health",
			"home", "homeowner", "hospital", "hospitals", "integrated", "into", "limited", "local", "medical", "member",
			"mental", "national", "network", "nhs", "other", "over", "partner", "partners", "partnership", "plan",
			"practice", "primary", "programme", "provider", "providers", "public", "quarter", "report", "review",
			"road", "royal", "school", "service", "services", "social", "street", "surgery", "system", "than", "that",
			"their", "there", "this", "trust", "trustee", "under", "university", "update", "upon", "voluntary", "wellbeing",
			"with", "within", "without", "year");

	private SubjectWords() {
	}

	/** The distinctive words of a text: lower case, accents and punctuation set aside, four letters or more. */
	static Set<String> of(String text) {
		Set<String> words = new LinkedHashSet<>();
		if (text == null) {
			return words;
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 4 && !COMMON.contains(word) && !word.chars().allMatch(Character::isDigit)) {
				words.add(word);
			}
		}
		return words;
	}

	/** The distinctive words a declared subject shares with any of the item's texts, in the subject's order. */
	static List<String> shared(String subject, Collection<String> itemTexts) {
		return shared(subject, itemTexts, List.of());
	}

	/**
	 * As {@link #shared(String, Collection)}, setting aside the words of the meeting's own setting (its boards'
	 * names: "Eastwater" on an Eastwater board's agenda says nothing about a homeowner in Eastwater).
	 */
	static List<String> shared(String subject, Collection<String> itemTexts, Collection<String> setting) {
		return shared(subject, itemWords(itemTexts, setting));
	}

	/** An item's distinctive words, its setting's set aside: read once per item, matched against every subject. */
	static Set<String> itemWords(Collection<String> itemTexts, Collection<String> setting) {
		Set<String> item = new LinkedHashSet<>();
		itemTexts.forEach(text -> item.addAll(of(text)));
		setting.forEach(text -> item.removeAll(of(text)));
		return item;
	}

	/** The subject's distinctive words found among an item's words, in the subject's order. */
	static List<String> shared(String subject, Set<String> itemWords) {
		return of(subject).stream().filter(itemWords::contains).toList();
	}

}
