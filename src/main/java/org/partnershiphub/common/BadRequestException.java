package org.partnershiphub.common;

/** A request the API refuses as malformed (not a business rule): becomes a top-level BAD_REQUEST error. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
