package org.partnershiphub.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.partnershiphub.security.Role;

import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The pages ask the hub's own GraphQL API, in process, as the person viewing them: the same rules, limits and
 * redactions as any client (a PUBLIC visitor sees a withheld interest exactly as the API shows it), and no second
 * copy of the rules in the pages.
 */
@Component
class HubQueries {

	private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

	private final ExecutionGraphQlService graphQl;

	HubQueries(ExecutionGraphQlService graphQl) {
		this.graphQl = graphQl;
	}

	/** The data of a query run as the current visitor; a page that cannot be answered says why. */
	Map<String, Object> query(String document, Map<String, Object> variables) {
		DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(document, null, variables, null,
				UUID.randomUUID().toString(), null);
		Authentication visitor = SecurityContextHolder.getContext().getAuthentication();
		if (visitor != null) {
			request.configureExecutionInput((input, builder) -> builder.graphQLContext(Role.context(visitor)).build());
		}
		// As the HTTP handler does: the request's thread-locals (who is signed in, the request id) go with the
		// request to whichever threads its fields run on, so the audit trail names the officer, not "system".
		ContextSnapshot visitorContext = SNAPSHOTS.captureAll();
		ExecutionGraphQlResponse response = this.graphQl.execute(request).contextWrite(visitorContext::updateContext)
			.block();
		if (response == null || !response.getErrors().isEmpty()) {
			throw new PageException((response == null) ? "No answer"
					: response.getErrors().stream().map(e -> e.getMessage()).collect(Collectors.joining("; ")));
		}
		return response.getData();
	}

	/** One look-up per name, in one request: organisations whose name or alias is the name as written. */
	private static final String LOOKUP = "organisationLookup(name: $n%d) { id name }";

	/**
	 * The organisations a form names, as the paper writes them, each found by the exact look-up (aliases and
	 * "Ltd"/"NHS FT" spellings included), in one request. A name that finds none, or more than one, is refused by
	 * {@code where} it stands in the form ("Concerns, line 2"), saying what to do when it finds none.
	 */
	List<String> organisationIds(List<String> names, IntFunction<String> where, String whenNone) {
		StringBuilder document = new StringBuilder("query(");
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			document.append(i == 0 ? "" : ", ").append("$n").append(i).append(": String");
			variables.put("n" + i, names.get(i));
		}
		document.append(") {");
		for (int i = 0; i < names.size(); i++) {
			document.append(" l").append(i).append(": ").append(LOOKUP.formatted(i));
		}
		Map<String, Object> found = query(document.append(" }").toString(), variables);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			List<?> matches = (List<?>) found.get("l" + i);
			if (matches.size() != 1) {
				throw new PageException(where.apply(i) + ": \"" + names.get(i) + "\" " + (matches.isEmpty()
						? "is not an organisation the hub holds (" + whenNone + ")"
						: "matches " + matches.size() + " organisations: write its full name"));
			}
			ids.add((String) ((Map<?, ?>) matches.get(0)).get("id"));
		}
		return ids;
	}

	/**
	 * A mutation's payload (the one field it asks for); what the hub refused (its user errors, each with the field at
	 * fault) is said to the officer as a page.
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> change(String document, Map<String, Object> variables, String field) {
		Map<String, Object> payload = (Map<String, Object>) query(document, variables).get(field);
		List<Map<String, Object>> refused = (List<Map<String, Object>>) payload.getOrDefault("userErrors", List.of());
		if (!refused.isEmpty()) {
			throw new PageException(refused.stream()
				.map(e -> e.get("message") + fieldOf(e))
				.collect(Collectors.joining("; ")));
		}
		return payload;
	}

	/** The input field a refusal names, as " (field)"; blank when it names none. */
	private static String fieldOf(Map<String, Object> userError) {
		List<?> path = (List<?>) userError.get("field");
		return (path == null || path.isEmpty()) ? "" : " (" + path.get(path.size() - 1) + ")";
	}

	/** A page the hub could not answer: shown to the visitor as a plain message. */
	static class PageException extends RuntimeException {

		PageException(String message) {
			super(message);
		}

	}

}
