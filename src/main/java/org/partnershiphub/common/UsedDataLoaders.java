package org.partnershiphub.common;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * A request's data loaders, which dispatches only those handed out. Every request registers a loader per batch mapping
 * (120), and graphql-java dispatches all of them at every level of the response, each reading the clock, though most
 * requests use none (their nested selection is prefetched): a tenth of the hub's CPU in a person read. A loader no one
 * was given has nothing queued. Every way to a loader marks it used; the whole map marks all.
 */
final class UsedDataLoaders extends DataLoaderRegistry {

	private final Set<DataLoader<?, ?>> used = ConcurrentHashMap.newKeySet();

	@Override
	public <K, V> DataLoader<K, V> getDataLoader(String key) {
		return used(super.getDataLoader(key));
	}

	@Override
	public <K, V> DataLoader<K, V> computeIfAbsent(String key, Function<String, DataLoader<?, ?>> mappingFunction) {
		return used(super.computeIfAbsent(key, mappingFunction));
	}

	@Override
	public <K, V> DataLoader<K, V> registerAndGet(String key, DataLoader<?, ?> dataLoader) {
		return used(super.registerAndGet(key, dataLoader));
	}

	@Override
	public Map<String, DataLoader<?, ?>> getDataLoadersMap() {
		Map<String, DataLoader<?, ?>> all = super.getDataLoadersMap();
		this.used.addAll(all.values());
		return all;
	}

	/** The loaders handed out: those {@link #dispatchAll} and the dispatch strategies dispatch. */
	@Override
	public List<DataLoader<?, ?>> getDataLoaders() {
		return List.copyOf(this.used);
	}

	private <K, V> DataLoader<K, V> used(DataLoader<K, V> loader) {
		if (loader != null) {
			this.used.add(loader);
		}
		return loader;
	}

}
