package org.partnershiphub.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The few shapes of Cypher call the features make, over Spring Data Neo4j's {@link Neo4jClient} so that they join
 * the surrounding transaction. Queries return the node in column {@code n}, and the batch key, where there is one,
 * in {@code key} (plus {@code asOf} for time-bound loads).
 */
@Component
public class Graph {

	private final Neo4jClient client;

	Graph(Neo4jClient client) {
		this.client = client;
	}

	public <R extends Record> Optional<R> one(String cypher, Map<String, ?> params, Class<R> type) {
		return this.client.query(cypher)
			.bindAll(new HashMap<>(params))
			.fetchAs(type)
			.mappedBy((ts, row) -> NodeMapper.map(row.get("n"), type))
			.first();
	}

	public <R extends Record> List<R> list(String cypher, Map<String, ?> params, Class<R> type) {
		return List.copyOf(this.client.query(cypher)
			.bindAll(new HashMap<>(params))
			.fetchAs(type)
			.mappedBy((ts, row) -> NodeMapper.map(row.get("n"), type))
			.all());
	}

	/** Rows of any shape, each read by {@code mapper}: for reports that join several kinds of node in one query. */
	@SuppressWarnings("unchecked")
	public <T> List<T> query(String cypher, Map<String, ?> params, Function<org.neo4j.driver.Record, T> mapper) {
		return (List<T>) List.copyOf(this.client.query(cypher)
			.bindAll(new HashMap<>(params))
			.fetchAs(Object.class)
			.mappedBy((ts, row) -> mapper.apply(row))
			.all());
	}

	/** Runs a query (usually a write) and returns the number of rows it returned (0 when its MATCH found nothing). */
	public long run(String cypher, Map<String, ?> params) {
		return this.client.query(cypher).bindAll(new HashMap<>(params)).fetch().all().size();
	}

	/** Ids among {@code ids} that name no node of the label. */
	public Set<String> missing(Label label, Collection<String> ids) {
		Set<String> wanted = new HashSet<>(ids);
		wanted.remove(null);
		if (wanted.isEmpty()) {
			return Set.of();
		}
		Collection<String> found = this.client.query("""
				MATCH (n:%s)
				WHERE n.id IN $ids
				RETURN n.id AS id
				""".formatted(label.name())).bind(List.copyOf(wanted)).to("ids").fetchAs(String.class).all();
		wanted.removeAll(found);
		return wanted;
	}

	public boolean exists(Label label, String id) {
		return id != null && missing(label, List.of(id)).isEmpty();
	}

	/**
	 * One query for a whole batch of source ids ({@code $ids}): rows of {@code key} and {@code n}. Every key gets an
	 * entry, empty when nothing matched, because a GraphQL list field must never resolve to null.
	 */
	public <K, R extends Record> Map<K, List<R>> grouped(String cypher, Collection<K> keys, Function<K, String> idOf,
			Class<R> type) {
		List<String> ids = keys.stream().map(idOf).distinct().toList();
		Map<String, List<R>> rows = rows(cypher, Map.of("ids", ids), type, row -> row.get("key").asString());
		Map<K, List<R>> result = new LinkedHashMap<>();
		keys.forEach(k -> result.put(k, rows.getOrDefault(idOf.apply(k), List.of())));
		return result;
	}

	/** Like {@link #grouped} for a to-one relationship: keys with no match are left out (GraphQL null). */
	public <K, R extends Record> Map<K, R> single(String cypher, Collection<K> keys, Function<K, String> idOf,
			Class<R> type) {
		Map<K, R> result = new LinkedHashMap<>();
		grouped(cypher, keys, idOf, type).forEach((k, v) -> {
			if (!v.isEmpty()) {
				result.put(k, v.get(0));
			}
		});
		return result;
	}

	/**
	 * Like {@link #grouped} for a list of mixed types (a GraphQL union): rows also carry the node's {@code label},
	 * which picks the record type from {@code types}.
	 */
	public <K> Map<K, List<Object>> groupedByLabel(String cypher, Collection<K> keys, Function<K, String> idOf,
			Map<Label, Class<? extends Record>> types) {
		List<String> ids = keys.stream().map(idOf).distinct().toList();
		Map<String, List<Object>> rows = new HashMap<>();
		this.client.query(cypher)
			.bind(ids).to("ids")
			.fetchAs(Row.class)
			.mappedBy((ts, row) -> new Row(row.get("key").asString(),
					NodeMapper.map(row.get("n"), types.get(Label.valueOf(row.get("label").asString())))))
			.all()
			.forEach(row -> rows.computeIfAbsent((String) row.key(), k -> new ArrayList<>()).add(row.node()));
		Map<K, List<Object>> result = new LinkedHashMap<>();
		keys.forEach(k -> result.put(k, rows.getOrDefault(idOf.apply(k), List.of())));
		return result;
	}

	/** Like {@link #groupedByLabel} for a to-one relationship: keys with no match are left out (GraphQL null). */
	public <K> Map<K, Object> singleByLabel(String cypher, Collection<K> keys, Function<K, String> idOf,
			Map<Label, Class<? extends Record>> types) {
		Map<K, Object> result = new LinkedHashMap<>();
		groupedByLabel(cypher, keys, idOf, types).forEach((k, v) -> {
			if (!v.isEmpty()) {
				result.put(k, v.get(0));
			}
		});
		return result;
	}

	/** Like {@link #grouped} for time-bound relationships: {@code $keys} holds maps of {@code id} and {@code asOf}. */
	public <R extends Record> Map<AsOfKey, List<R>> groupedAsOf(String cypher, Collection<AsOfKey> keys, Class<R> type) {
		List<Map<String, Object>> params = keys.stream()
			.distinct()
			.map(k -> Map.<String, Object>of("id", k.id(), "asOf", k.asOf()))
			.toList();
		return groupedKeys(cypher, params, keys,
				row -> new AsOfKey(row.get("key").asString(), row.get("asOf").asLocalDate()), type);
	}

	/**
	 * Like {@link #grouped} for composite batch keys: {@code $keys} holds {@code keyParams}, and {@code keyOf} reads
	 * a row's key back from its columns.
	 */
	public <K, R extends Record> Map<K, List<R>> groupedKeys(String cypher, List<Map<String, Object>> keyParams,
			Collection<K> keys, Function<org.neo4j.driver.Record, K> keyOf, Class<R> type) {
		Map<K, List<R>> rows = rows(cypher, Map.of("keys", keyParams), type, keyOf);
		Map<K, List<R>> result = new LinkedHashMap<>();
		keys.forEach(k -> result.put(k, rows.getOrDefault(k, List.of())));
		return result;
	}

	@SuppressWarnings("unchecked")
	private <K, R extends Record> Map<K, List<R>> rows(String cypher, Map<String, ?> params, Class<R> type,
			Function<org.neo4j.driver.Record, K> keyOf) {
		Map<K, List<R>> rows = new HashMap<>();
		this.client.query(cypher)
			.bindAll(new HashMap<>(params))
			.fetchAs(Row.class)
			.mappedBy((ts, row) -> new Row(keyOf.apply(row), NodeMapper.map(row.get("n"), type)))
			.all()
			.forEach(row -> rows.computeIfAbsent((K) row.key(), k -> new ArrayList<>()).add(type.cast(row.node())));
		return rows;
	}

	private record Row(Object key, Record node) {
	}

	/** A batch key for a relationship that is read as at a date. */
	public record AsOfKey(String id, LocalDate asOf) {
	}

}
