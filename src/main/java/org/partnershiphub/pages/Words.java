package org.partnershiphub.pages;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.partnershiphub.common.DatePrecision;

import org.springframework.web.util.UriUtils;

/** How the pages put the API's codes and dates into plain words: "18 September 2025", "No part in discussion or vote". */
public final class Words {

	/** Words that stay in capitals: NHS_FOUNDATION_TRUST is "NHS foundation trust". */
	private static final Pattern ACRONYMS = Pattern.compile("\\b(nhs|icb|ccg|gp|pcn|vcse|ods|cqc)\\b");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** An ISO date as people write it; blank for none. */
	public String date(Object iso) {
		return (iso == null) ? "" : LocalDate.parse(iso.toString()).format(DAY);
	}

	/** A date known to the day, month ("July 2024") or year ("2019"), as the paper stated it. */
	public String roughDate(Object iso, Object precision) {
		if (iso == null) {
			return "";
		}
		DatePrecision stated = java.util.Arrays.stream(DatePrecision.values())
			.filter(p -> p.name().equals(String.valueOf(precision)))
			.findFirst()
			.orElse(DatePrecision.DAY);
		return stated.format(LocalDate.parse(iso.toString()), DAY);
	}

	/** A result's GraphQL type name (templates cannot write its two leading underscores: Thymeleaf reads them). */
	public String type(java.util.Map<?, ?> node) {
		return String.valueOf(node.get("__typename"));
	}

	/** The page of an entity the pages show, by its kind (a node label or a GraphQL type name); null for none. */
	public String href(Object kind, Object id) {
		String path = switch (String.valueOf(kind)) {
			case "Person" -> "/people/";
			case "Organisation" -> "/organisations/";
			case "Board" -> "/boards/";
			case "Meeting" -> "/meetings/";
			default -> null;
		};
		return (path == null || id == null) ? null
				: path + UriUtils.encodePathSegment(id.toString(), StandardCharsets.UTF_8);
	}

	/** An enum code as a phrase: NO_PART_IN_DISCUSSION_OR_VOTE becomes "No part in discussion or vote". */
	public String code(Object code) {
		if (code == null) {
			return "";
		}
		String words = ACRONYMS.matcher(code.toString().toLowerCase(Locale.ROOT).replace('_', ' '))
			.replaceAll(found -> found.group().toUpperCase(Locale.ROOT));
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
