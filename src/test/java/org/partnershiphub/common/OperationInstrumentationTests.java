package org.partnershiphub.common;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.DataFetcher;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The instrumentations are chained for whole operations only, which holds while none of them acts on a field. */
@IntegrationTest
class OperationInstrumentationTests extends GraphTestSupport {

	@Autowired
	private GraphQlSource source;

	@Autowired
	private List<Instrumentation> instrumentations;

	@Test
	void everyInstrumentationIsChainedForWholeOperations() {
		assertThat(this.source.graphQl().getInstrumentation()).isInstanceOfSatisfying(OperationInstrumentation.class,
				chain -> assertThat(chain.getInstrumentations()).containsExactlyInAnyOrderElementsOf(this.instrumentations));
	}

	@Test
	void noInstrumentationActsOnAnObjectOrAField() throws Exception {
		DataFetcher<?> fetcher = env -> "answer";
		// The hooks not passed on: those the chain overrides.
		List<Method> hooks = Arrays.stream(OperationInstrumentation.class.getDeclaredMethods())
			.filter(m -> !m.isSynthetic() && Modifier.isPublic(m.getModifiers()))
			.toList();
		assertThat(hooks).hasSize(9);
		for (Instrumentation instrumentation : this.instrumentations) {
			for (Method hook : hooks) {
				Class<?> declaredBy = instrumentation.getClass()
					.getMethod(hook.getName(), hook.getParameterTypes())
					.getDeclaringClass();
				if (hook.getName().equals("instrumentDataFetcher") && declaredBy != SimplePerformantInstrumentation.class
						&& declaredBy != Instrumentation.class) {
					// The request observations' own override hands the fetcher back (no observation per field).
					assertThat((Object) instrumentation.instrumentDataFetcher(fetcher, null, null))
						.as(instrumentation + " instruments data fetchers")
						.isSameAs(fetcher);
					continue;
				}
				assertThat(declaredBy).as(instrumentation.getClass() + "." + hook.getName())
					.isIn(SimplePerformantInstrumentation.class, Instrumentation.class);
			}
		}
	}

}
