package org.partnershiphub.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;
import org.partnershiphub.support.RoundTripCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A root field's nested selection fetched in one query answers exactly what field-by-field batch loading answers:
 * over generated graphs (seats and interests with and without dates, ended, withheld, with and without an
 * organisation, substitutes, seats on behalf of organisations), for an officer, a partner app and the public. With
 * virtual threads, as in production.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.threads.virtual.enabled=true")
class PrefetchTests extends GraphTestSupport {

	/** Person.papers has its own fetcher, which may read any of the person's properties: all are read then. */
	private static final String BOARDS = """
			query($asOf: Date) { boards(first: 10) { edges { node { id name committees { id name }
			  members(asOf: $asOf) { id role from to side voting
			    person { id displayName aliases papers { id }
			      interests(asOf: $asOf) { id nature subject type declaredOn validTo withheld redacted organisation { id name } }
			      seats: memberships(asOf: $asOf) { id board { name } } }
			    onBehalfOf { id name } substituteFor { id displayName } } } } } }""";

	private static final String PERSON = """
			query($id: ID!, $asOf: Date) { node(id: $id) { ... on Person { displayName
			  now: interests { id nature organisation { name } person { id } }
			  then: interests(asOf: $asOf) { id nature redacted organisation { name } } } } }""";

	/** People and what is not a person (an organisation, an id of nothing) in one list. */
	private static final String NODES = """
			query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person { displayName
			  interests { id nature organisation { name } } } ... on Organisation { name } } }""";

	private static final String REGISTER = """
			query($org: ID!) { interests(first: 50, filter: {organisationId: $org}) { edges { node { id nature
			  person { displayName memberships { role board { name members { person { displayName } } } } }
			  organisation { name } } } } }""";

	private static final String ORGANISATION = """
			query($org: ID!) { organisation(id: $org) { name boards { name members { role person { displayName } } }
			  memberships { id person { displayName } board { name } } } }""";

	@Autowired
	private Prefetch prefetch;

	@AfterEach
	void prefetchOn() {
		ReflectionTestUtils.setField(this.prefetch, "enabled", true);
	}

	@Test
	void prefetchedSelectionsAnswerAsFieldByFieldResolutionDoes() throws Exception {
		Random random = new Random(20261201);
		int compared = 0;
		for (int round = 0; round < 8; round++) {
			emptyGraph();
			generate(random);
			String asOf = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900)).toString();
			List<HttpGraphQlTester> callers = List.of(this.graphQl, as("partner", "partner"), as(null, null));
			for (int c = 0; c < callers.size(); c++) {
				HttpGraphQlTester caller = callers.get(c);
				// The public may read only today's registers.
				Map<String, Object> dated = (c == 2) ? map() : map("asOf", asOf);
				// A page, a node or an organisation by id and all its nested relationships in one query (and, for the
				// boards, the papers loader). Resolved field by field they would take three or more, six for the boards.
				compared += compare(caller, BOARDS, dated, 2);
				compared += compare(caller, PERSON, withAll(dated, "id", "person-" + random.nextInt(8)), 1);
				compared += compare(caller, REGISTER, map("org", "org-" + random.nextInt(4)), 1);
				compared += compare(caller, ORGANISATION, map("org", "org-" + random.nextInt(4)), 1);
				// The people with their selection, then the other kinds, then whether the unknown id was merged.
				compared += compare(caller, NODES, map("ids", List.of("person-" + random.nextInt(8),
						"org-" + random.nextInt(4), "no-such-id", "person-" + random.nextInt(8))), 3);
			}
		}
		assertThat(compared).isEqualTo(8 * 3 * 5);
	}

	@Test
	void aWithheldInterestsOrganisationStaysHiddenFromAPartnerApp() {
		cypher("""
				CREATE (p:Person {id: 'p', displayName: 'Ann Example', sortName: 'example ann', aliases: []})
				CREATE (o:Organisation {id: 'o', name: 'Secret Holdings Ltd', kind: 'COMPANY', aliases: []})
				CREATE (p)<-[:DECLARED_BY]-(:Interest {id: 'i', nature: 'Director', type: 'FINANCIAL',
				  declaredOn: date('2024-01-01'), withheld: true})-[:IN_ORGANISATION]->(o)
				""");
		GraphQlResponse partner = response(as("partner", "partner"), PERSON, map("id", "p", "asOf", "2025-01-01"));
		assertThat(value(partner, "node.now[0].organisation")).isNull();
		assertThat(value(partner, "node.now[0].nature")).isNull();
		assertThat(value(partner, "node.then[0].redacted")).isEqualTo(true);
		GraphQlResponse officer = response(this.graphQl, PERSON, map("id", "p", "asOf", "2025-01-01"));
		assertThat(value(officer, "node.now[0].organisation.name")).isEqualTo("Secret Holdings Ltd");
	}

	@Test
	void aPersonWithInterestsAndOrganisationsTakesOneRoundTripWhateverTheirNumber() {
		cypher("""
				CREATE (p:Person {id: 'p', displayName: 'Ann Example', sortName: 'example ann', aliases: []})
				WITH p UNWIND range(1, 40) AS i
				CREATE (p)<-[:DECLARED_BY]-(:Interest {id: 'i' + i, nature: 'Director', type: 'FINANCIAL',
				  declaredOn: date('2024-01-01') + duration({days: i}), withheld: false})
				  -[:IN_ORGANISATION]->(:Organisation {id: 'o' + i, name: 'Org ' + i, kind: 'COMPANY', aliases: []})
				""");
		RoundTripCounter.reset();
		GraphQlResponse response = response(this.graphQl, PERSON, map("id", "p", "asOf", "2025-01-01"));
		// the node, its interests (two aliases), their organisations and people: one query
		assertThat(RoundTripCounter.count()).isEqualTo(1);
		assertThat((List<?>) value(response, "node.now")).hasSize(40);
		assertThat(value(response, "node.then[0].organisation.name")).isEqualTo("Org 40");
	}

	/**
	 * A document's compiled selection is kept for its next request: one whose variables beneath the root (here inside a
	 * fragment) differ reads as at its own date, and one with another id reads that person.
	 */
	@Test
	void aKeptSelectionReadsEachRequestsOwnVariables() {
		cypher("""
				CREATE (a:Person {id: 'a', displayName: 'Ann Example', sortName: 'example ann', aliases: []})
				CREATE (b:Person {id: 'b', displayName: 'Ben Example', sortName: 'example ben', aliases: []})
				CREATE (a)<-[:DECLARED_BY]-(:Interest {id: 'ia', nature: 'Director', type: 'FINANCIAL',
				  declaredOn: date('2024-01-01'), validFrom: date('2024-01-01'), validTo: date('2024-06-30'),
				  withheld: false})
				CREATE (b)<-[:DECLARED_BY]-(:Interest {id: 'ib', nature: 'Trustee', type: 'FINANCIAL',
				  declaredOn: date('2024-01-01'), validFrom: date('2024-01-01'), withheld: false})
				""");
		String document = """
				query($id: ID!, $asOf: Date) { node(id: $id) { ...Register } }
				fragment Register on Person { displayName interests(asOf: $asOf) { id } }""";
		for (int pass = 0; pass < 2; pass++) {
			assertThat(value(response(this.graphQl, document, map("id", "a", "asOf", "2024-03-01")), "node.interests"))
				.isEqualTo(List.of(Map.of("id", "ia")));
			assertThat(value(response(this.graphQl, document, map("id", "a", "asOf", "2025-03-01")), "node.interests"))
				.isEqualTo(List.of());
			assertThat(value(response(this.graphQl, document, map("id", "b", "asOf", "2025-03-01")), "node.interests"))
				.isEqualTo(List.of(Map.of("id", "ib")));
		}
	}

	/**
	 * The public may not read a past register: asked with the very request an officer was answered, the field is
	 * refused as it is without the prefetch (its list cannot be null, so the person is).
	 */
	@Test
	void aKeptSelectionStillRefusesThePublicAPastRegister() {
		cypher("""
				CREATE (p:Person {id: 'p', displayName: 'Ann Example', sortName: 'example ann', aliases: []})
				CREATE (p)<-[:DECLARED_BY]-(:Interest {id: 'i', nature: 'Director', type: 'FINANCIAL',
				  declaredOn: date('2024-01-01'), withheld: false})
				""");
		Map<String, Object> variables = map("id", "p", "asOf", "2025-01-01");
		assertThat(value(response(this.graphQl, PERSON, variables), "node.then[0].nature")).isEqualTo("Director");
		List<GraphQlResponse> answers = new ArrayList<>();
		for (boolean enabled : List.of(true, false)) {
			ReflectionTestUtils.setField(this.prefetch, "enabled", enabled);
			answers.add(as(null, null).document(PERSON).variables(variables).execute().returnResponse());
		}
		for (GraphQlResponse answer : answers) {
			assertThat(answer.getErrors()).singleElement()
				.satisfies(error -> assertThat(error.getPath()).isEqualTo("node.then"));
		}
		assertThat(answers.get(0).<Object>getData()).isEqualTo(answers.get(1).getData());
	}

	/** The answer with the prefetch and without it (which fails the test when they differ); 1. */
	private int compare(HttpGraphQlTester caller, String document, Map<String, Object> variables, int roundTrips) {
		ReflectionTestUtils.setField(this.prefetch, "enabled", true);
		RoundTripCounter.reset();
		Map<String, Object> prefetched = response(caller, document, variables).getData();
		assertThat(RoundTripCounter.count()).as(document).isLessThanOrEqualTo(roundTrips);
		ReflectionTestUtils.setField(this.prefetch, "enabled", false);
		Map<String, Object> fieldByField = response(caller, document, variables).getData();
		assertThat(prefetched).as(document + " " + variables).isEqualTo(fieldByField);
		return 1;
	}

	private static Object value(GraphQlResponse response, String path) {
		return response.field(path).getValue();
	}

	private static GraphQlResponse response(HttpGraphQlTester caller, String document,
			Map<String, Object> variables) {
		GraphQlResponse response = caller.document(document).variables(variables).execute().returnResponse();
		assertThat(response.getErrors()).as(document).isEmpty();
		return response;
	}

	/**
	 * Three boards (one a committee of another), eight people with up to five seats and five interests each, four
	 * organisations; dates drawn around 2024-2026, a fifth of them unknown.
	 */
	private void generate(Random random) {
		cypher("""
				UNWIND range(0, 3) AS o
				CREATE (:Organisation {id: 'org-' + o, name: 'Organisation ' + o, kind: 'NHS_TRUST', aliases: []})
				WITH count(*) AS done
				UNWIND range(0, 2) AS b
				CREATE (board:Board {id: 'board-' + b, name: 'Board ' + b, kind: 'COMMITTEE'})
				WITH board, b MATCH (o:Organisation {id: 'org-' + b}) CREATE (board)-[:ACCOUNTABLE_TO]->(o)
				""");
		cypher("MATCH (c:Board {id: 'board-2'}), (p:Board {id: 'board-0'}) CREATE (c)-[:ACCOUNTABLE_TO]->(p)");
		List<Map<String, Object>> seats = new ArrayList<>();
		List<Map<String, Object>> interests = new ArrayList<>();
		String[] roles = { "CHAIR", "VICE_CHAIR", "MEMBER", "MEMBER", "SUBSTITUTE", "ADVISOR", "REGULAR_ATTENDEE" };
		for (int p = 0; p < 8; p++) {
			for (int b = 0; b < 3; b++) {
				if (random.nextInt(3) > 0) {
					seats.add(map("id", "seat-" + p + "-" + b, "person", "person-" + p, "board", "board-" + b, "role",
							roles[random.nextInt(roles.length)], "side", random.nextBoolean() ? null : "side " + b % 2,
							"from", date(random, 0), "to", date(random, 3), "onBehalfOf",
							random.nextBoolean() ? "org-" + random.nextInt(4) : null, "substituteFor",
							random.nextInt(4) == 0 ? "person-" + random.nextInt(8) : null));
				}
			}
			for (int i = 0, count = random.nextInt(6); i < count; i++) {
				interests.add(map("id", "interest-" + p + "-" + i, "person", "person-" + p, "nature", "Nature " + p + i,
						"declaredOn", LocalDate.of(2023, 6, 1).plusDays(37L * i + p), "validFrom", date(random, 2),
						"validTo", date(random, 2), "withheld", random.nextInt(4) == 0, "organisation",
						random.nextInt(5) > 0 ? "org-" + random.nextInt(4) : null));
			}
		}
		cypher("""
				UNWIND range(0, 7) AS p
				CREATE (:Person {id: 'person-' + p, displayName: 'Person ' + p, sortName: 'person ' + p, aliases: []})
				""");
		cypher("""
				UNWIND $seats AS s
				MATCH (p:Person {id: s.person}), (b:Board {id: s.board})
				CREATE (p)<-[:HELD_BY]-(m:Membership {id: s.id, role: s.role, side: s.side, voting: true,
				  from: coalesce(s.from, date('2023-01-01')), to: s.to})-[:ON_BOARD]->(b)
				WITH m, s
				OPTIONAL MATCH (o:Organisation {id: s.onBehalfOf})
				OPTIONAL MATCH (x:Person {id: s.substituteFor})
				FOREACH (org IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (m)-[:ON_BEHALF_OF]->(org))
				FOREACH (sub IN CASE WHEN x IS NULL THEN [] ELSE [x] END | CREATE (m)-[:SUBSTITUTE_FOR]->(sub))
				""", "seats", seats);
		cypher("""
				UNWIND $interests AS i
				MATCH (p:Person {id: i.person})
				CREATE (p)<-[:DECLARED_BY]-(n:Interest {id: i.id, nature: i.nature, type: 'FINANCIAL',
				  declaredOn: i.declaredOn, validFrom: i.validFrom, validTo: i.validTo, withheld: i.withheld,
				  subject: CASE WHEN i.organisation IS NULL THEN 'Homeowner' END})
				WITH n, i
				MATCH (o:Organisation {id: i.organisation})
				CREATE (n)-[:IN_ORGANISATION]->(o)
				""", "interests", interests);
	}

	/** A date from 2024 to mid-2026, or (one time in {@code unknownOneIn}) none. */
	private static LocalDate date(Random random, int unknownOneIn) {
		if (unknownOneIn > 0 && random.nextInt(unknownOneIn) == 0) {
			return null;
		}
		return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
	}

	private static Map<String, Object> withAll(Map<String, Object> base, Object... namesAndValues) {
		Map<String, Object> all = new java.util.HashMap<>(base);
		all.putAll(map(namesAndValues));
		return all;
	}

}
