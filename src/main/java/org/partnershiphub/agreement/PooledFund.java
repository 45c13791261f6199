package org.partnershiphub.agreement;

/** A pooled fund under an agreement. */
public record PooledFund(String id, String name, String scheme) {
}
