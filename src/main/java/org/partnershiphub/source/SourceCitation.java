package org.partnershiphub.source;

/** Where a fact is stated: a document and, optionally, a page, clause or line in it. */
public record SourceCitation(SourceDocument document, String locator, boolean inferred) {
}
