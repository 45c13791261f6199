package org.partnershiphub.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.partnershiphub.pages.HubQueries.PageException;

/** What the pages' forms send, read once: blank as not given, dates as ISO dates with the field named when wrong. */
final class Inputs {

	private Inputs() {
	}

	static String given(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static LocalDate date(String field, String text) {
		try {
			return (given(text) == null) ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new PageException("The " + field + " \"" + text + "\" is not a date: write it as YYYY-MM-DD");
		}
	}

}
