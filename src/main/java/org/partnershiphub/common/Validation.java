package org.partnershiphub.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.partnershiphub.common.UserError.Code;

/**
 * Collects the user errors of one mutation input, so a caller reports every broken rule at once and writes
 * nothing while any remain.
 */
public final class Validation {

	/** Longest name or short text we store; registers never need more, and it bounds what one request writes. */
	public static final int NAME_MAX = 300;

	/** Longest free text (natures of interest, descriptions). */
	public static final int TEXT_MAX = 4000;

	private final List<UserError> errors = new ArrayList<>();

	/**
	 * A character that hides or reorders what a reader sees: a control character other than tab and line breaks, a
	 * bidirectional override or isolate, a zero-width character or a byte order mark.
	 */
	public static boolean hidden(int c) {
		return (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
				|| (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069)
				|| c == 0x061C || c == 0xFEFF;
	}

	/** The text without {@link #hidden} characters: for what files bring in (Word leaves zero-width spaces). */
	public static String withoutHidden(String text) {
		if (text.codePoints().noneMatch(Validation::hidden)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter(c -> !hidden(c)).forEach(out::appendCodePoint);
		return out.toString();
	}

	public Validation required(String field, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			add(field, Code.REQUIRED, field + " is required");
		}
		return this;
	}

	/** A required name: present, not blank, not over {@link #NAME_MAX}. */
	public Validation name(String field, String value) {
		required(field, value);
		return maxLength(field, value, NAME_MAX);
	}

	public Validation maxLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			add(field, Code.TOO_LONG, field + " is longer than " + max + " characters");
		}
		return this;
	}

	public Validation maxLength(String field, Collection<String> values, int max) {
		if (values != null && values.stream().anyMatch(v -> v == null || v.isBlank() || v.length() > max)) {
			add(field, Code.INVALID, field + " must hold non-blank values of at most " + max + " characters");
		}
		return this;
	}

	/** An optional amount of money in pounds: whole pence, and not negative unless {@code negativeAllowed}. */
	public Validation money(String field, java.math.BigDecimal amount, boolean negativeAllowed) {
		if (amount != null && !negativeAllowed && amount.signum() < 0) {
			add(field, Code.INVALID, field + " cannot be negative");
		}
		if (amount != null && amount.stripTrailingZeros().scale() > 2) {
			add(field, Code.INVALID, field + " has more than two decimal places");
		}
		return this;
	}

	/** An optional end that, when present, is not before its start. */
	/** An optional date known only to its month, year or financial year: given as the first day of it. */
	public Validation roughDate(String field, LocalDate date, DatePrecision precision) {
		if (date != null && !precision.fits(date)) {
			add(field, Code.INVALID, "A date known only to the " + precision.name().toLowerCase().replace('_', ' ')
					+ " is given as its first day");
		}
		return this;
	}

	public Validation dateRange(String fromField, LocalDate from, String toField, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			add(toField, Code.INVALID_DATE_RANGE, toField + " (" + to + ") is before " + fromField + " (" + from + ")");
		}
		return this;
	}

	public Validation check(boolean ok, String field, Code code, String message) {
		if (!ok) {
			add(field, code, message);
		}
		return this;
	}

	public Validation add(String field, Code code, String message) {
		this.errors.add(UserError.of(field, code, message));
		return this;
	}

	public boolean hasErrorOn(String field) {
		return this.errors.stream().anyMatch(e -> e.field().get(e.field().size() - 1).equals(field));
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	public List<UserError> errors() {
		return List.copyOf(this.errors);
	}

	public static String trimToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
