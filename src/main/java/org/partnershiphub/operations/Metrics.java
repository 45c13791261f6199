package org.partnershiphub.operations;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.observation.metrics.ConnectionPoolMetrics;
import org.neo4j.driver.observation.metrics.MetricsObservationProvider;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DefaultDataFetcherObservationConvention;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * What {@code /actuator/prometheus} shows beyond Boot's own (HTTP, JVM, the hub's imports and audit appends): GraphQL
 * requests timed by operation, and the Neo4j driver's connection pool.
 */
@Configuration(proxyBeanMethods = false)
class Metrics {

	/** Distinct operation names kept as tags; a client inventing names past this cannot grow the registry. */
	static final int OPERATION_NAMES = 200;

	/**
	 * {@code graphql.request} timings tagged {@code graphql.operation.name}: the operation's name, or for an
	 * anonymous one its first root field ({@code anonymous:meetingConflicts}). Names past the first
	 * {@value #OPERATION_NAMES} count as {@code other}.
	 */
	@Bean
	DefaultExecutionRequestObservationConvention graphQlRequestsByOperation() {
		Set<String> seen = ConcurrentHashMap.newKeySet();
		return new DefaultExecutionRequestObservationConvention() {
			@Override
			public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
				String name = operation(context);
				if (!seen.contains(name)) {
					if (seen.size() < OPERATION_NAMES) {
						seen.add(name);
					}
					else {
						name = "other";
					}
				}
				return super.getLowCardinalityKeyValues(context).and(KeyValue.of("graphql.operation.name", name));
			}
		};
	}

	/**
	 * Requests observed, data fetchers and data loaders not: Boot's instrumentation would start an observation for every
	 * non-trivial field (thousands in a nested list) only for {@code management.observations.enable} to drop it, and
	 * would copy every request's 120 data loaders into a new registry to observe them, whether the request used them or
	 * not.
	 */
	@Bean
	GraphQlObservationInstrumentation graphQlRequestObservations(ObservationRegistry registry,
			DefaultExecutionRequestObservationConvention convention) {
		return new GraphQlObservationInstrumentation(registry, convention, new DefaultDataFetcherObservationConvention()) {
			@Override
			public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
					InstrumentationState state) {
				return fetcher;
			}

			@Override
			public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
					InstrumentationState state) {
				return input;
			}
		};
	}

	private static String operation(ExecutionRequestObservationContext context) {
		if (context.getExecutionContext() == null) {
			return "unparsed"; // refused before execution: a syntax or validation error, or a limit
		}
		OperationDefinition operation = context.getExecutionContext().getOperationDefinition();
		if (operation.getName() != null) {
			return operation.getName();
		}
		return operation.getSelectionSet()
			.getSelectionsOfType(Field.class)
			.stream()
			.findFirst()
			.map(field -> "anonymous:" + field.getName())
			.orElse("anonymous");
	}

	/** The driver reports its pools through this; Boot builds the driver with it. */
	@Bean
	MetricsObservationProvider neo4jDriverMetrics() {
		return MetricsObservationProvider.newInstance();
	}

	@Bean
	ConfigBuilderCustomizer neo4jDriverObservation(MetricsObservationProvider metrics) {
		return builder -> builder.withObservationProvider(metrics);
	}

	/** The pool, summed over the servers the driver talks to (one, or a cluster's members). */
	@Bean
	MeterBinder neo4jConnectionPool(MetricsObservationProvider metrics) {
		return registry -> {
			gauge(registry, metrics, "in.use", "Connections lent out", ConnectionPoolMetrics::inUse);
			gauge(registry, metrics, "idle", "Connections idle in the pool", ConnectionPoolMetrics::idle);
			gauge(registry, metrics, "acquiring", "Requests waiting for a connection", ConnectionPoolMetrics::acquiring);
			counter(registry, metrics, "opened", "Connections opened", ConnectionPoolMetrics::created);
			counter(registry, metrics, "failed", "Connections that failed to open", ConnectionPoolMetrics::failedToCreate);
			counter(registry, metrics, "acquisition.timeouts", "Requests that gave up waiting for a connection",
					ConnectionPoolMetrics::timedOutToAcquire);
		};
	}

	private static void gauge(MeterRegistry registry, MetricsObservationProvider metrics,
			String name, String description, ToDoubleFunction<ConnectionPoolMetrics> value) {
		Gauge.builder("neo4j.driver.connections." + name, metrics, m -> sum(m, value))
			.description(description)
			.register(registry);
	}

	private static void counter(MeterRegistry registry, MetricsObservationProvider metrics,
			String name, String description, ToDoubleFunction<ConnectionPoolMetrics> value) {
		FunctionCounter.builder("neo4j.driver.connections." + name, metrics, m -> sum(m, value))
			.description(description)
			.register(registry);
	}

	private static double sum(MetricsObservationProvider metrics, ToDoubleFunction<ConnectionPoolMetrics> value) {
		return metrics.metrics().connectionPoolMetrics().stream().mapToDouble(value).sum();
	}

}
