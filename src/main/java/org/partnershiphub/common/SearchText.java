package org.partnershiphub.common;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lower-cased, accent-free text a node is found by: its name(s) and aliases. Stored as {@code searchText} and
 * indexed (full-text for fuzzy search, text index for "contains" filters).
 */
public final class SearchText {

	private SearchText() {
	}

	public static String of(Collection<String> names) {
		return names.stream().filter(Objects::nonNull).map(SearchText::normalise).distinct()
			.collect(Collectors.joining(" | "));
	}

	public static String of(String name, Collection<String> aliases) {
		return of(Stream.concat(Stream.of(name), aliases.stream()).toList());
	}

	public static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
	}

}
