package org.partnershiphub.search;

/** A search result: the matched object and its relevance. */
record SearchHit(double score, Object node) {
}
