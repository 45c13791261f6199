package org.partnershiphub.common;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SelectedField;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Window;

/**
 * Fetches a query's whole nested selection in one Cypher query. When a root field has answered (a node, a list or a
 * page of them), the {@link Hop} fields selected beneath it, however deep, are compiled into one query of nested
 * {@code CALL} subqueries returning map projections of the properties selected, and their answers are kept for this
 * request; each hop field then answers from them at once, with no batch loader, executor hop, context snapshot or
 * further round trip. Where the root's records are a page ({@code Graph.page}) or nodes by id, the query reading them
 * carries the compiled subqueries ({@link #take}), and the whole request takes one round trip. A field the
 * compiler does not know (or one whose arguments it cannot read) resolves as before, through its own fetcher, on the
 * records built here.
 * <p>
 * The lookups are the innermost {@link FetcherWrapper}s, so redaction still applies to what they answer. Aliases
 * never reach the Cypher: each field is a generated key and each date a parameter.
 */
@Configuration(proxyBeanMethods = false)
public class Prefetch {

	private static final Logger logger = LoggerFactory.getLogger(Prefetch.class);

	private static final String STORE = Prefetch.class.getName() + ".store";

	/** The root field's nested selection while its fetcher runs on this thread (controllers run inline). */
	private static final ThreadLocal<Tail> TAIL = new ThreadLocal<>();

	private final Map<String, Hop> hops;

	private final Graph graph;

	/** {@code hub.graphql.prefetch}: off only to compare answers and timings with field-by-field resolution. */
	private volatile boolean enabled;

	Prefetch(List<Hops> hops, Graph graph,
			@org.springframework.beans.factory.annotation.Value("${hub.graphql.prefetch:true}") boolean enabled) {
		this.enabled = enabled;
		this.hops = hops.stream()
			.flatMap(h -> h.hops().stream())
			.collect(Collectors.toMap(h -> h.type() + "." + h.field(), Function.identity()));
		this.graph = graph;
	}

	/** A feature's hop fields, as a bean. */
	public record Hops(List<Hop> hops) {

		public Hops(Hop... hops) {
			this(List.of(hops));
		}

	}

	/** Query fields: after the root answers, its nested selection is fetched (inside the context decorator). */
	@Bean
	GraphQlSourceBuilderCustomizer prefetchNestedSelections() {
		return builder -> builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {
			@Override
			public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
					TraverserContext<GraphQLSchemaElement> context) {
				if (context.getParentNode() instanceof GraphQLObjectType type && type.getName().equals("Query")) {
					GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
					FieldCoordinates coordinates = FieldCoordinates.coordinates(type.getName(), field.getName());
					registry.dataFetcher(coordinates, root(registry.getDataFetcher(coordinates, field)));
				}
				return TraversalControl.CONTINUE;
			}
		}));
	}

	/** Hop fields answer from the store: innermost of the outer wrappers, so that redaction sits outside. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	FetcherWrapper prefetchedAnswers() {
		return (type, field, fetcher) -> this.hops.containsKey(type.getName() + "." + field.getName()) ? lookup(fetcher)
				: fetcher;
	}

	private DataFetcher<?> root(DataFetcher<?> fetcher) {
		return env -> {
			if (!this.enabled || env.getSelectionSet().getFields().stream().noneMatch(this::isHop)) {
				return fetcher.get(env);
			}
			Tail tail = tail(env);
			Object result;
			TAIL.set(tail);
			try {
				result = fetcher.get(env);
			}
			finally {
				TAIL.remove();
			}
			Set<Object> carried = (tail != null) ? tail.filled : Set.of();
			// Controllers run on the request's thread and answer values; one declared to answer a Mono or a future
			// (none at the root today, or any were controllers put back on an executor) is prefetched when it completes.
			if (result instanceof Mono<?> mono) {
				return mono.doOnNext(value -> prefetch(value, env, carried));
			}
			if (result instanceof CompletionStage<?> stage) {
				return stage.thenApply(value -> {
					prefetch(value, env, carried);
					return value;
				});
			}
			prefetch(result, env, carried);
			return result;
		};
	}

	/**
	 * The nested selection compiled for the root's own query to carry (see {@link #take}), when the hop fields the root
	 * field selects are all on one type; null otherwise.
	 */
	private Tail tail(DataFetchingEnvironment env) {
		boolean page = GraphQLTypeUtil.unwrapAll(env.getFieldType()).getName().endsWith("Connection");
		List<SelectedField> fields = page ? env.getSelectionSet().getFields("edges/node/*")
				: env.getSelectionSet().getImmediateFields();
		Set<String> types = fields.stream()
			.flatMap(field -> field.getObjectTypeNames().stream()
				.filter(type -> this.hops.containsKey(type + "." + field.getName())))
			.collect(Collectors.toSet());
		if (types.size() != 1) {
			return null;
		}
		GraphQLContext context = env.getGraphQlContext();
		return compiled(types.iterator().next(), fields, context, context.computeIfAbsent(STORE, k -> new Store()));
	}

	/** The hop fields among {@code fields} on {@code type}, as subqueries keeping answers in {@code store}; or null. */
	private Tail compiled(String type, List<SelectedField> fields, GraphQLContext context, Store store) {
		Map<String, Object> params = new HashMap<>();
		List<Step> steps = compile(type, fields, context, params, new int[1]);
		return steps.isEmpty() ? null : new Tail(type, steps, params, store);
	}

	/**
	 * The nested selection of the root field being fetched on this thread, for the query that reads the root's records
	 * of {@code type} (any type when null) to carry, so that the root and all beneath it take one round trip; null when
	 * there is none, or another query took it. Records the tail has not read are prefetched after the root answers.
	 */
	public static Tail take(String type) {
		Tail tail = TAIL.get();
		if (tail == null || (type != null && !type.equals(tail.type))) {
			return null;
		}
		TAIL.remove();
		return tail;
	}

	private static DataFetcher<?> lookup(DataFetcher<?> fetcher) {
		return env -> {
			Store store = env.getGraphQlContext().get(STORE);
			Object[] fetched = (store != null) ? store.get(env.getSource(), env.getField().getResultKey()) : null;
			return (fetched != null) ? fetched[0] : fetcher.get(env);
		};
	}

	private boolean isHop(SelectedField field) {
		return field.getObjectTypeNames().stream().anyMatch(t -> this.hops.containsKey(t + "." + field.getName()));
	}

	/** The records a root field answered, and the fields selected on them, but those its own query carried. */
	private void prefetch(Object result, DataFetchingEnvironment env, Set<Object> carried) {
		Object data = (result instanceof DataFetcherResult<?> r) ? r.getData() : result;
		List<SelectedField> fields = env.getSelectionSet().getImmediateFields();
		Collection<?> items;
		if (data instanceof Window<?> window) {
			items = window.getContent();
			fields = env.getSelectionSet().getFields("edges/node/*");
		}
		else if (data instanceof Collection<?> list) {
			items = list;
		}
		else if (data instanceof Record) {
			items = List.of(data);
		}
		else {
			return;
		}
		Map<String, List<Record>> byType = new LinkedHashMap<>();
		items.stream()
			.filter(Record.class::isInstance)
			.filter(item -> !carried.contains(item))
			.map(Record.class::cast)
			.forEach(r -> byType.computeIfAbsent(r.getClass().getSimpleName(), t -> new ArrayList<>()).add(r));
		Store store = env.getGraphQlContext().computeIfAbsent(STORE, k -> new Store());
		for (Map.Entry<String, List<Record>> sources : byType.entrySet()) {
			try {
				prefetch(sources.getKey(), sources.getValue(), fields, env.getGraphQlContext(), store);
			}
			catch (RuntimeException ex) {
				// The fields' own fetchers answer instead, and report their own errors.
				logger.warn("Nested selection not prefetched; resolving field by field", ex);
			}
		}
	}

	private void prefetch(String type, List<Record> sources, List<SelectedField> fields, GraphQLContext context,
			Store store) {
		Tail tail = compiled(type, fields, context, store);
		if (tail == null) {
			return;
		}
		Map<String, List<Record>> byId = new HashMap<>();
		sources.forEach(r -> byId.computeIfAbsent(idOf(r), id -> new ArrayList<>()).add(r));
		String cypher = "UNWIND $ids AS id\nMATCH (s:" + Label.valueOf(type) + " {id: id})\n"
				+ tail.returning("s", "id AS key");
		this.graph.query(cypher, tail.params(Map.of("ids", List.copyOf(byId.keySet()))), row -> {
			byId.get(row.get("key").asString()).forEach(source -> tail.read(source, row));
			return row.get("key").asString();
		});
	}

	/**
	 * The hop fields among {@code fields} on {@code type}, each with its own hop fields beneath it; their dates go into
	 * {@code params}, under keys numbered from {@code next}.
	 */
	private List<Step> compile(String type, List<SelectedField> fields, GraphQLContext context,
			Map<String, Object> params, int[] next) {
		List<Step> steps = new ArrayList<>();
		for (SelectedField field : fields) {
			Hop hop = this.hops.get(type + "." + field.getName());
			if (hop == null || !field.getObjectTypeNames().contains(type)) {
				continue;
			}
			Map<String, Object> arguments = new HashMap<>(field.getArguments());
			Object asOf = arguments.remove("asOf");
			arguments.values().removeIf(java.util.Objects::isNull);
			if (!arguments.isEmpty() || (asOf != null && hop.asOf() == null)) {
				continue;
			}
			String key = "h" + next[0]++;
			if (hop.asOf() != null) {
				try {
					params.put(key, hop.asOf().of(context, (LocalDate) asOf));
				}
				catch (RuntimeException refused) {
					// The field's own fetcher refuses it, in its place.
					continue;
				}
			}
			String target = hop.target().getSimpleName();
			List<SelectedField> selected = field.getSelectionSet().getImmediateFields();
			List<Step> nested = compile(target, selected, context, params, next);
			steps.add(new Step(key, field.getResultKey(), hop, properties(hop.target(), target, selected, nested),
					nested));
		}
		return steps;
	}

	/**
	 * The stored properties the selection on a target reads: the components its selected fields name, and the id and
	 * withheld flag, which fetchers and redaction read whatever is selected. A selected field that is neither a
	 * component nor compiled here (a field with its own fetcher) may read any component: then all are read.
	 */
	private static List<String> properties(Class<? extends Record> record, String type, List<SelectedField> selected,
			List<Step> nested) {
		Map<String, String> stored = new LinkedHashMap<>();
		for (RecordComponent component : record.getRecordComponents()) {
			stored.put(component.getName(),
					component.getName() + (component.getType() == java.math.BigDecimal.class ? "Pence" : ""));
		}
		Set<String> compiled = nested.stream().map(Step::resultKey).collect(Collectors.toSet());
		Set<String> read = new java.util.LinkedHashSet<>(List.of("id", "withheld"));
		for (SelectedField field : selected) {
			if (!field.getObjectTypeNames().contains(type) || field.getName().equals("__typename")
					|| compiled.contains(field.getResultKey())) {
				continue;
			}
			if (!stored.containsKey(field.getName()) && !field.getName().equals("redacted")) {
				return List.copyOf(stored.values());
			}
			read.add(field.getName());
		}
		return read.stream().filter(stored::containsKey).map(stored::get).toList();
	}

	private static String idOf(Record record) {
		try {
			return (String) record.getClass().getMethod("id").invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(record.getClass().getSimpleName() + " has no id", ex);
		}
	}

	/**
	 * One hop field of the selection: {@code key} in the query, {@code resultKey} in the response, and the target's
	 * properties to read ({@code properties}: its record's components the selection reads).
	 */
	private record Step(String key, String resultKey, Hop hop, List<String> properties, List<Step> nested) {

		/**
		 * A {@code CALL} subquery from {@code source} that binds {@code key} to the field's answer: a list collected in
		 * the field's order, or one map (null when there is none). Subqueries plan as joins, where subquery
		 * expressions nested in projections would be run as separate plans row by row.
		 */
		String call(String source) {
			String n = "v" + this.key;
			StringBuilder cypher = new StringBuilder("CALL (").append(source).append(") {\n");
			if (this.hop.many()) {
				cypher.append(this.hop.match(source, n, "$" + this.key)).append('\n');
			}
			else {
				cypher.append("OPTIONAL ").append(this.hop.match(source, n, "$" + this.key)).append("\nWITH ").append(n)
					.append(" LIMIT 1\n");
			}
			this.nested.forEach(step -> cypher.append(step.call(n)));
			String projection = n + " {" + Stream.concat(this.properties.stream().map(p -> "." + p),
					this.nested.stream().map(step -> step.key() + ": " + step.key()))
				.collect(Collectors.joining(", ")) + "}";
			String order = this.hop.order(source, n);
			if (!this.hop.many()) {
				cypher.append("RETURN ").append(projection);
			}
			else {
				cypher.append((order != null) ? "WITH * ORDER BY " + order + "\n" : "")
					.append("RETURN collect(")
					.append(projection)
					.append(")");
			}
			return cypher.append(" AS ").append(this.key).append("\n}\n").toString();
		}

		Object read(Value value, Store store) {
			if (this.hop.many()) {
				return value.isNull() ? List.of() : value.asList(v -> build(v, store));
			}
			return value.isNull() ? null : build(value, store);
		}

		private Record build(Value value, Store store) {
			Record record = NodeMapper.map(value, this.hop.target());
			for (Step step : this.nested) {
				store.put(record, step.resultKey(), step.read(value.get(step.key()), store));
			}
			return record;
		}

	}

	/**
	 * A nested selection as {@code CALL} subqueries, carried by the root's own query or by the one that follows it:
	 * {@link #returning} from the variable holding each node, bound with {@link #params}, and {@link #read} for each
	 * record of a row.
	 */
	public static final class Tail {

		/** The column a row carries its node's nested answers in. */
		private static final String COLUMN = "prefetched";

		private final String type;

		private final List<Step> steps;

		private final Map<String, Object> params;

		private final Store store;

		private final Set<Object> filled = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

		private Tail(String type, List<Step> steps, Map<String, Object> params, Store store) {
			this.type = type;
			this.steps = steps;
			this.params = params;
			this.store = store;
		}

		/** The GraphQL type (and label) of the records whose selection this is. */
		public String type() {
			return this.type;
		}

		/**
		 * The subqueries from {@code node}, each binding one selected field's answer, then a {@code RETURN} of
		 * {@code columns} and a map of every subquery's answer, for {@link #read}.
		 */
		public String returning(String node, String columns) {
			return this.steps.stream().map(step -> step.call(node)).collect(Collectors.joining()) + "RETURN " + columns
					+ ", {" + this.steps.stream().map(step -> step.key() + ": " + step.key()).collect(Collectors.joining(", "))
					+ "} AS " + COLUMN;
		}

		/** The query's own parameters with the subqueries' (the fields' dates). */
		public Map<String, Object> params(Map<String, ?> own) {
			Map<String, Object> all = new HashMap<>(this.params);
			all.putAll(own);
			return all;
		}

		/** Keeps the answers {@code row} carries (see {@link #returning}) for {@code record}, built from it. */
		public <T> T read(T record, org.neo4j.driver.Record row) {
			Value value = row.get(COLUMN);
			for (Step step : this.steps) {
				this.store.put(record, step.resultKey(), step.read(value.get(step.key()), this.store));
			}
			synchronized (this.filled) {
				this.filled.add(record);
			}
			return record;
		}

	}

	/** A request's prefetched answers, by the object a field is read from (by identity) and the field's result key. */
	private static final class Store {

		private final Map<Object, Map<String, Object>> values = new IdentityHashMap<>();

		synchronized void put(Object source, String resultKey, Object value) {
			this.values.computeIfAbsent(source, s -> new HashMap<>()).put(resultKey, value);
		}

		/** The answer in a one-element array (it may be null), or null when none was fetched. */
		synchronized Object[] get(Object source, String resultKey) {
			Map<String, Object> fetched = this.values.get(source);
			return (fetched != null && fetched.containsKey(resultKey)) ? new Object[] { fetched.get(resultKey) } : null;
		}

	}

}
