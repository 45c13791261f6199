package org.partnershiphub.audit;

/** An optimistic edit of a record someone else changed first: nothing was written; read again and retry. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
