package org.partnershiphub.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.CoercedVariables;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.dataloader.DataLoaderRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * GraphQL wiring shared by every feature: the Date and Money scalars, limits on what a request may ask, the
 * one place exceptions become GraphQL errors, and a startup check that every schema field is mapped.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(date()).scalar(dateTime()).scalar(money());
	}

	/**
	 * Every connection's {@code totalCount}: the count its {@link Page} carries as local context, run only when
	 * asked for.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer totalCounts() {
		DataFetcher<Long> total = env -> (env.getLocalContext() instanceof Page<?> page) ? page.total().get() : null;
		return builder -> builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {
			@Override
			public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
					TraverserContext<GraphQLSchemaElement> context) {
				if (field.getName().equals("totalCount") && context.getParentNode() instanceof GraphQLObjectType type
						&& type.getName().endsWith("Connection")) {
					context.getVarFromParents(GraphQLCodeRegistry.Builder.class)
						.dataFetcher(FieldCoordinates.coordinates(type.getName(), field.getName()), total);
				}
				return TraversalControl.CONTINUE;
			}
		}));
	}

	/**
	 * Controller methods run on the thread resolving the request, a virtual thread in production: Boot would hand each
	 * blocking controller call to another virtual thread, a hop that cost about 0.7 ms of a 4 ms person read at one
	 * client and an eighth of the throughput at four, and bought no parallelism worth having on two cores. Tests,
	 * which run on platform threads, resolve the same way.
	 */
	@Bean
	static BeanPostProcessor controllersOnTheRequestThread() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate(method -> false);
				}
				return bean;
			}
		};
	}

	/**
	 * Applies the {@link FetcherWrapper}s to the schema as built, where Spring for GraphQL has already decorated the
	 * fetchers that need thread-local context: a wrapper that answers a field itself then costs no context snapshot.
	 * The instrumentations are chained for whole operations only ({@link OperationInstrumentation}).
	 */
	@Bean
	static BeanPostProcessor outerFetchers(ObjectProvider<FetcherWrapper> wrappers) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof GraphQlSource source)) {
					return bean;
				}
				GraphQLSchema schema = wrapped(source.schema(), wrappers.orderedStream().toList());
				GraphQL graphQl = source.graphQl()
					.transform(builder -> builder.schema(schema).instrumentation(operationsOnly(source.graphQl())));
				return new GraphQlSource() {
					@Override
					public GraphQL graphQl() {
						return graphQl;
					}

					@Override
					public GraphQLSchema schema() {
						return schema;
					}
				};
			}
		};
	}

	private static Instrumentation operationsOnly(GraphQL graphQl) {
		Instrumentation built = graphQl.getInstrumentation();
		return new OperationInstrumentation(
				(built instanceof ChainedInstrumentation chain) ? chain.getInstrumentations() : List.of(built));
	}

	static GraphQLSchema wrapped(GraphQLSchema schema, List<FetcherWrapper> wrappers) {
		GraphQLCodeRegistry registry = schema.getCodeRegistry();
		GraphQLCodeRegistry.Builder fetchers = GraphQLCodeRegistry.newCodeRegistry(registry);
		for (GraphQLNamedType named : schema.getAllTypesAsList()) {
			if (named instanceof GraphQLObjectType type && !type.getName().startsWith("__")) {
				for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
					DataFetcher<?> original = registry.getDataFetcher(type, field);
					DataFetcher<?> fetcher = original;
					for (FetcherWrapper wrapper : wrappers) {
						fetcher = wrapper.wrap(type, field, fetcher);
					}
					if (fetcher != original) {
						fetchers.dataFetcher(FieldCoordinates.coordinates(type, field), fetcher);
					}
				}
			}
		}
		return schema.transformWithoutTypes(builder -> builder.codeRegistry(fetchers.build()));
	}

	/**
	 * Spring for GraphQL's registry of batch loaders, except that a request's loaders are created when it first asks
	 * for one ({@link UsedDataLoaders}), not all of them before it starts.
	 */
	@Bean
	BatchLoaderRegistry batchLoaderRegistry() {
		BatchLoaderRegistry loaders = new DefaultBatchLoaderRegistry();
		return new BatchLoaderRegistry() {
			@Override
			public <K, V> RegistrationSpec<K, V> forTypePair(Class<K> keyType, Class<V> valueType) {
				return loaders.forTypePair(keyType, valueType);
			}

			@Override
			public <K, V> RegistrationSpec<K, V> forName(String name) {
				return loaders.forName(name);
			}

			@Override
			public void registerDataLoaders(DataLoaderRegistry registry, GraphQLContext context) {
				if (registry instanceof UsedDataLoaders used) {
					used.defer(deferred -> loaders.registerDataLoaders(deferred, context));
				}
				else {
					loaders.registerDataLoaders(registry, context);
				}
			}
		};
	}

	/** A request's loaders are created and dispatched only when its fields ask for them ({@link UsedDataLoaders}). */
	@Bean
	WebGraphQlInterceptor usedDataLoadersOnly() {
		return (request, chain) -> {
			request.configureExecutionInput((input, builder) -> builder.dataLoaderRegistry(new UsedDataLoaders()).build());
			return chain.next(request);
		};
	}

	/**
	 * Parses and validates each distinct document once: apps send the same few queries with different variables, and
	 * parsing dominates small requests. Bounded (Caffeine's size-based eviction); a document is parsed once even when
	 * many requests bring it at once, and parsing one never holds up requests bringing others.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		Cache<String, PreparsedDocumentEntry> cache = Caffeine.newBuilder().maximumSize(1000).build();
		PreparsedDocumentProvider provider = (input, parseAndValidate) -> CompletableFuture
			.completedFuture(cache.get(input.getQuery(), query -> parseAndValidate.apply(input)));
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
	}

	/**
	 * Keyset cursors ({@link Paging}), base64 as Spring for GraphQL encodes them; one that does not decode is the
	 * caller's error, said so.
	 */
	@Bean
	EncodingCursorStrategy<ScrollPosition> checkedCursors() {
		CursorEncoder base64 = CursorEncoder.base64();
		ScrollPositionCursorStrategy positions = new ScrollPositionCursorStrategy(new Paging.Keys());
		return CursorStrategy.withEncoder(new CursorStrategy<ScrollPosition>() {
			@Override
			public boolean supports(Class<?> targetType) {
				return positions.supports(targetType);
			}

			@Override
			public String toCursor(ScrollPosition position) {
				return positions.toCursor(position);
			}

			@Override
			public ScrollPosition fromCursor(String cursor) {
				return decoded(cursor, () -> positions.fromCursor(cursor));
			}
		}, new CursorEncoder() {
			@Override
			public String encode(String cursor) {
				return base64.encode(cursor);
			}

			@Override
			public String decode(String cursor) {
				return decoded(cursor, () -> base64.decode(cursor));
			}
		});
	}

	private static <T> T decoded(String cursor, java.util.function.Supplier<T> decoding) {
		try {
			return decoding.get();
		}
		catch (RuntimeException ex) {
			throw new BadRequestException("after: \"" + abbreviate(cursor)
					+ "\" is not a cursor; use the endCursor or an edge's cursor of the page before");
		}
	}

	/**
	 * Fails startup when a schema field has no data fetcher, instead of answering null at run time. A connection's
	 * own fields are served by Spring for GraphQL's connection adapter and {@link #totalCounts()}, which the
	 * inspection cannot see behind the {@code DataFetcherResult} a paged field answers.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer failOnUnmappedFields() {
		return builder -> builder.inspectSchemaMappings(report -> {
			boolean unmapped = report.unmappedFields()
				.stream()
				.anyMatch(field -> !(field.getTypeName().endsWith("Connection")
						&& List.of("edges", "pageInfo", "totalCount").contains(field.getFieldName())));
			if (unmapped || !report.unmappedArguments().isEmpty()) {
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
				if (ex instanceof graphql.execution.AbortExecutionException) {
					// A cancelled request: every field left fails so; the request's own answer says why, once.
					return GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message("Stopped")
						.path(env.getExecutionStepInfo().getPath()).build();
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

	/** Dates a governance record can carry; anything outside is a typing slip (9999-12-31, 0024-05-01). */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private static <E extends RuntimeException> LocalDate parseDate(Object input,
			java.util.function.Function<String, E> error) {
		if (input instanceof String text) {
			LocalDate date;
			try {
				date = LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw error.apply("Expected a date as YYYY-MM-DD, got " + abbreviate(input));
			}
			if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
				throw error.apply("Expected a date between " + EARLIEST + " and " + LATEST + ", got " + text);
			}
			return date;
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
