package org.partnershiphub.common;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;

/**
 * Wraps some fields' fetchers outside Spring for GraphQL's context decorator, which captures and restores the
 * thread-local context (security, request id, observation) around every call of a fetcher it wraps: thousands of
 * times in a nested list. For wrappers that read only the environment and the GraphQL context, and answer most calls
 * themselves (a prefetched value, a redacted null); the fetcher they call through to keeps its decorator. Applied in
 * {@code @Order}, the first innermost; see {@link GraphQlConfiguration#outerFetchers}.
 */
@FunctionalInterface
public interface FetcherWrapper {

	/** The fetcher to use for the field: a wrapper of {@code fetcher}, or {@code fetcher} itself to leave it alone. */
	DataFetcher<?> wrap(GraphQLObjectType type, GraphQLFieldDefinition field, DataFetcher<?> fetcher);

}
