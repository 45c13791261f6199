package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.common.Graph;
import org.partnershiphub.imports.Names.PersonName;

/**
 * The people and organisations already held, indexed by name key, read in one query each at the start of an import,
 * and grown with the records the import creates so that later rows find them. Matching is exact on keys (which
 * already ignore titles, punctuation, "Ltd"/"Limited" and the like) and on aliases; near misses (a letter apart, an
 * initial for a forename, most words shared) are reported as possible duplicates and never merged.
 */
final class Directory {

	/** Words too common in organisation names to suggest two are the same. */
	private static final Set<String> COMMON_WORDS = Set.of("and", "of", "the", "nhs", "trust", "foundation", "council",
			"borough", "city", "county", "district", "ltd", "plc", "group", "care", "health", "services", "hospital",
			"hospitals", "university", "community", "centre", "center", "integrated", "board", "clinical",
			"commissioning", "primary", "network", "partnership", "surgery", "practice", "medical", "limited", "charity",
			"association", "committee", "for", "in");

	/** The longest organisation name looked for in a text, in words. */
	private static final int NAME_WORDS = 10;

	/** More organisations than this sharing a word make it useless for finding look-alikes. */
	private static final int WORD_LIMIT = 1000;

	record Known(String id, String name) {
	}

	sealed interface Match permits Found, Ambiguous, Unknown {
	}

	record Found(Known known) implements Match {
	}

	record Ambiguous(List<Known> candidates) implements Match {
	}

	/** No record matches; {@code alike} are records similar enough to flag as possible duplicates. */
	record Unknown(List<Known> alike) implements Match {
	}

	private final Map<String, List<Known>> people = new HashMap<>();

	/** People under their family name and each of its one-letter deletions: names a letter apart share a key. */
	private final Map<String, List<Surname>> peopleBySurnameKey = new HashMap<>();

	private record Surname(Known known, String family) {
	}

	private final Map<String, List<Known>> organisations = new HashMap<>();

	private final Map<String, List<Known>> organisationsByWord = new HashMap<>();

	/** Organisations under their name without its legal or NHS ending: "riverside care" for Riverside Care Ltd. */
	private final Map<String, List<Known>> organisationsByShortName = new HashMap<>();

	/** The endings a paper's text leaves off a name it mentions ("the Riverside Care contract"). */
	private static final java.util.regex.Pattern ENDING = java.util.regex.Pattern
		.compile(" (?:ltd|plc|llp|cic|community interest company|nhs foundation trust|nhs trust|foundation trust)$");

	private final Map<String, String> organisationKeys = new HashMap<>();

	static Directory load(Graph graph) {
		Directory directory = new Directory();
		graph.query("""
				MATCH (p:Person)
				RETURN p.id AS id, p.displayName AS name, p.givenName AS given, p.familyName AS family,
				       coalesce(p.aliases, []) AS aliases
				""", Map.of(), row -> row).forEach(row -> {
			Known known = new Known(row.get("id").asString(), row.get("name").asString(null));
			directory.addPerson(known, new PersonName(null, row.get("given").asString(null),
					row.get("family").asString(""), null));
			row.get("aliases").asList(v -> v.asString()).forEach(alias -> directory.addPerson(known, Names.person(alias)));
		});
		directory.loadOrganisations(graph);
		return directory;
	}

	/** The organisations held, without the people: for imports that name no one. */
	static Directory organisations(Graph graph) {
		Directory directory = new Directory();
		directory.loadOrganisations(graph);
		return directory;
	}

	private void loadOrganisations(Graph graph) {
		graph.query("""
				MATCH (o:Organisation)
				RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases
				""", Map.of(), row -> row).forEach(row -> {
			Known known = new Known(row.get("id").asString(), row.get("name").asString());
			addOrganisation(known, known.name());
			row.get("aliases").asList(v -> v.asString()).forEach(alias -> addOrganisation(known, alias));
		});
	}

	void addPerson(Known known, PersonName name) {
		add(this.people, name.key(), known);
		String family = Names.words(name.familyName());
		for (String key : Names.deletionKeys(family)) {
			List<Surname> list = this.peopleBySurnameKey.computeIfAbsent(key, k -> new ArrayList<>(1));
			Surname surname = new Surname(known, family);
			// A record's names are added one after another: a repeat can only be the last entry.
			if (list.isEmpty() || !list.get(list.size() - 1).equals(surname)) {
				list.add(surname);
			}
		}
	}

	void addOrganisation(Known known, String name) {
		String key = Names.organisationKey(name);
		add(this.organisations, key, known);
		this.organisationKeys.putIfAbsent(known.id(), key);
		String shortName = ENDING.matcher(key).replaceFirst("");
		if (!shortName.equals(key) && shortName.contains(" ")) {
			add(this.organisationsByShortName, shortName, known);
		}
		for (String word : Names.tokens(key)) {
			List<Known> sharing = this.organisationsByWord.get(word);
			// A word that many organisations share tells nothing (the lookup skips it too).
			if (!COMMON_WORDS.contains(word) && (sharing == null || sharing.size() <= WORD_LIMIT)) {
				add(this.organisationsByWord, word, known);
			}
		}
	}

	Match person(PersonName name) {
		List<Known> found = this.people.getOrDefault(name.key(), List.of());
		if (found.size() == 1) {
			return new Found(found.get(0));
		}
		if (found.size() > 1) {
			return new Ambiguous(found);
		}
		Set<Known> alike = new LinkedHashSet<>();
		String given = Names.words((name.givenName() != null) ? name.givenName() : "");
		String family = Names.words(name.familyName());
		for (String key : Names.deletionKeys(family)) {
			for (Surname other : this.peopleBySurnameKey.getOrDefault(key, List.of())) {
				boolean alikeName = other.family().equals(family)
						// Same family name, forenames that could be one person's (an initial, a short form).
						? compatible(given, other.known().name())
						// Family names a letter apart (a typo), same forename.
						: Names.oneEditApart(family, other.family())
								&& (given.isEmpty() || Names.words(other.known().name()).contains(given));
				if (alikeName) {
					alike.add(other.known());
				}
			}
		}
		if (!given.isEmpty()) {
			// Written surname first without a comma ("Lindqvist Rosa"): the same words the other way round.
			alike.addAll(this.people.getOrDefault(Names.personKey(name.familyName(), name.givenName()), List.of()));
		}
		return new Unknown(List.copyOf(alike));
	}

	/** Whether a forename fits a known name: the same, an initial of it, or a short form of it. */
	private static boolean compatible(String given, String knownName) {
		if (given.isEmpty()) {
			return true;
		}
		for (String word : Names.words(knownName).split(" ")) {
			if (word.startsWith(given) || given.startsWith(word)) {
				return true;
			}
		}
		return false;
	}

	/** The organisations held under this name or alias, once spelling variants are set aside; no near misses. */
	List<Known> organisationsNamed(String name) {
		return this.organisations.getOrDefault(Names.organisationKey(name), List.of());
	}

	/**
	 * The organisations held that a text names, in the order named: "Riverside Care Ltd contract extension" names
	 * Riverside Care Ltd, and so does "the Riverside Care contract" (a name without its legal or NHS ending, when no
	 * other organisation is held under it). Only names of two words or more, and only exact (once spelling variants are
	 * set aside): one word ("Council"), a near miss or a name two organisations share names nothing.
	 */
	List<Known> organisationsIn(String text) {
		String[] words = text.strip().split("\\s+");
		Map<String, Known> found = new java.util.LinkedHashMap<>();
		for (int i = 0; i < words.length; i++) {
			for (int j = Math.min(words.length, i + NAME_WORDS); j >= i + 2; j--) {
				String span = String.join(" ", Arrays.asList(words).subList(i, j))
					.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.)]+$|['\u2019]s$", "");
				List<Known> known = organisationsNamed(span);
				if (known.isEmpty()) {
					known = this.organisationsByShortName.getOrDefault(Names.organisationKey(span), List.of());
				}
				if (known.size() == 1 && Names.organisationKey(span).contains(" ")) {
					found.putIfAbsent(known.get(0).id(), known.get(0));
					i = j - 1;
					break;
				}
			}
		}
		return List.copyOf(found.values());
	}

	Match organisation(String name) {
		String key = Names.organisationKey(name);
		List<Known> found = this.organisations.getOrDefault(key, List.of());
		if (found.size() == 1) {
			return new Found(found.get(0));
		}
		if (found.size() > 1) {
			return new Ambiguous(found);
		}
		Set<String> words = Names.tokens(key);
		Set<Known> alike = new LinkedHashSet<>();
		for (String word : words) {
			List<Known> sharing = this.organisationsByWord.getOrDefault(word, List.of());
			if (sharing.size() > WORD_LIMIT) {
				continue;
			}
			for (Known k : sharing) {
				Set<String> other = Names.tokens(this.organisationKeys.get(k.id()));
				long shared = words.stream().filter(other::contains).count();
				double jaccard = shared / (double) (words.size() + other.size() - shared);
				if ((shared >= 2 && jaccard >= 0.6) || Names.oneEditApart(key, this.organisationKeys.get(k.id()))) {
					alike.add(k);
				}
			}
		}
		return new Unknown(List.copyOf(alike));
	}

	/** Adds a record under a key; its names are added one after another, so a repeat can only be the last entry. */
	private static <K> void add(Map<K, List<Known>> index, K key, Known known) {
		List<Known> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
		if (list.isEmpty() || !list.get(list.size() - 1).equals(known)) {
			list.add(known);
		}
	}

}
