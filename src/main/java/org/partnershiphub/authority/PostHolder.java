package org.partnershiphub.authority;

import java.time.LocalDate;

/** A person's tenure in a post. */
public record PostHolder(String id, LocalDate from, LocalDate to) {
}
