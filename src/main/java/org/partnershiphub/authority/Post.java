package org.partnershiphub.authority;

/** An officer's post in an organisation, held by people over time. */
public record Post(String id, String title) {
}
