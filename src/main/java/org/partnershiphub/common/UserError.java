package org.partnershiphub.common;

import java.util.List;

/** A broken business rule in a mutation's input, naming the input field at fault. */
public record UserError(List<String> field, String message, Code code) {

	public enum Code {
		REQUIRED, TOO_LONG, INVALID, NOT_FOUND, INVALID_DATE_RANGE, DUPLICATE, CONFLICT
	}

	public static UserError of(String field, Code code, String message) {
		return new UserError(List.of("input", field), message, code);
	}

}
