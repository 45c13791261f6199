package org.partnershiphub.security;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;

/**
 * The withheld interests whose details a request showed to an AUDITOR. Fields that reveal them {@link #note} the
 * interest; when the request completes, what was noted is written to the audit trail in one record.
 */
public final class WithheldReads {

	static final String KEY = WithheldReads.class.getName();

	private WithheldReads() {
	}

	/** A fresh, empty set for one request's GraphQL context. */
	public static Set<String> start(GraphQLContext.Builder context) {
		Set<String> reads = ConcurrentHashMap.newKeySet();
		context.put(KEY, reads);
		return reads;
	}

	public static void note(GraphQLContext context, String interestId, boolean withheld) {
		Set<String> reads = (context != null) ? context.get(KEY) : null;
		if (withheld && reads != null && Role.any(context, Role.AUDITOR)) {
			reads.add(interestId);
		}
	}

}
