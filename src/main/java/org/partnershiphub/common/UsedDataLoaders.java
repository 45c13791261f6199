package org.partnershiphub.common;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.stats.Statistics;

/**
 * A request's data loaders, created when first asked for and dispatched only once handed out. Every request would
 * create a loader per batch mapping (120), and graphql-java dispatches all of them at every level of the response, each
 * reading the clock, though most requests use none (their nested selection is prefetched): a tenth of the hub's CPU in
 * a person read. Registrations {@linkplain #defer deferred} run at the first look into the registry; a loader no one
 * was given has nothing queued. Every way to a loader marks it used; the whole map marks all.
 */
final class UsedDataLoaders extends DataLoaderRegistry {

	private final Set<DataLoader<?, ?>> used = ConcurrentHashMap.newKeySet();

	private volatile Consumer<DataLoaderRegistry> deferred;

	/**
	 * Runs {@code registration} against a registry of its own when this one is first looked into, and takes the loaders
	 * it registers; until then nothing is created.
	 */
	synchronized void defer(Consumer<DataLoaderRegistry> registration) {
		Consumer<DataLoaderRegistry> before = this.deferred;
		this.deferred = (before != null) ? before.andThen(registration) : registration;
	}

	private void registerDeferred() {
		if (this.deferred != null) {
			synchronized (this) {
				if (this.deferred != null) {
					DataLoaderRegistry registered = new DataLoaderRegistry();
					this.deferred.accept(registered);
					this.dataLoaders.putAll(registered.getDataLoadersMap());
					this.deferred = null;
				}
			}
		}
	}

	@Override
	public DataLoaderRegistry register(String key, DataLoader<?, ?> dataLoader) {
		registerDeferred();
		return super.register(key, dataLoader);
	}

	@Override
	public DataLoaderRegistry register(DataLoader<?, ?> dataLoader) {
		registerDeferred();
		return super.register(dataLoader);
	}

	@Override
	public DataLoaderRegistry unregister(String key) {
		registerDeferred();
		return super.unregister(key);
	}

	@Override
	public <K, V> DataLoader<K, V> getDataLoader(String key) {
		registerDeferred();
		return used(super.getDataLoader(key));
	}

	@Override
	public <K, V> DataLoader<K, V> computeIfAbsent(String key, Function<String, DataLoader<?, ?>> mappingFunction) {
		registerDeferred();
		return used(super.computeIfAbsent(key, mappingFunction));
	}

	@Override
	public <K, V> DataLoader<K, V> registerAndGet(String key, DataLoader<?, ?> dataLoader) {
		registerDeferred();
		return used(super.registerAndGet(key, dataLoader));
	}

	@Override
	public Map<String, DataLoader<?, ?>> getDataLoadersMap() {
		registerDeferred();
		Map<String, DataLoader<?, ?>> all = super.getDataLoadersMap();
		this.used.addAll(all.values());
		return all;
	}

	@Override
	public Set<String> getKeys() {
		registerDeferred();
		return super.getKeys();
	}

	@Override
	public DataLoaderRegistry combine(DataLoaderRegistry registry) {
		registerDeferred();
		return super.combine(registry);
	}

	@Override
	public Statistics getStatistics() {
		registerDeferred();
		return super.getStatistics();
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
