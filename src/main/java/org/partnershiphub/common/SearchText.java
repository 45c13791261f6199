package org.partnershiphub.common;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lower-cased, accent-free text a node is found by: its name(s) and aliases. Stored as {@code searchText} and
 * indexed (full-text for fuzzy search, text index for "contains" filters).
 */
public final class SearchText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

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
		// Most names are plain ASCII: no accents to strip, so no need to decompose them.
		String plain = text.chars().allMatch(c -> c < 128) ? text
				: COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return plain.toLowerCase(Locale.ROOT).strip();
	}

}
