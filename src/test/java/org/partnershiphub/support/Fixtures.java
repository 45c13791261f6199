package org.partnershiphub.support;

import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

/** Builds test data through the public API, so fixtures obey the same rules as users' writes. */
public final class Fixtures {

	private final GraphQlTester graphQl;

	public Fixtures(GraphQlTester graphQl) {
		this.graphQl = graphQl;
	}

	public String organisation(String name, String kind) {
		return create("createOrganisation", Map.of("name", name, "kind", kind), "organisation");
	}

	public String person(String givenName, String familyName) {
		return create("recordPerson", Map.of("givenName", givenName, "familyName", familyName), "person");
	}

	public String board(String name, String kind, String... parentIds) {
		return create("createBoard", Map.of("name", name, "kind", kind, "parentBodyIds", java.util.List.of(parentIds)),
				"board");
	}

	public String source(String title) {
		return create("recordSourceDocument", Map.of("title", title, "kind", "REGISTER_OF_INTERESTS"),
				"sourceDocument");
	}

	public String create(String mutation, Map<String, Object> input, String field) {
		return this.graphQl.documentName(mutation)
			.variable("input", input)
			.execute()
			.path(mutation + ".userErrors").entityList(Object.class).hasSize(0)
			.path(mutation + "." + field + ".id").entity(String.class).get();
	}

	/**
	 * Runs {@code mutation(input: $input)} with an inline document, expects no user errors and returns the id of
	 * {@code field} in its payload: for mutations with no document of their own under graphql-test.
	 */
	public String write(String mutation, Map<String, Object> input, String field) {
		String type = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
		return this.graphQl.document("mutation($input: " + type + "!) { " + mutation + "(input: $input) { " + field
				+ " { id } userErrors { field message code } } }")
			.variable("input", input)
			.execute()
			.path(mutation + ".userErrors").entityList(Object.class).hasSize(0)
			.path(mutation + "." + field + ".id").entity(String.class).get();
	}

}
