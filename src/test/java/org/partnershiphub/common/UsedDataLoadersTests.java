package org.partnershiphub.common;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loaders handed out are dispatched and answer; those no one asked for are not dispatched at all, and deferred ones are
 * not created until someone looks.
 */
class UsedDataLoadersTests {

	private final AtomicInteger batches = new AtomicInteger();

	@Test
	void aLoaderHandedOutIsDispatchedAndTheOthersAreLeftAlone() {
		UsedDataLoaders registry = new UsedDataLoaders();
		for (String name : List.of("boardMembers", "personMemberships", "riskScores")) {
			registry.register(name, loader());
		}
		assertThat(registry.getDataLoaders()).isEmpty();
		DataLoader<String, String> members = registry.getDataLoader("boardMembers");
		CompletableFuture<String> answer = members.load("board-1");
		registry.dispatchAll();
		assertThat(answer.join()).isEqualTo("board-1!");
		assertThat(registry.getDataLoaders()).containsExactly(members);
		assertThat(this.batches).hasValue(1);
	}

	@Test
	void takingTheWholeMapHandsOutEveryLoader() {
		UsedDataLoaders registry = new UsedDataLoaders();
		registry.register("a", loader());
		registry.register("b", loader());
		Map<String, DataLoader<?, ?>> all = registry.getDataLoadersMap();
		assertThat(registry.getDataLoaders()).containsExactlyInAnyOrderElementsOf(all.values());
	}

	@Test
	void deferredRegistrationsRunAtTheFirstLookAndOnlyOnce() {
		UsedDataLoaders registry = new UsedDataLoaders();
		AtomicInteger registrations = new AtomicInteger();
		registry.defer(deferred -> {
			registrations.incrementAndGet();
			deferred.register("boardMembers", loader());
			deferred.register("riskScores", loader());
		});
		registry.dispatchAll();
		assertThat(registry.getDataLoaders()).isEmpty();
		assertThat(registrations).hasValue(0);

		DataLoader<String, String> members = registry.getDataLoader("boardMembers");
		CompletableFuture<String> answer = members.load("board-1");
		registry.dispatchAll();
		assertThat(answer.join()).isEqualTo("board-1!");
		assertThat(registry.getDataLoader("boardMembers")).isSameAs(members);
		assertThat(registry.getKeys()).containsExactlyInAnyOrder("boardMembers", "riskScores");
		assertThat(registry.getDataLoaders()).containsExactly(members);
		assertThat(registrations).hasValue(1);
	}

	@Test
	void aLoaderRegisteredAfterADeferralReplacesTheDeferredOneOfItsName() {
		UsedDataLoaders registry = new UsedDataLoaders();
		registry.defer(deferred -> deferred.register("boardMembers", loader()));
		registry.register("boardMembers", DataLoaderFactory.<String, String>newDataLoader(
				keys -> CompletableFuture.completedFuture(keys.stream().map(k -> k + "?").toList())));
		CompletableFuture<String> answer = registry.<String, String>getDataLoader("boardMembers").load("board-1");
		registry.dispatchAll();
		assertThat(answer.join()).isEqualTo("board-1?");
	}

	private DataLoader<String, String> loader() {
		return DataLoaderFactory.newDataLoader(keys -> {
			this.batches.incrementAndGet();
			return CompletableFuture.completedFuture(keys.stream().map(k -> k + "!").toList());
		});
	}

}
