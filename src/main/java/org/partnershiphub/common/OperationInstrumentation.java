package org.partnershiphub.common;

import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/**
 * The hub's instrumentations, which all act on whole operations (limits, cancellation, the mutation guard, request
 * observations), chained for those hooks only. graphql-java calls the per-object and per-field hooks for every object
 * and field of a response, and a chain passes each call to every instrumentation and gathers their answers: a fifth of
 * the hub's CPU in a nested list, with nothing behind it. Those hooks (the methods this class overrides) answer here
 * as a no-op instrumentation does.
 * {@code OperationInstrumentationTests} fails when an instrumentation implements one of them.
 */
final class OperationInstrumentation extends ChainedInstrumentation {

	private static final Instrumentation NONE = SimplePerformantInstrumentation.INSTANCE;

	OperationInstrumentation(List<Instrumentation> instrumentations) {
		super(instrumentations);
	}

	@Override
	public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
			InstrumentationState state) {
		return NONE.beginExecuteObject(parameters, state);
	}

	@Override
	public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return NONE.beginDeferredField(parameters, state);
	}

	@Override
	public InstrumentationContext<graphql.ExecutionResult> beginSubscribedFieldEvent(
			InstrumentationFieldParameters parameters, InstrumentationState state) {
		return NONE.beginSubscribedFieldEvent(parameters, state);
	}

	@Override
	public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return NONE.beginFieldExecution(parameters, state);
	}

	@Override
	@SuppressWarnings("deprecation")
	public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return NONE.beginFieldFetch(parameters, state);
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return NONE.beginFieldFetching(parameters, state);
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return NONE.beginFieldCompletion(parameters, state);
	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return NONE.beginFieldListCompletion(parameters, state);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return fetcher;
	}

}
