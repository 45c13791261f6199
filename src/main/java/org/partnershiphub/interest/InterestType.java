package org.partnershiphub.interest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Interest types of both regimes: NHS conflicts of interest guidance and local government codes of conduct.
 * {@link #fromDeclared} reads the many spellings registers use.
 */
public enum InterestType {

	FINANCIAL, NON_FINANCIAL_PROFESSIONAL, NON_FINANCIAL_PERSONAL, INDIRECT, DISCLOSABLE_PECUNIARY, OTHER_REGISTRABLE,
	NON_PECUNIARY;

	/**
	 * A council register's heading for a kind of disclosable pecuniary interest (the Relevant Authorities (Disclosable
	 * Pecuniary Interests) Regulations 2012): "Employment, office, trade, profession or vocation", "Sponsorship",
	 * "Contracts", "Land", "Licences", "Corporate tenancies", "Securities".
	 */
	private static final Pattern DISCLOSABLE_CATEGORY = Pattern.compile(
			"(employment|office trade|sponsorship|contracts?\\b|land\\b|licen[cs]es?\\b|corporate tenanc|securities"
					+ "|shareholdings?\\b)");

	/** Its headings for the other interests a code of conduct asks members to register. */
	private static final Pattern OTHER_CATEGORY = Pattern.compile(
			"(other (personal )?interests?\\b|memberships?\\b|bodies\\b|unpaid directorships?\\b)");

	/**
	 * Normalises a type as a register spells it: "Pecuniary Interest", "Non-pecuniary interest", "Indirect",
	 * "Professional financial interest", "Personal non-financial interest"... Empty when the text names no known type.
	 */
	public static Optional<InterestType> fromDeclared(String declared) {
		return fromDeclared(declared, null);
	}

	/**
	 * As {@link #fromDeclared(String)}, read under the register's regime: on an NHS body's register "Pecuniary
	 * interest" (or "prejudicial") is a financial interest, and only the Localism Act's own words, "disclosable
	 * pecuniary", are a disclosable pecuniary interest. A council's register, or one whose regime is not known, reads
	 * "pecuniary" as disclosable pecuniary.
	 */
	public static Optional<InterestType> fromDeclared(String declared, Regime regime) {
		String text = (declared != null) ? declared.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip() : "";
		if (text.contains("indirect")) {
			return Optional.of(INDIRECT);
		}
		if (text.contains("non pecuniary")) {
			return Optional.of(NON_PECUNIARY);
		}
		if (text.contains("pecuniary") || text.contains("prejudicial")) {
			return Optional.of((regime == Regime.NHS && !text.contains("disclosable")) ? FINANCIAL : DISCLOSABLE_PECUNIARY);
		}
		// A heading is a few words; a sentence that starts with one ("Contracts held by the federation: ...") is not.
		boolean heading = text.split(" ").length <= 8;
		if (heading && DISCLOSABLE_CATEGORY.matcher(text).lookingAt()) {
			return Optional.of((regime == Regime.NHS) ? FINANCIAL : DISCLOSABLE_PECUNIARY);
		}
		if (text.contains("registrable") || text.contains("registerable")
				|| heading && OTHER_CATEGORY.matcher(text).lookingAt()) {
			return Optional.of(OTHER_REGISTRABLE);
		}
		if (text.contains("non financial")) {
			return Optional.of(text.contains("personal") ? NON_FINANCIAL_PERSONAL : NON_FINANCIAL_PROFESSIONAL);
		}
		if (text.contains("financial")) {
			return Optional.of(FINANCIAL);
		}
		return Optional.empty();
	}

}
