package org.partnershiphub.common;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Field;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * GraphQL wiring shared by every feature: the Date and Money scalars, limits on what a request may ask, the
 * one place exceptions become GraphQL errors, and a startup check that every schema field is mapped.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/**
	 * Limits on what one request may ask: depth, complexity, aliased root fields, document length and running time
	 * (the database transaction has its own timeout, {@code spring.transaction.default-timeout}).
	 */
	@ConfigurationProperties("hub.graphql")
	record Limits(int maxDepth, int maxComplexity, int maxAliases, int maxDocumentLength, Duration timeout) {
		Limits {
			maxDepth = (maxDepth > 0) ? maxDepth : 12;
			maxComplexity = (maxComplexity > 0) ? maxComplexity : 5000;
			maxAliases = (maxAliases > 0) ? maxAliases : 20;
			maxDocumentLength = (maxDocumentLength > 0) ? maxDocumentLength : 20_000;
			timeout = (timeout != null) ? timeout : Duration.ofSeconds(15);
		}
	}

	/** Refuses documents longer than the limit before they are parsed. */
	@Bean
	WebGraphQlInterceptor documentLength(Limits limits) {
		return (request, chain) -> {
			if (request.getDocument().length() <= limits.maxDocumentLength()) {
				return chain.next(request);
			}
			GraphQLError error = GraphQLError.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message("The document is longer than " + limits.maxDocumentLength() + " characters")
				.build();
			return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
					ExecutionResult.newExecutionResult().addError(error).build())));
		};
	}

	@Bean
	TimeoutWebGraphQlInterceptor timeout(Limits limits) {
		return new TimeoutWebGraphQlInterceptor(limits.timeout());
	}

	/** Refuses an operation with more aliased root fields than the limit: each alias repeats a whole query. */
	@Bean
	Instrumentation maxAliases(Limits limits) {
		return new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				long aliases = parameters.getExecutionContext()
					.getOperationDefinition()
					.getSelectionSet()
					.getSelectionsOfType(Field.class)
					.stream()
					.filter(field -> field.getAlias() != null)
					.count();
				if (aliases > limits.maxAliases()) {
					throw new AbortExecutionException(
							"The operation has " + aliases + " aliased root fields; at most " + limits.maxAliases());
				}
				return super.beginExecuteOperation(parameters, state);
			}
		};
	}

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(date()).scalar(dateTime()).scalar(money());
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(Limits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(Limits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
	}

	/**
	 * Parses and validates each distinct document once: apps send the same few queries with different variables, and
	 * parsing dominates small requests. Bounded, least recently used first out.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		Map<String, PreparsedDocumentEntry> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > 1000;
			}
		});
		PreparsedDocumentProvider provider = (input, parseAndValidate) -> CompletableFuture
			.completedFuture(cache.computeIfAbsent(input.getQuery(), query -> parseAndValidate.apply(input)));
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
	}

	/** Fails startup when a schema field has no data fetcher, instead of answering null at run time. */
	@Bean
	GraphQlSourceBuilderCustomizer failOnUnmappedFields() {
		return builder -> builder.inspectSchemaMappings(report -> {
			if (!report.unmappedFields().isEmpty() || !report.unmappedArguments().isEmpty()) {
				throw new IllegalStateException("GraphQL schema has unmapped fields or arguments:\n" + report);
			}
		});
	}

	/**
	 * Malformed requests become BAD_REQUEST with their message, optimistic edits of stale versions CONFLICT. Anything else falls through to Spring's default,
	 * which answers INTERNAL_ERROR with only the execution id: no stack trace, Cypher or class names.
	 */
	@Bean
	DataFetcherExceptionResolver badRequests() {
		return new DataFetcherExceptionResolverAdapter() {
			@Override
			protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
				if (refusedWrite(ex)) {
					return GraphQLError.newError()
						.errorType(graphql.ErrorClassification.errorClassification("UNAVAILABLE"))
						.message("The database is read-only at the moment: changes cannot be saved. Reads are still served.")
						.path(env.getExecutionStepInfo().getPath())
						.location(env.getField().getSourceLocation())
						.build();
				}
				if (ex instanceof org.partnershiphub.audit.ConflictException) {
					return GraphQLError.newError()
						.errorType(graphql.ErrorClassification.errorClassification("CONFLICT"))
						.message(ex.getMessage())
						.path(env.getExecutionStepInfo().getPath())
						.location(env.getField().getSourceLocation())
						.build();
				}
				if (ex instanceof BadRequestException) {
					return GraphQLError.newError()
						.errorType(ErrorType.BAD_REQUEST)
						.message(ex.getMessage())
						.path(env.getExecutionStepInfo().getPath())
						.location(env.getField().getSourceLocation())
						.build();
				}
				return null;
			}
		};
	}

	static GraphQLScalarType date() {
		return GraphQLScalarType.newScalar().name("Date").description("ISO-8601 date").coercing(new Coercing<LocalDate, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date) {
					return date.toString();
				}
				throw new CoercingSerializeException("Not a date: " + value);
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				return parseDate(input, CoercingParseValueException::new);
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				return parseDate(input instanceof StringValue s ? s.getValue() : input,
						CoercingParseLiteralException::new);
			}
		}).build();
	}

	/** Timestamps the hub records (imports, changes); read-only, so parsing is only for completeness. */
	static GraphQLScalarType dateTime() {
		return GraphQLScalarType.newScalar().name("DateTime").description("ISO-8601 date and time with offset")
			.coercing(new Coercing<OffsetDateTime, String>() {
				@Override
				public String serialize(Object value, GraphQLContext context, Locale locale) {
					if (value instanceof OffsetDateTime time) {
						return time.toString();
					}
					if (value instanceof ZonedDateTime time) {
						return time.toOffsetDateTime().toString();
					}
					throw new CoercingSerializeException("Not a date-time: " + value);
				}

				@Override
				public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
					try {
						return OffsetDateTime.parse(String.valueOf(input));
					}
					catch (DateTimeParseException ex) {
						throw new CoercingParseValueException("Expected an ISO-8601 date-time, got " + abbreviate(input));
					}
				}
			})
			.build();
	}

	static GraphQLScalarType money() {
		return GraphQLScalarType.newScalar().name("Money").description("Pounds, two decimal places").coercing(new Coercing<BigDecimal, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof BigDecimal amount) {
					return amount.setScale(2).toPlainString();
				}
				throw new CoercingSerializeException("Not money: " + value);
			}

			@Override
			public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
				return parseMoney(input, CoercingParseValueException::new);
			}

			@Override
			public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				return parseMoney(input instanceof StringValue s ? s.getValue() : input,
						CoercingParseLiteralException::new);
			}
		}).build();
	}

	/** A write the database refused because it is read-only (a read-only database, or a follower). */
	static boolean refusedWrite(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof org.neo4j.driver.exceptions.Neo4jException neo4j && neo4j.code() != null
					&& (neo4j.code().contains("WriteOnReadOnlyAccessDatabase") || neo4j.code().contains("ForbiddenOnReadOnlyDatabase")
							|| neo4j.code().contains("NotALeader"))) {
				return true;
			}
		}
		return false;
	}

	private static <E extends RuntimeException> LocalDate parseDate(Object input,
			java.util.function.Function<String, E> error) {
		if (input instanceof String text) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				// fall through to the error below
			}
		}
		throw error.apply("Expected a date as YYYY-MM-DD, got " + abbreviate(input));
	}

	private static <E extends RuntimeException> BigDecimal parseMoney(Object input,
			java.util.function.Function<String, E> error) {
		if (input instanceof String text && text.matches("-?\\d{1,15}(\\.\\d{1,2})?")) {
			return new BigDecimal(text).setScale(2);
		}
		throw error.apply("Expected money as a decimal string with at most two places, e.g. \"1500.00\", got "
				+ abbreviate(input));
	}

	private static String abbreviate(Object input) {
		String text = String.valueOf(input);
		return (text.length() > 40) ? text.substring(0, 40) + "..." : text;
	}

}
