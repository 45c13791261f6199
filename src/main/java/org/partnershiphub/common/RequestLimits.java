package org.partnershiphub.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition.Operation;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLTypeUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Limits on what one request may ask, all checked before any field runs and refused as BAD_REQUEST: document
 * length, depth, aliased root fields (after fragments are expanded), page sizes ({@code first} from 1 to
 * {@link Paging#MAX_FIRST}) and cost. Cost counts every field once per item it may be asked for: a field under a list
 * counts {@code first} times (its default when not given), or {@code listEstimate} times for a list that takes no
 * {@code first}. A request running past the timeout is cancelled: no further field runs, the caller gets an error
 * and the log one line.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	private static final Logger logger = LoggerFactory.getLogger(RequestLimits.class);

	private static final String RUNNING = RequestLimits.class.getName() + ".running";

	/**
	 * @param listEstimate items assumed of a list that takes no {@code first}, for the cost
	 * @param timeout running time after which a request is cancelled (the database transaction has its own,
	 * {@code spring.transaction.default-timeout})
	 */
	@ConfigurationProperties("hub.graphql")
	record Limits(int maxDepth, int maxComplexity, int maxAliases, int maxDocumentLength, int listEstimate,
			Duration timeout) {
		Limits {
			maxDepth = (maxDepth > 0) ? maxDepth : 12;
			maxComplexity = (maxComplexity > 0) ? maxComplexity : 20_000;
			maxAliases = (maxAliases > 0) ? maxAliases : 20;
			maxDocumentLength = (maxDocumentLength > 0) ? maxDocumentLength : 20_000;
			listEstimate = (listEstimate > 0) ? listEstimate : 5;
			timeout = (timeout != null) ? timeout : Duration.ofSeconds(15);
		}
	}

	/** A refusal of the whole request, classified as the caller's mistake. */
	static AbortExecutionException refused(String message) {
		return new AbortExecutionException(
				List.of(GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
	}

	/** Refuses documents longer than the limit before they are parsed. */
	@Bean
	@Order(0)
	WebGraphQlInterceptor documentLength(Limits limits) {
		return (request, chain) -> {
			if (request.getDocument().length() <= limits.maxDocumentLength()) {
				return chain.next(request);
			}
			return Mono.just(answer(request, ErrorType.BAD_REQUEST,
					"The document is longer than " + limits.maxDocumentLength() + " characters"));
		};
	}

	/**
	 * Cancels a query that runs past the timeout, so that no further field runs and what it holds can be freed, and
	 * answers it with one error instead of what it had got so far. One log line per request cancelled. The timer
	 * starts before execution: a request's blocking fields may run on the thread that subscribes. Mutations run to
	 * the end (their transaction has its own timeout): cutting one short after it committed would misreport it.
	 */
	@Bean
	@Order(1)
	WebGraphQlInterceptor timeout(Limits limits) {
		return (request, chain) -> Mono.defer(() -> {
			Running running = new Running();
			request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(RUNNING, running))
				.build());
			Disposable timer = Schedulers.parallel().schedule(running::expire, limits.timeout().toMillis(),
					TimeUnit.MILLISECONDS);
			Mono<WebGraphQlResponse> executed = chain.next(request)
				.map(response -> running.cancelled() ? stopped(request, limits) : response);
			// A cancelled query stops starting fields, but a database call already under way runs on (to its
			// transaction's timeout): the caller is answered at the deadline instead of waiting for it. The timer is
			// subscribed to first: the execution may hold the subscribing thread until it ends.
			Mono<WebGraphQlResponse> overdue = Mono.delay(limits.timeout().plus(GRACE))
				.filter(tick -> running.cancelled())
				.map(tick -> stopped(request, limits));
			return Mono.firstWithValue(overdue, executed).doFinally(signal -> timer.dispose());
		});
	}

	/** What a cancelled query is answered, and its one log line. */
	private static WebGraphQlResponse stopped(WebGraphQlRequest request,
			Limits limits) {
		logger.warn("GraphQL request {} (operation {}) cancelled after {}", request.getId(), request.getOperationName(),
				limits.timeout());
		return answer(request, ErrorType.BAD_REQUEST,
				"The request took longer than " + limits.timeout().toSeconds() + " s and was stopped; ask for less");
	}

	/** How long a cancelled query may take to wind down before its caller is answered without it. */
	private static final Duration GRACE = Duration.ofMillis(500);

	/** The execution of one request, and whether its time is up: whichever comes second cancels it. */
	static final class Running {

		private ExecutionInput input;

		private boolean expired;

		synchronized void begin(ExecutionInput input) {
			this.input = input;
			if (this.expired) {
				input.cancel();
			}
		}

		synchronized void expire() {
			this.expired = true;
			if (this.input != null) {
				this.input.cancel();
			}
		}

		/** Whether this cancelled the execution. */
		synchronized boolean cancelled() {
			return this.expired && this.input != null && this.input.isCancelled();
		}

	}

	/** Hands a running query to {@link #timeout}, which cancels it. */
	@Bean
	Instrumentation cancellable() {
		return new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				var context = parameters.getExecutionContext();
				Running running = context.getGraphQLContext().get(RUNNING);
				if (running != null && context.getOperationDefinition().getOperation() == Operation.QUERY) {
					running.begin(context.getExecutionInput());
				}
				return super.beginExecuteOperation(parameters, state);
			}
		};
	}

	/**
	 * Depth, aliased root fields (after fragments are expanded), page sizes, text arguments and cost, in one walk of the
	 * operation: a name or free text with a control character (other than tab and line breaks), a bidirectional
	 * override or an invisible character is refused, naming the argument, before it can be stored and shown to someone
	 * else. An operation asking only about the schema is exempt from the depth and cost limits
	 * ({@link #introspectionOnly}). A request too deep is told so, not that it would cost too much.
	 * <p>
	 * The walk was a sixteenth of a small read's CPU, and its answer is the same whenever the document (parsed once,
	 * {@code GraphQlConfiguration.parsedDocumentCache}), the operation and the variables that can change it recur:
	 * those giving page sizes or deciding {@code @skip} and {@code @include}. Variables elsewhere are checked as text
	 * on every request, where the walk found them; an operation that passed is not walked again.
	 */
	@Bean
	@Order(0)
	Instrumentation operationChecks(Limits limits) {
		Cache<Document, Set<String>> shaping = Caffeine.newBuilder().maximumSize(1000).build();
		Cache<Walked, List<TextUse>> passed = Caffeine.newBuilder().maximumSize(1000).build();
		return new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				var context = parameters.getExecutionContext();
				Map<String, Object> variables = context.getCoercedVariables().toMap();
				Map<String, Object> shapingValues = new HashMap<>();
				shaping.get(context.getDocument(), RequestLimits::shapingVariables)
					.forEach(name -> shapingValues.put(name, variables.get(name)));
				Walked key = new Walked(context.getDocument(), context.getOperationDefinition().getName(),
						shapingValues);
				List<TextUse> uses = passed.get(key, k -> walk(parameters, limits));
				uses.forEach(use -> checkText(use.path(), variables.get(use.variable())));
				return super.beginExecuteOperation(parameters, state);
			}
		};
	}

	/** A document's operation walked with these values of the variables that can change the walk. */
	private record Walked(Document document, String operationName, Map<String, Object> shapingVariables) {
	}

	/** A variable given as (part of) an argument, checked as text under the argument's name. */
	private record TextUse(String path, String variable) {
	}

	/** Walks the operation and refuses what breaks a limit; the variables given as arguments, to check as text. */
	private static List<TextUse> walk(InstrumentationExecuteOperationParameters parameters, Limits limits) {
		var context = parameters.getExecutionContext();
		int[] aliases = { 0 };
		int[] depth = { 0 };
		List<TextUse> uses = new ArrayList<>();
		// Each field's cost, summed under its parent (null for the root fields); children are visited first.
		Map<QueryVisitorFieldEnvironment, Long> costs = new HashMap<>();
		QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getOperationDefinition().getName())
			.coercedVariables(context.getCoercedVariables())
			.build()
			.visitPostOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment env) {
					if (env.getParentEnvironment() == null && env.getField().getAlias() != null
							&& ++aliases[0] > limits.maxAliases()) {
						throw refused("The operation has more than " + limits.maxAliases() + " aliased root fields");
					}
					if (env.getArguments().get("first") instanceof Integer first
							&& (first < 1 || first > Paging.MAX_FIRST)) {
						throw refused(env.getField().getName() + ": first must be between 1 and " + Paging.MAX_FIRST
								+ ", was " + first);
					}
					env.getField().getArguments().forEach(argument -> text(
							env.getField().getName() + "." + argument.getName(), argument.getValue(), uses));
					int level = 1;
					for (var up = env.getParentEnvironment(); up != null; up = up.getParentEnvironment()) {
						level++;
					}
					depth[0] = Math.max(depth[0], level);
					long cost = env.isTypeNameIntrospectionField() ? 0
							: capped(1 + items(env, limits) * costs.getOrDefault(env, 0L));
					costs.merge(env.getParentEnvironment(), cost, (a, b) -> capped(a + b));
				}
			});
		if (!introspectionOnly(parameters)) {
			if (depth[0] > limits.maxDepth()) {
				throw refused("The operation is " + depth[0] + " fields deep; at most " + limits.maxDepth());
			}
			long cost = costs.getOrDefault(null, 0L);
			if (cost > limits.maxComplexity()) {
				throw refused("The operation could return about " + cost + " values; at most " + limits.maxComplexity()
						+ ": ask for fewer fields or smaller pages");
			}
		}
		return List.copyOf(uses);
	}

	/** Checks the text written in an argument's value, and notes where it names variables. */
	private static void text(String path, Value<?> value, List<TextUse> uses) {
		if (value instanceof StringValue string) {
			checkText(path, string.getValue());
		}
		else if (value instanceof VariableReference variable) {
			uses.add(new TextUse(path, variable.getName()));
		}
		else if (value instanceof ObjectValue object) {
			object.getObjectFields().forEach(field -> text(path + "." + field.getName(), field.getValue(), uses));
		}
		else if (value instanceof ArrayValue array) {
			for (int i = 0; i < array.getValues().size(); i++) {
				text(path + "[" + i + "]", array.getValues().get(i), uses);
			}
		}
	}

	/** The variables a document gives as page sizes ({@code first}) or to directives: they can change the walk. */
	private static Set<String> shapingVariables(Document document) {
		Set<String> names = new HashSet<>();
		shapingVariables(document, false, names);
		return Set.copyOf(names);
	}

	private static void shapingVariables(Node<?> node, boolean shaping, Set<String> names) {
		if (shaping && node instanceof VariableReference variable) {
			names.add(variable.getName());
		}
		boolean beneath = shaping || node instanceof Directive
				|| (node instanceof Argument argument && argument.getName().equals("first"));
		for (Node<?> child : node.getChildren()) {
			shapingVariables(child, beneath, names);
		}
	}

	/** A cost no product of page sizes can overflow. */
	private static long capped(long cost) {
		return Math.min(cost, Integer.MAX_VALUE);
	}

	/** Refuses text with characters that hide or reorder what a reader sees. */
	static void checkText(String path, Object value) {
		if (value instanceof String text) {
			text.codePoints().filter(Validation::hidden).findFirst().ifPresent(c -> {
				throw refused(path + ": contains an invisible, control or direction character (U+%04X); remove it"
					.formatted(c));
			});
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> checkText(path + "." + key, item));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				checkText(path + "[" + i + "]", list.get(i));
			}
		}
	}

	/**
	 * An operation that asks only about the schema (GraphiQL's, codegen's and Postman's introspection query is 13
	 * levels deep): bounded by the schema, so depth and cost do not apply. Production turns introspection off.
	 */
	static boolean introspectionOnly(InstrumentationExecuteOperationParameters parameters) {
		return parameters.getExecutionContext().getOperationDefinition().getSelectionSet().getSelections().stream()
			.allMatch(s -> s instanceof graphql.language.Field f && f.getName().startsWith("__"));
	}

	/**
	 * How many times a field's selection may be repeated: its page size, or the estimate for a plain list. A
	 * connection's edges are its page, already counted by its {@code first}.
	 */
	private static int items(QueryVisitorFieldEnvironment env, Limits limits) {
		if (env.getArguments().get("first") instanceof Integer first) {
			return Math.max(first, 1);
		}
		if (env.getFieldsContainer().getName().endsWith("Connection")
				&& List.of("edges", "nodes").contains(env.getField().getName())) {
			return 1;
		}
		boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()));
		return list ? limits.listEstimate() : 1;
	}

	private static WebGraphQlResponse answer(WebGraphQlRequest request,
			ErrorType type, String message) {
		GraphQLError error = GraphQLError.newError().errorType(type).message(message).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResult.newExecutionResult().addError(error).build()));
	}

}
