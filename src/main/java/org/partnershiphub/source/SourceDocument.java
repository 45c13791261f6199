package org.partnershiphub.source;

import java.time.LocalDate;

/** A document facts come from: a register, minutes, an agenda pack, an agreement. */
public record SourceDocument(String id, String title, SourceDocumentKind kind, String publisher, LocalDate publishedOn,
		String url) {

	public enum SourceDocumentKind {
		REGISTER_OF_INTERESTS, MINUTES, AGENDA_PACK, AGREEMENT, TERMS_OF_REFERENCE, SCHEME_OF_DELEGATION, ROSTER, RISK_REGISTER, FINANCE_REPORT, OTHER
	}

}
