package org.partnershiphub.security;

import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import org.partnershiphub.common.FetcherWrapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The one place withheld details are hidden in the API. Every field of the types below is wrapped: when the object it
 * is read from is a {@link Withholding} that carries a withheld interest and the caller may not see withheld details
 * (PUBLIC, PARTNER_APP), the field answers null unless it is listed here as safe. A field added later is hidden until
 * someone decides it is safe. When an auditor is shown a hidden field, the interest is noted for the audit trail.
 * <p>
 * Lists are the services' part: a withheld interest is left out of its organisation's interests, of ad hoc conflict
 * checks and of connections, because being listed there would give its organisation away.
 */
@Configuration(proxyBeanMethods = false)
class Redaction {

	/** Per type, the fields a caller who may not see withheld details is still shown. */
	static final Map<String, Set<String>> SHOWN = Map.of(
			"Interest", Set.of("id", "version", "person", "type", "declaredOn", "declaredOnPrecision", "validFrom",
					"validTo", "withheld", "redacted"),
			"Conflict", Set.of("person", "interest", "interestType", "severity", "action", "redacted"),
			"Declaration", Set.of("id", "person", "item", "action", "redacted"),
			"Exclusion", Set.of("person", "action", "redacted"),
			"PossibleConflict", Set.of("person", "interest", "redacted"));

	static boolean redacted(Object source, graphql.GraphQLContext context) {
		return source instanceof Withholding w && w.withheldInterestId() != null && !Role.seesWithheld(context);
	}

	/** {@code redacted} on each type: whether this caller is shown less than there is. */
	@Bean
	RuntimeWiringConfigurer redactedFields() {
		DataFetcher<Boolean> redacted = env -> redacted(env.getSource(), env.getGraphQlContext());
		return wiring -> SHOWN.keySet().forEach(type -> wiring.type(type, t -> t.dataFetcher("redacted", redacted)));
	}

	/** Outside Spring's context decorator: most calls answer null, or go on to the field's own fetcher. */
	@Bean
	FetcherWrapper redactWithheldDetails() {
		return (type, field, fetcher) -> SHOWN.containsKey(type.getName())
				&& !SHOWN.get(type.getName()).contains(field.getName()) ? hiding(fetcher) : fetcher;
	}

	private static DataFetcher<?> hiding(DataFetcher<?> fetcher) {
		return (DataFetchingEnvironment env) -> {
			if (env.getSource() instanceof Withholding w && w.withheldInterestId() != null) {
				if (!Role.seesWithheld(env.getGraphQlContext())) {
					return null;
				}
				WithheldReads.note(env.getGraphQlContext(), w.withheldInterestId(), true);
			}
			return fetcher.get(env);
		};
	}

}
