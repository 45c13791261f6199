package org.partnershiphub.security;

/**
 * A read model that may carry the details of a withheld interest: the interest itself, a conflict arising from it, a
 * declaration of it at a meeting, a withdrawal because of it. {@link Redaction} hides every field of such an object
 * from callers who may not see withheld details, except the fields it lists as safe.
 */
public interface Withholding {

	/** The withheld interest whose details this carries, or null when it carries none. */
	String withheldInterestId();

}
