package org.partnershiphub.common;

import java.util.function.Supplier;

import graphql.execution.DataFetcherResult;

import org.springframework.data.domain.Window;

/**
 * A page of a connection and, counted only when a client asks for {@code totalCount}, how many rows there are in
 * all. Controllers answer {@link #result()}: the page for Spring for GraphQL's connection adapter, and this as the
 * local context the connection's {@code totalCount} reads.
 */
public record Page<T>(Window<T> window, Supplier<Long> total) {

	public DataFetcherResult<Window<T>> result() {
		return DataFetcherResult.<Window<T>>newResult().data(this.window).localContext(this).build();
	}

}
