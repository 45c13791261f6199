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
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.data.domain.Window;
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

	/**
	 * The node of this id, labelled as {@code type} is named; when it is a root field's answer, with the nested selection
	 * beneath it in the same query ({@link Prefetch#take}).
	 */
	public <R extends Record> Optional<R> byId(Class<R> type, String id) {
		String match = "MATCH (n:" + Label.valueOf(type.getSimpleName()) + " {id: $id})\n";
		Prefetch.Tail tail = Prefetch.take(type.getSimpleName());
		if (tail == null) {
			return one(match + "RETURN n", Map.of("id", id), type);
		}
		return query(match + tail.returning("n", "n"), tail.params(Map.of("id", id)),
				row -> tail.read(NodeMapper.map(row.get("n"), type), row)).stream().findFirst();
	}

	public <R extends Record> List<R> list(String cypher, Map<String, ?> params, Class<R> type) {
		return List.copyOf(this.client.query(cypher)
			.bindAll(new HashMap<>(params))
			.fetchAs(type)
			.mappedBy((ts, row) -> NodeMapper.map(row.get("n"), type))
			.all());
	}

	/**
	 * A paged query: {@code match} selects the rows (binding {@code variables}, the node first, filters and all),
	 * {@code keys} are what they sort by, the id last so the order is total. See {@link Paging}.
	 */
	public record Paged(String match, String variables, boolean newestFirst, List<String> keys) {

		public static Paged ascending(String match, String variables, String... keys) {
			return new Paged(match, variables, false, List.of(keys));
		}

		/** Every key descending: newest (or largest) first. */
		public static Paged descending(String match, String variables, String... keys) {
			return new Paged(match, variables, true, List.of(keys));
		}

		/** The variable the node is bound to. */
		String node() {
			return this.variables.split(",")[0].strip();
		}

		/** The page's rows; with a tail, each row also carries its node's nested selection. */
		String rows(Prefetch.Tail tail) {
			String key = "[" + String.join(", ", this.keys) + "]";
			String direction = this.newestFirst ? " DESC" : "";
			String order = "\nORDER BY " + this.keys.stream().map(k -> k + direction).collect(Collectors.joining(", "))
					+ "\nLIMIT $limit";
			String after = this.match + "\nWITH " + this.variables + " WHERE $after IS NULL OR " + key
					+ (this.newestFirst ? " < " : " > ") + "$after";
			if (tail == null) {
				return after + "\nRETURN " + this.variables + ", " + key + " AS cursor" + order;
			}
			// The page first, then each of its nodes' nested selection; the order again, as subqueries need not keep it.
			return after + "\nWITH " + this.variables + order + "\n"
					+ tail.returning(node(), this.variables + ", " + key + " AS cursor") + order;
		}

		String count() {
			return this.match + "\nRETURN count(*) AS total";
		}

	}

	/**
	 * A page of nodes, mapped to {@code type}; when they are a root field's answer, the same query fetches the nested
	 * selection beneath them ({@link Prefetch#take}).
	 */
	public <R extends Record> Page<R> page(Paged query, Map<String, ?> params, Class<R> type, Paging paging) {
		Prefetch.Tail tail = Prefetch.take(type.getSimpleName());
		if (tail == null) {
			return page(query, params, row -> NodeMapper.map(row.get(query.node()), type), paging);
		}
		return page(query.rows(tail), query, tail.params(params),
				row -> tail.read(NodeMapper.map(row.get(query.node()), type), row), paging, params);
	}

	/** A page of rows, each read by {@code mapper} from the columns named as the query's variables. */
	public <T> Page<T> page(Paged query, Map<String, ?> params, Function<org.neo4j.driver.Record, T> mapper,
			Paging paging) {
		return page(query.rows(null), query, params, mapper, paging, params);
	}

	/** {@code rows} read with {@code params}; the total counted with {@code filters} only. */
	private <T> Page<T> page(String rows, Paged query, Map<String, ?> params,
			Function<org.neo4j.driver.Record, T> mapper, Paging paging, Map<String, ?> filters) {
		paging.requireKeys(query.keys().size());
		Map<String, Object> all = new HashMap<>(params);
		all.putAll(paging.params());
		Window<T> window = paging.window(query(rows, all,
				row -> new Paging.Keyed<>(mapper.apply(row), row.get("cursor").asList(org.neo4j.driver.Value::asObject))));
		Map<String, Object> counted = new HashMap<>(filters);
		return new Page<>(window, memoized(() -> query(query.count(), counted, row -> row.get("total").asLong()).get(0)));
	}

	private static <T> Supplier<T> memoized(Supplier<T> supplier) {
		Object[] value = new Object[1];
		return () -> {
			synchronized (value) {
				if (value[0] == null) {
					value[0] = supplier.get();
				}
				@SuppressWarnings("unchecked")
				T result = (T) value[0];
				return result;
			}
		};
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
		return missing(List.of(label), ids);
	}

	/** Ids among {@code ids} that name no node of any of the labels: one query, an index seek per label. */
	public Set<String> missing(Collection<Label> labels, Collection<String> ids) {
		Set<String> wanted = new HashSet<>(ids);
		wanted.remove(null);
		if (wanted.isEmpty()) {
			return Set.of();
		}
		Collection<String> found = this.client.query("""
				MATCH (n)
				WHERE n.id IN $ids AND (%s)
				RETURN n.id AS id
				""".formatted(anyOf("n", labels))).bind(List.copyOf(wanted)).to("ids").fetchAs(String.class).all();
		wanted.removeAll(found);
		return wanted;
	}

	public boolean exists(Label label, String id) {
		return id != null && missing(label, List.of(id)).isEmpty();
	}

	/** Which of the labels the node with this id has, in one query; empty when there is no such node. */
	public Optional<Label> labelOf(String id, Collection<Label> labels) {
		if (id == null) {
			return Optional.empty();
		}
		return this.client.query("""
				MATCH (n)
				WHERE n.id = $id AND (%s)
				RETURN [l IN labels(n) WHERE l IN $labels][0] AS label
				LIMIT 1
				""".formatted(anyOf("n", labels)))
			.bind(id).to("id")
			.bind(labels.stream().map(Label::name).toList()).to("labels")
			.fetchAs(Label.class)
			.mappedBy((ts, row) -> Label.valueOf(row.get("label").asString()))
			.first();
	}

	/** A Cypher test that {@code variable} has one of the labels, which come from the enum, never from input. */
	public static String anyOf(String variable, Collection<Label> labels) {
		return labels.stream().map(l -> variable + ":" + l.name()).sorted().collect(Collectors.joining(" OR "));
	}

	/**
	 * One query for a whole batch of source ids ({@code $ids}): rows of {@code key} and {@code n}. Every key gets an
	 * entry, empty when nothing matched, because a GraphQL list field must never resolve to null.
	 */
	public <K, R extends Record> Map<K, List<R>> grouped(String cypher, Collection<K> keys, Function<K, String> idOf,
			Class<R> type) {
		return byId(cypher, keys, idOf, row -> NodeMapper.map(row.get("n"), type));
	}

	/** Like {@link #grouped} for a to-one relationship: keys with no match are left out (GraphQL null). */
	public <K, R extends Record> Map<K, R> single(String cypher, Collection<K> keys, Function<K, String> idOf,
			Class<R> type) {
		return firsts(grouped(cypher, keys, idOf, type));
	}

	/**
	 * Like {@link #grouped} for a list of mixed types (a GraphQL union): rows also carry the node's {@code label},
	 * which picks the record type from {@code types}.
	 */
	public <K> Map<K, List<Object>> groupedByLabel(String cypher, Collection<K> keys, Function<K, String> idOf,
			Map<Label, Class<? extends Record>> types) {
		return byId(cypher, keys, idOf,
				row -> NodeMapper.map(row.get("n"), types.get(Label.valueOf(row.get("label").asString()))));
	}

	/** Like {@link #groupedByLabel} for a to-one relationship: keys with no match are left out (GraphQL null). */
	public <K> Map<K, Object> singleByLabel(String cypher, Collection<K> keys, Function<K, String> idOf,
			Map<Label, Class<? extends Record>> types) {
		return firsts(groupedByLabel(cypher, keys, idOf, types));
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
		Map<K, List<R>> rows = rows(cypher, Map.of("keys", keyParams), keyOf, row -> NodeMapper.map(row.get("n"), type));
		return everyKey(keys, k -> k, rows);
	}

	/** Like {@link #grouped}, for rows that are not one node each: each read by {@code mapper}. */
	public <K, V> Map<K, List<V>> groupedRows(String cypher, Collection<K> keys, Function<K, String> idOf,
			Function<org.neo4j.driver.Record, V> mapper) {
		return byId(cypher, keys, idOf, mapper);
	}

	/** Batches keyed by {@code idOf}: {@code $ids} holds the distinct ids, rows carry the id in {@code key}. */
	private <K, V> Map<K, List<V>> byId(String cypher, Collection<K> keys, Function<K, String> idOf,
			Function<org.neo4j.driver.Record, V> mapper) {
		List<String> ids = keys.stream().map(idOf).distinct().toList();
		return everyKey(keys, idOf, rows(cypher, Map.of("ids", ids), row -> row.get("key").asString(), mapper));
	}

	private <K, V> Map<K, List<V>> rows(String cypher, Map<String, ?> params,
			Function<org.neo4j.driver.Record, K> keyOf, Function<org.neo4j.driver.Record, V> mapper) {
		Map<K, List<V>> rows = new HashMap<>();
		query(cypher, params, row -> new Row<>(keyOf.apply(row), mapper.apply(row)))
			.forEach(row -> rows.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row.value()));
		return rows;
	}

	/** Every key in order, with its rows or an empty list. */
	private static <K, J, V> Map<K, List<V>> everyKey(Collection<K> keys, Function<K, J> rowKeyOf,
			Map<J, List<V>> rows) {
		Map<K, List<V>> result = new LinkedHashMap<>();
		keys.forEach(k -> result.put(k, rows.getOrDefault(rowKeyOf.apply(k), List.of())));
		return result;
	}

	/** The first of each key's list; keys with none are left out. */
	private static <K, V> Map<K, V> firsts(Map<K, List<V>> grouped) {
		Map<K, V> result = new LinkedHashMap<>();
		grouped.forEach((k, v) -> {
			if (!v.isEmpty()) {
				result.put(k, v.get(0));
			}
		});
		return result;
	}

	private record Row<K, V>(K key, V value) {
	}

	/** A batch key for a relationship that is read as at a date. */
	public record AsOfKey(String id, LocalDate asOf) {
	}

}
