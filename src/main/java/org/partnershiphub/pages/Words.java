package org.partnershiphub.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages put the API's codes and dates into plain words: "18 September 2025", "No part in discussion or vote". */
public final class Words {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** An ISO date as people write it; blank for none. */
	public String date(Object iso) {
		return (iso == null) ? "" : LocalDate.parse(iso.toString()).format(DAY);
	}

	/** A result's GraphQL type name (templates cannot write its two leading underscores: Thymeleaf reads them). */
	public String type(java.util.Map<?, ?> node) {
		return String.valueOf(node.get("__typename"));
	}

	/** An enum code as a phrase: NO_PART_IN_DISCUSSION_OR_VOTE becomes "No part in discussion or vote". */
	public String code(Object code) {
		if (code == null) {
			return "";
		}
		String words = code.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
