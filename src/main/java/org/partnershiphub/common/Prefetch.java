package org.partnershiphub.common;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.VariableReference;
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

	/** Root fields' compiled selections ({@link #plan}); empty where the field selects no hop. */
	private final Cache<PlanKey, Optional<Plan>> plans = Caffeine.newBuilder().maximumSize(1000).build();

	/** The variables beneath a root field, by its nodes in the cached document. */
	private final Cache<List<Field>, Set<String>> beneath = Caffeine.newBuilder().maximumSize(1000).build();

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
			Plan plan = this.enabled ? plan(env) : null;
			if (plan == null) {
				return fetcher.get(env);
			}
			GraphQLContext context = env.getGraphQlContext();
			Store store = context.computeIfAbsent(STORE, k -> new Store());
			Tail tail = (plan.tail() != null) ? tail(plan.tail(), env, plan.page(), store) : null;
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
				return mono.doOnNext(value -> prefetch(value, env, plan, carried));
			}
			if (result instanceof CompletionStage<?> stage) {
				return stage.thenApply(value -> {
					prefetch(value, env, plan, carried);
					return value;
				});
			}
			prefetch(result, env, plan, carried);
			return result;
		};
	}

	/**
	 * The root field's selection compiled, or null when it selects no hop field. Compiling reads graphql-java's
	 * selection set, which builds the whole operation normalised: a tenth of a small read's CPU. The plan is the same
	 * whenever the field's document (parsed once, {@code GraphQlConfiguration.parsedDocumentCache}) and the values of
	 * the variables beneath it recur, so it is kept: apps send the same few queries with different ids.
	 */
	private Plan plan(DataFetchingEnvironment env) {
		List<Field> fields = env.getMergedField().getFields();
		Set<String> names = this.beneath.get(fields, f -> variablesBeneath(f, env.getFragmentsByName()));
		Map<String, Object> values = new HashMap<>();
		names.stream().filter(env.getVariables()::containsKey).forEach(n -> values.put(n, env.getVariables().get(n)));
		return this.plans.get(new PlanKey(fields, values), key -> newPlan(env)).orElse(null);
	}

	private Optional<Plan> newPlan(DataFetchingEnvironment env) {
		if (env.getSelectionSet().getFields().stream().noneMatch(this::isHop)) {
			return Optional.empty();
		}
		boolean page = GraphQLTypeUtil.unwrapAll(env.getFieldType()).getName().endsWith("Connection");
		List<SelectedField> fields = fields(env, page);
		Set<String> types = fields.stream()
			.flatMap(field -> field.getObjectTypeNames().stream()
				.filter(type -> this.hops.containsKey(type + "." + field.getName())))
			.collect(Collectors.toSet());
		// The root's own query carries the selection when the hop fields it selects are all on one type.
		Compiled tail = (types.size() == 1) ? compiled(types.iterator().next(), fields) : null;
		return Optional.of(new Plan(page, tail));
	}

	/** The fields selected on the root's records: on a page's nodes, or on the records themselves. */
	private static List<SelectedField> fields(DataFetchingEnvironment env, boolean page) {
		return page ? env.getSelectionSet().getFields("edges/node/*") : env.getSelectionSet().getImmediateFields();
	}

	/** The variables the selection beneath a root field refers to, fragments and all: the plan's other inputs. */
	private static Set<String> variablesBeneath(List<Field> fields, Map<String, FragmentDefinition> fragments) {
		Set<String> names = new HashSet<>();
		Set<String> spread = new HashSet<>();
		for (Field field : fields) {
			if (field.getSelectionSet() != null) {
				variablesIn(field.getSelectionSet(), fragments, names, spread);
			}
		}
		return Set.copyOf(names);
	}

	private static void variablesIn(Node<?> node, Map<String, FragmentDefinition> fragments, Set<String> names,
			Set<String> spread) {
		if (node instanceof VariableReference variable) {
			names.add(variable.getName());
		}
		if (node instanceof FragmentSpread fragment && spread.add(fragment.getName())
				&& fragments.containsKey(fragment.getName())) {
			variablesIn(fragments.get(fragment.getName()), fragments, names, spread);
		}
		for (Node<?> child : node.getChildren()) {
			variablesIn(child, fragments, names, spread);
		}
	}

	/**
	 * The nested selection of the root field being fetched on this thread, for the query that reads the root's records
	 * of {@code type} (any type when null) to carry, so that the root and all beneath it take one round trip; null when
	 * there is none, or another query took it. Records the tail has not read are prefetched after the root answers.
	 */
	public static Tail take(String type) {
		Tail tail = TAIL.get();
		if (tail == null || (type != null && !type.equals(tail.type()))) {
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
	private void prefetch(Object result, DataFetchingEnvironment env, Plan plan, Set<Object> carried) {
		Object data = (result instanceof DataFetcherResult<?> r) ? r.getData() : result;
		Collection<?> items;
		if (data instanceof Window<?> window) {
			items = window.getContent();
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
				Compiled compiled = plan.byType()
					.computeIfAbsent(sources.getKey(),
							type -> Optional.ofNullable(compiled(type, fields(env, plan.page()))))
					.orElse(null);
				Tail tail = (compiled != null) ? tail(compiled, env, plan.page(), store) : null;
				if (tail != null) {
					prefetch(tail, sources.getValue());
				}
			}
			catch (RuntimeException ex) {
				// The fields' own fetchers answer instead, and report their own errors.
				logger.warn("Nested selection not prefetched; resolving field by field", ex);
			}
		}
	}

	private void prefetch(Tail tail, List<Record> sources) {
		Map<String, List<Record>> byId = new HashMap<>();
		sources.forEach(r -> byId.computeIfAbsent(idOf(r), id -> new ArrayList<>()).add(r));
		String cypher = "UNWIND $ids AS id\nMATCH (s:" + Label.valueOf(tail.type()) + " {id: id})\n"
				+ tail.returning("s", "id AS key");
		this.graph.query(cypher, tail.params(Map.of("ids", List.copyOf(byId.keySet()))), row -> {
			byId.get(row.get("key").asString()).forEach(source -> tail.read(source, row));
			return row.get("key").asString();
		});
	}

	/**
	 * This request's tail: the dates as at which the caller reads the fields. When the caller may not read one (the
	 * public asking for a past register), the selection is compiled for this request without that field, whose own
	 * fetcher then refuses it; null when nothing is left.
	 */
	private Tail tail(Compiled compiled, DataFetchingEnvironment env, boolean page, Store store) {
		GraphQLContext context = env.getGraphQlContext();
		Map<String, Object> params = new HashMap<>();
		try {
			compiled.dates().forEach(d -> params.put(d.key(), d.hop().asOf().of(context, d.argument())));
			return new Tail(compiled, params, store);
		}
		catch (RuntimeException refused) {
			params.clear();
			List<Step> steps = compile(compiled.type(), fields(env, page),
					(key, hop, argument) -> params.put(key, hop.asOf().of(context, argument)), new int[1]);
			return steps.isEmpty() ? null : new Tail(new Compiled(compiled.type(), steps, List.of()), params, store);
		}
	}

	/** The hop fields among {@code fields} on {@code type}, with the dates they take; null when there are none. */
	private Compiled compiled(String type, List<SelectedField> fields) {
		List<Dated> dates = new ArrayList<>();
		List<Step> steps = compile(type, fields, (key, hop, argument) -> dates.add(new Dated(key, hop, argument)),
				new int[1]);
		return steps.isEmpty() ? null : new Compiled(type, steps, List.copyOf(dates));
	}

	/**
	 * The hop fields among {@code fields} on {@code type}, each with its own hop fields beneath it, under keys numbered
	 * from {@code next}; each time-bound one's date is given to {@code dates}, and the field is left out when that
	 * refuses it.
	 */
	private List<Step> compile(String type, List<SelectedField> fields, Dates dates, int[] next) {
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
					dates.add(key, hop, (LocalDate) asOf);
				}
				catch (RuntimeException refused) {
					// The field's own fetcher refuses it, in its place.
					continue;
				}
			}
			String target = hop.target().getSimpleName();
			List<SelectedField> selected = field.getSelectionSet().getImmediateFields();
			List<Step> nested = compile(target, selected, dates, next);
			steps.add(new Step(key, field.getResultKey(), hop, properties(hop.target(), target, selected, nested),
					nested));
		}
		return steps;
	}

	/** Where {@link #compile} puts a time-bound field's date argument (null when not given); may refuse it. */
	@FunctionalInterface
	private interface Dates {

		void add(String key, Hop hop, LocalDate argument);

	}

	/** A time-bound field's parameter and argument: its date is the caller's to read, so it is found per request. */
	private record Dated(String key, Hop hop, LocalDate argument) {
	}

	/** A root field's selection compiled: on its records' one type for its own query to carry, and on each type. */
	private record Plan(boolean page, Compiled tail, Map<String, Optional<Compiled>> byType) {

		Plan(boolean page, Compiled tail) {
			this(page, tail, new ConcurrentHashMap<>());
		}

	}

	/** The root field's merged field nodes in its cached document, and the variables beneath it with their values. */
	private record PlanKey(List<Field> fields, Map<String, Object> variables) {
	}

	/** The hop fields selected on a type as subqueries, the dates they take, and the query texts built from them. */
	private record Compiled(String type, List<Step> steps, List<Dated> dates, Map<String, String> texts) {

		Compiled(String type, List<Step> steps, List<Dated> dates) {
			this(type, steps, dates, new ConcurrentHashMap<>());
		}

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
		Set<String> read = new LinkedHashSet<>(List.of("id", "withheld"));
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
		 * expressions nested in projections would be run as separate plans row by row. A list's targets have their
		 * properties read once, into a map that the condition, the order and the answer read: each reference to a
		 * node's property reads its stored properties again (an eighth of the nested boards query's time).
		 */
		String call(String source) {
			String n = "v" + this.key;
			StringBuilder cypher = new StringBuilder("CALL (").append(source).append(") {\n");
			String projected = n;
			if (this.hop.many()) {
				projected = n + "m";
				Set<String> read = new LinkedHashSet<>(this.properties);
				read.addAll(this.hop.targetProperties());
				String condition = this.hop.condition(source, n, projected, "$" + this.key);
				cypher.append(this.hop.pattern(source, n)).append("\nWITH *, ").append(projection(n, read, List.of()))
					.append(" AS ").append(projected).append((condition != null) ? " WHERE " + condition : "")
					.append('\n');
			}
			else {
				cypher.append("OPTIONAL ").append(this.hop.match(source, n, "$" + this.key)).append("\nWITH ").append(n)
					.append(" LIMIT 1\n");
			}
			this.nested.forEach(step -> cypher.append(step.call(n)));
			String projection = projection(projected, this.properties, this.nested);
			String order = this.hop.order(source, n, projected);
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

		/** A map projection of {@code properties} of {@code variable}, with the answers of {@code nested}. */
		private static String projection(String variable, Collection<String> properties, List<Step> nested) {
			return variable + " {" + Stream.concat(properties.stream().map(p -> "." + p),
					nested.stream().map(step -> step.key() + ": " + step.key()))
				.collect(Collectors.joining(", ")) + "}";
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

		private final Compiled compiled;

		private final Map<String, Object> params;

		private final Store store;

		private final Set<Object> filled = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

		private Tail(Compiled compiled, Map<String, Object> params, Store store) {
			this.compiled = compiled;
			this.params = params;
			this.store = store;
		}

		/** The GraphQL type (and label) of the records whose selection this is. */
		public String type() {
			return this.compiled.type();
		}

		/**
		 * The subqueries from {@code node}, each binding one selected field's answer, then a {@code RETURN} of
		 * {@code columns} and a map of every subquery's answer, for {@link #read}.
		 */
		public String returning(String node, String columns) {
			List<Step> steps = this.compiled.steps();
			return this.compiled.texts().computeIfAbsent(node + "\n" + columns,
					k -> steps.stream().map(step -> step.call(node)).collect(Collectors.joining()) + "RETURN " + columns
							+ ", {" + steps.stream().map(step -> step.key() + ": " + step.key())
								.collect(Collectors.joining(", "))
							+ "} AS " + COLUMN);
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
			for (Step step : this.compiled.steps()) {
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
