package org.partnershiphub.common;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.partnershiphub.common.Graph.AsOfKey;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Registers DataLoaders for list fields that take an {@code asOf} argument. {@code @BatchMapping} cannot see field
 * arguments, so these loaders are keyed by (source id, date) instead; one query still serves a whole request.
 */
public final class AsOfLoaders {

	private AsOfLoaders() {
	}

	public static <V> void register(BatchLoaderRegistry registry, String name,
			Function<java.util.Set<AsOfKey>, Map<AsOfKey, List<V>>> loader) {
		registry.<AsOfKey, List<V>>forName(name)
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> loader.apply(keys)));
	}

}
