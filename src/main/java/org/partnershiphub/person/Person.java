package org.partnershiphub.person;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A person as stored; {@code displayName} is derived from the name parts when they are written. */
public record Person(String id, String displayName, String honorific, String givenName, String familyName,
		String postNominals, List<String> aliases) {

	static String displayName(String honorific, String givenName, String familyName, String postNominals) {
		return Stream.of(honorific, givenName, familyName, postNominals)
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
	}

}
