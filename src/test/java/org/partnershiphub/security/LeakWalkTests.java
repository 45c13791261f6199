package org.partnershiphub.security;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every query field, and every field reachable from it four levels down, as PUBLIC and as PARTNER_APP over a
 * graph seeded with a withheld interest (and a declaration of it at a meeting, a conflict on an item, a source
 * citation), and fails on any trace of its details: the marker texts anywhere, or its organisation or the interest
 * itself reached through the interest, a conflict, a declaration, an exclusion or a connection. The queries are built
 * from the schema, so a field added later is walked too. The limits are raised here: the walk asks for everything.
 */
@IntegrationTest
@TestPropertySource(properties = { "hub.graphql.max-depth=30", "hub.graphql.max-complexity=100000000",
		"hub.graphql.max-document-length=2000000", "hub.graphql.max-aliases=1000" })
class LeakWalkTests extends GraphTestSupport {

	/** Texts only the withheld interest holds. */
	private static final List<String> MARKERS = List.of("NATUREMARK", "TYPEMARK", "LOCATORMARK", "SUBJECTMARK",
			"DECLAREDMARK");

	/** Objects through which the withheld interest's organisation must not be reached. */
	private static final Set<String> THROUGH = Set.of("Interest", "Conflict", "ConflictPath", "PathNode",
			"PathRelationship", "Declaration", "Exclusion", "Route", "Hop");

	private static final int DEPTH = 4;

	@Autowired
	private GraphQlSource source;

	private final Map<String, String> ids = new LinkedHashMap<>();

	private String hidden;

	private String interest;

	@BeforeEach
	void aWithheldInterestDeclaredAtAMeeting() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String person = fixtures.person("Ana", "Cole");
		this.hidden = fixtures.organisation("Zedmark Holdings", "COMPANY");
		String council = fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		String register = fixtures.source("Register of interests 2025");
		this.interest = fixtures.create("declareInterest", map("personId", person, "organisationId", this.hidden,
				"type", "FINANCIAL", "typeAsDeclared", "Financial TYPEMARK", "nature", "Director NATUREMARK",
				"validFrom", "2024-01-01", "withheld", true,
				"source", map("documentId", register, "locator", "LOCATORMARK")), "interest");
		String other = fixtures.create("declareInterest", map("personId", person, "subject", "Home SUBJECTMARK",
				"type", "NON_FINANCIAL_PERSONAL", "nature", "Owner NATUREMARK", "validFrom", "2024-01-01",
				"withheld", true), "interest");
		String board = fixtures.board("Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD", council);
		fixtures.create("appointMember", map("personId", person, "boardId", board, "role", "MEMBER", "voting", true,
				"from", "2024-01-01"), "membership");
		String meeting = fixtures.create("scheduleMeeting", map("boardId", board, "date", LocalDate.now().toString()),
				"meeting");
		String item = fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "1", "title",
				"Care contract", "purpose", "DECISION", "concernsIds", List.of(this.hidden)), "agendaItem");
		String declaration = fixtures.create("recordDeclaration", map("itemId", item, "personId", person, "nature",
				"DECLAREDMARK director", "organisationId", this.hidden, "interestId", this.interest, "action",
				"WITHDREW"), "declaration");
		map("person", person, "council", council, "board", board, "meeting", meeting, "item", item, "declaration",
				declaration, "interest", this.interest, "other", other, "register", register, "hidden", this.hidden)
			.forEach((key, id) -> this.ids.put(key, (String) id));
	}

	@Test
	void noQueryGivesAWithheldInterestAway() throws Exception {
		GraphQLSchema schema = this.source.schema();
		List<String> leaks = new ArrayList<>();
		int walked = 0;
		for (String[] caller : List.of(new String[] { null, null }, new String[] { "partner", "partner" })) {
			HttpGraphQlTester tester = as(caller[0], caller[1]);
			for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
				for (String arguments : argumentSets(field)) {
					String query = "{ " + field.getName() + arguments + selection(field.getType(), DEPTH) + " }";
					Map<String, Object> response = tester.document(query).execute().returnResponse().toMap();
					walked++;
					// The walk's own queries must be valid, or it proves nothing.
					assertThat(String.valueOf(response.get("errors"))).as(query).doesNotContain("Validation error");
					scan(response, new ArrayDeque<>(), field.getName() + arguments + " as "
							+ ((caller[0] != null) ? caller[0] : "PUBLIC"), leaks);
				}
			}
		}
		assertThat(walked).isGreaterThan(60);
		assertThat(leaks).isEmpty();
		// And the walk does see them where it should: as an officer, the same walk finds the markers.
		Map<String, Object> officer = this.graphQl.document("{ interest(id: \"" + this.interest + "\")"
				+ selection(schema.getQueryType().getFieldDefinition("interest").getType(), DEPTH) + " }")
			.execute().returnResponse().toMap();
		assertThat(officer.get("errors")).as("the officer's walk of the interest").isNull();
		List<String> seen = new ArrayList<>();
		scan(officer, new ArrayDeque<>(), "interest as officer", seen);
		assertThat(seen).isNotEmpty();
	}

	/** One argument list per combination of the values the walk supplies for the field's required arguments. */
	private List<String> argumentSets(GraphQLFieldDefinition field) {
		List<String> sets = new ArrayList<>(List.of(""));
		for (GraphQLArgument argument : field.getArguments()) {
			if (!GraphQLTypeUtil.isNonNull(argument.getType()) || argument.hasSetDefaultValue()) {
				continue;
			}
			List<String> values = candidates(argument.getName(), argument.getType());
			List<String> next = new ArrayList<>();
			for (String set : sets) {
				for (String value : values) {
					next.add(set + (set.isEmpty() ? "" : ", ") + argument.getName() + ": " + value);
				}
			}
			sets = next;
		}
		return sets.stream().map(s -> s.isEmpty() ? "" : "(" + s + ")").toList();
	}

	private List<String> candidates(String name, GraphQLInputType type) {
		GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
		String all = this.ids.values().stream().map(LeakWalkTests::quoted).collect(Collectors.joining(", "));
		if (bare instanceof GraphQLList) {
			return List.of("[" + all + "]");
		}
		if (bare instanceof GraphQLInputObjectType input) {
			String fields = input.getFieldDefinitions().stream()
				.filter(f -> GraphQLTypeUtil.isNonNull(f.getType()) && !f.hasSetDefaultValue())
				.map((GraphQLInputObjectField f) -> f.getName() + ": " + candidates(f.getName(), f.getType()).get(0))
				.collect(Collectors.joining(", "));
			return List.of("{" + fields + "}");
		}
		if (bare instanceof GraphQLEnumType e) {
			return List.of(e.getValues().get(0).getName());
		}
		return switch (((GraphQLNamedType) bare).getName()) {
			case "ID" -> switch (name) {
				case "personId" -> List.of(quoted(this.ids.get("person")));
				case "meetingId" -> List.of(quoted(this.ids.get("meeting")));
				case "boardId" -> List.of(quoted(this.ids.get("board")));
				case "fromId" -> List.of(quoted(this.interest), quoted(this.ids.get("person")));
				case "toId" -> List.of(quoted(this.hidden), quoted(this.ids.get("council")));
				default -> this.ids.values().stream().map(LeakWalkTests::quoted).toList();
			};
			case "String" -> List.of("\"Cole\"", "\"Zedmark\"");
			case "Date" -> List.of(quoted(LocalDate.now().toString()));
			case "Int" -> List.of("3");
			case "Boolean" -> List.of("true");
			case "Money" -> List.of("\"100.00\"");
			default -> List.of(quoted("x"));
		};
	}

	/** Every field of the type, {@code depth} levels down, with __typename on every object. */
	private static String selection(GraphQLType type, int depth) {
		GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
		if (!(bare instanceof GraphQLFieldsContainer) && !(bare instanceof graphql.schema.GraphQLUnionType)) {
			return "";
		}
		if (depth == 0) {
			return " { __typename }";
		}
		StringBuilder out = new StringBuilder(" { __typename");
		List<GraphQLObjectType> objects = (bare instanceof GraphQLObjectType object) ? List.of(object)
				: (bare instanceof graphql.schema.GraphQLUnionType union)
						? union.getTypes().stream().map(GraphQLObjectType.class::cast).toList()
						: sourceSchema.getImplementations((graphql.schema.GraphQLInterfaceType) bare);
		for (GraphQLObjectType object : objects) {
			if (!(bare instanceof GraphQLObjectType)) {
				out.append(" ... on ").append(object.getName()).append(" {");
			}
			for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
				boolean needsArguments = field.getArguments().stream()
					.anyMatch(a -> GraphQLTypeUtil.isNonNull(a.getType()) && !a.hasSetDefaultValue());
				if (needsArguments) {
					continue;
				}
				out.append(' ');
				if (!(bare instanceof GraphQLObjectType)) {
					// Same-named fields of a union's members may differ in type: each gets its own alias.
					out.append(object.getName()).append('_').append(field.getName()).append(": ");
				}
				out.append(field.getName()).append(selection(field.getType(), depth - 1));
			}
			if (!(bare instanceof GraphQLObjectType)) {
				out.append(" }");
			}
		}
		return out.append(" }").toString();
	}

	private static GraphQLSchema sourceSchema;

	@BeforeEach
	void keepTheSchema() {
		sourceSchema = this.source.schema();
	}

	/** Records a leak for every marker text, and for the hidden organisation or interest reached through it. */
	@SuppressWarnings("unchecked")
	private void scan(Object value, Deque<Map<String, Object>> ancestors, String where, List<String> leaks) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> object = (Map<String, Object>) map;
			Map<String, Object> owner = ancestors.stream().filter(a -> a.get("__typename") != null
					&& !THROUGH.contains(a.get("__typename"))).findFirst().orElse(Map.of());
			if (this.hidden.equals(object.get("id"))) {
				ancestors.stream().takeWhile(a -> a != owner).map(a -> a.get("__typename"))
					.filter(THROUGH::contains).findFirst()
					.ifPresent(through -> leaks.add(where + ": the organisation reached through " + through));
			}
			if (this.interest.equals(object.get("id")) && this.hidden.equals(owner.get("id"))) {
				leaks.add(where + ": the withheld interest listed under its organisation");
			}
			ancestors.push(object);
			object.values().forEach(v -> scan(v, ancestors, where, leaks));
			ancestors.pop();
		}
		else if (value instanceof List<?> list) {
			list.forEach(v -> scan(v, ancestors, where, leaks));
		}
		else if (value instanceof String text) {
			MARKERS.stream().filter(text::contains).forEach(m -> leaks.add(where + ": " + text));
			if (text.equals(this.hidden) && !ancestors.isEmpty() && THROUGH.contains(ancestors.peek().get("__typename"))) {
				leaks.add(where + ": the organisation's id in " + ancestors.peek().get("__typename"));
			}
		}
	}

	private static String quoted(String text) {
		return "\"" + text + "\"";
	}

}
