package org.partnershiphub.duplicates;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.partnershiphub.imports.Names;

/**
 * How alike two people's or two organisations' names are, as a score (0 to 1) and the evidence an officer reviews.
 * People: the same name, an initial or short form, family names one or two letters apart, names that sound alike
 * (Katherine / Catherine, Stephenson / Stevenson). Organisations: the same name once "Ltd", "&" and punctuation are
 * set aside, one's alias, and the same distinctive words in any order once generic ones ("London Borough of",
 * "Council", "NHS", "CCG") are set aside, but never two bodies of different kinds ("X Council" / "X CCG") or two
 * places ("LB Northmere" / "LB Southmere"). Pure functions of their inputs, whatever the input.
 */
final class Likeness {

	/** Words that say what kind of body it is, not which one. */
	private static final Set<String> GENERIC = Set.of("and", "of", "the", "nhs", "london", "borough", "lb", "royal",
			"city", "council", "county", "district", "metropolitan", "corporation", "clinical", "commissioning", "group",
			"trust", "foundation", "ltd", "plc", "cic", "healthwatch", "for", "in");

	private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

	static {
		METAPHONE.setMaxCodeLen(8);
	}

	private Likeness() {
	}

	/**
	 * @param given normalised forenames (Names.words)
	 * @param family normalised family name
	 */
	record PersonName(String name, String given, String family) {
	}

	static double people(PersonName a, PersonName b, List<String> evidence) {
		String ga = first(a.given());
		String gb = first(b.given());
		if (a.family().isEmpty() || b.family().isEmpty()) {
			return 0;
		}
		boolean sameFamily = a.family().equals(b.family());
		if (sameFamily && a.given().equals(b.given())) {
			evidence.add("same name: " + a.name() + " / " + b.name());
			return 0.6;
		}
		if (sameFamily && !ga.isEmpty() && !gb.isEmpty()) {
			if (ga.startsWith(gb) || gb.startsWith(ga)) {
				evidence.add("same surname; forename \"" + shorter(ga, gb) + "\" may be short for \"" + longer(ga, gb)
						+ "\"");
				return 0.45;
			}
			if (soundAlike(ga, gb)) {
				evidence.add("same surname; forenames sound alike: " + ga + " / " + gb);
				return 0.45;
			}
			return 0;
		}
		if (ga.isEmpty() || gb.isEmpty() || !(ga.equals(gb) || soundAlike(ga, gb))) {
			return 0;
		}
		String fa = a.family();
		String fb = b.family();
		if (Names.oneEditApart(fa, fb)) {
			boolean swapped = fa.length() == fb.length() && Arrays.equals(fa.chars().sorted().toArray(),
					fb.chars().sorted().toArray());
			evidence.add("same forename; surnames " + (swapped ? "two letters swapped" : "a letter apart") + ": "
					+ shorter(fa, fb) + " / " + longer(fa, fb));
			return 0.4;
		}
		if (soundAlike(fa, fb)) {
			evidence.add("surnames sound alike: " + shorter(fa, fb) + " / " + longer(fa, fb));
			return 0.35;
		}
		if (ga.equals(gb) && Math.min(fa.length(), fb.length()) >= 5 && editDistance(fa, fb, 2) <= 2) {
			evidence.add("same forename; surnames two letters apart: " + shorter(fa, fb) + " / " + longer(fa, fb));
			return 0.3;
		}
		return 0;
	}

	/** The keys a person is compared under: only people who share one are compared. */
	static Set<String> personKeys(PersonName p) {
		Set<String> keys = new LinkedHashSet<>();
		if (p.family().isEmpty()) {
			return keys;
		}
		Names.deletionKeys(p.family()).forEach(k -> keys.add("d:" + k));
		keys.add("m:" + METAPHONE.doubleMetaphone(p.family()));
		keys.add("m:" + METAPHONE.doubleMetaphone(p.family(), true));
		// Two letters apart is only looked for under the same forename and first letter of the family name.
		keys.add("g:" + first(p.given()) + "|" + p.family().charAt(0));
		return keys;
	}

	static double organisations(String a, List<String> aliasesA, String b, List<String> aliasesB,
			List<String> evidence) {
		// Evidence names the two the same way round whichever is asked first.
		String pair = (a.compareTo(b) <= 0) ? a + " / " + b : b + " / " + a;
		String ka = Names.organisationKey(a);
		String kb = Names.organisationKey(b);
		if (ka.isEmpty() || kb.isEmpty()) {
			return 0;
		}
		if (ka.equals(kb)) {
			evidence.add("same name once \"Ltd\"/\"Limited\", \"&\"/\"and\" and punctuation are set aside: " + pair);
			return 0.9;
		}
		if (aliasesB.stream().anyMatch(x -> Names.organisationKey(x).equals(ka))
				|| aliasesA.stream().anyMatch(x -> Names.organisationKey(x).equals(kb))) {
			evidence.add("one's name is the other's alias");
			return 0.8;
		}
		String kindA = kind(ka);
		String kindB = kind(kb);
		if (kindA != null && kindB != null && !kindA.equals(kindB)) {
			return 0;
		}
		Set<String> da = distinctive(ka);
		Set<String> db = distinctive(kb);
		if (da.isEmpty() || db.isEmpty()) {
			return 0;
		}
		if (da.equals(db)) {
			evidence.add("same name once words that say only what kind of body it is are set aside: " + pair);
			return 0.7;
		}
		// One name adding a word ("Hospital") to the other is alike; one naming two bodies ("X and Y Council") is not.
		boolean joint = (" " + ka + " ").contains(" and ") || (" " + kb + " ").contains(" and ");
		if (!joint && kindA != null && kindA.equals(kindB) && (da.containsAll(db) || db.containsAll(da))) {
			Set<String> extra = new LinkedHashSet<>(da.containsAll(db) ? da : db);
			extra.removeAll(da.containsAll(db) ? db : da);
			evidence.add("same kind of body, and one name adds only \"" + String.join(" ", extra) + "\": " + pair);
			return 0.5;
		}
		int shared = 0;
		for (String word : da) {
			if (db.contains(word) || db.stream()
				.anyMatch(w -> Math.max(word.length(), w.length()) >= 4 && Names.oneEditApart(word, w))) {
				shared++;
			}
		}
		int all = da.size() + db.size() - shared;
		double jaccard = shared / (double) all;
		if (shared >= 2 && jaccard >= 0.6) {
			evidence.add("names share " + shared + " of " + all + " distinctive words");
			return 0.3 + 0.4 * jaccard;
		}
		return 0;
	}

	/** The keys an organisation is compared under: its distinctive words, each and one letter away. */
	static Set<String> organisationKeys(String name) {
		Set<String> keys = new LinkedHashSet<>();
		String key = Names.organisationKey(name);
		keys.add("k:" + key);
		for (String word : distinctive(key)) {
			if (word.length() >= 4) {
				Names.deletionKeys(word).forEach(k -> keys.add("w:" + k));
			}
			else {
				keys.add("w:" + word);
			}
		}
		return keys;
	}

	/** The kind of body a name says it is, when it says: bodies of different kinds are never one. */
	static String kind(String key) {
		String k = " " + key + " ";
		if (k.contains(" clinical commissioning group ")) {
			return "ccg";
		}
		if (k.contains(" integrated care board ")) {
			return "icb";
		}
		if (k.contains(" council ") || k.contains(" borough ") || k.contains(" lb ") || k.contains(" corporation ")) {
			return "council";
		}
		if (k.contains(" healthwatch ")) {
			return "healthwatch";
		}
		if (k.contains(" primary care network ")) {
			return "pcn";
		}
		if (k.contains(" trust ")) {
			return "trust";
		}
		if (k.contains(" surgery ") || k.contains(" practice ") || k.contains(" medical center ")) {
			return "practice";
		}
		return null;
	}

	/** The words that say which body it is: the name less the words and phrases that say what kind it is. */
	private static Set<String> distinctive(String key) {
		String k = (" " + key + " ").replace(" clinical commissioning group ", " ")
			.replace(" integrated care board ", " ")
			.replace(" primary care network ", " ");
		Set<String> words = new LinkedHashSet<>();
		for (String word : k.strip().split(" ")) {
			if (!word.isEmpty() && !GENERIC.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	static boolean soundAlike(String a, String b) {
		if (a.length() < 3 || b.length() < 3) {
			return false;
		}
		return METAPHONE.isDoubleMetaphoneEqual(a, b) || METAPHONE.isDoubleMetaphoneEqual(a, b, true);
	}

	/** Levenshtein distance, or {@code limit + 1} as soon as it exceeds the limit. */
	static int editDistance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int best = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				best = Math.min(best, current[j]);
			}
			if (best > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static String first(String given) {
		int space = given.indexOf(' ');
		return (space < 0) ? given : given.substring(0, space);
	}

	/** The shorter of two names (the first alphabetically when they are as long), so evidence reads the same each time. */
	private static String shorter(String a, String b) {
		return (a.length() < b.length() || a.length() == b.length() && a.compareTo(b) <= 0) ? a : b;
	}

	private static String longer(String a, String b) {
		return shorter(a, b).equals(a) ? b : a;
	}

}
