package org.partnershiphub.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain and who can decide answer from the same rules: over generated graphs (a council, one to three levels of
 * committees, one or two delegations at each level with random scope, dates and limits, and now and then a
 * reservation), a committee's uncited decision is COVERED exactly when {@code whoCanDecide} lists the committee.
 */
@IntegrationTest
class AuthorityAgreementTests extends GraphTestSupport {

	private static final String KIND = "CONTRACT_AWARD";

	private static final String DATE = "2025-06-01";

	@Test
	void theChainAndWhoCanDecideAgreeOnGeneratedGraphs() throws Exception {
		Random random = new Random(20261201);
		List<String> verdicts = new ArrayList<>();
		for (int round = 0; round < 24; round++) {
			emptyGraph();
			Fixtures fixtures = new Fixtures(this.graphQl);
			String council = fixtures.organisation("Council " + round, "LOCAL_AUTHORITY");
			String parent = council;
			List<String> drawn = new ArrayList<>();
			int depth = 1 + random.nextInt(3);
			for (int level = 0; level < depth; level++) {
				String board = fixtures.board("Committee " + round + "." + level, "COMMITTEE", parent);
				for (int d = 0, count = 1 + random.nextInt(2); d < count; d++) {
					String scope = (random.nextInt(5) > 0) ? KIND : "FEE_SETTING";
					String from = (random.nextInt(7) > 0) ? "2024-01-01" : "2025-09-01";
					String to = switch (random.nextInt(5)) {
						case 0 -> "2025-03-31";
						case 1 -> "2026-03-31";
						default -> null;
					};
					Long limit = (random.nextBoolean()) ? null : 100L * (50_000 + random.nextInt(950_000));
					cypher("""
							MATCH (x {id: $from}), (y:Board {id: $to})
							CREATE (x)<-[:DELEGATED_BY]-(:Delegation {id: randomUUID(), instrument: 'OTHER',
							  scope: [$scope], financialLimitPence: $limit, subDelegationAllowed: true,
							  validFrom: date($validFrom), validTo: date($validTo)})-[:DELEGATED_TO]->(y)
							""", "from", parent, "to", board, "scope", scope, "limit", limit, "validFrom", from,
							"validTo", to);
					drawn.add(level + ": " + scope + " " + from + ".." + to + " limit " + limit);
				}
				if (random.nextInt(10) == 0) {
					cypher("""
							MATCH (x {id: $id})
							CREATE (:Reservation {id: randomUUID(), scope: [$kind], validFrom: date('2020-01-01')})
							       -[:RESERVED_BY]->(x)
							""", "id", parent, "kind", KIND);
					drawn.add(level + ": reserved by the delegator");
				}
				parent = board;
			}
			String amount = random.nextBoolean() ? null : (10_000 + random.nextInt(990_000)) + ".00";
			String meeting = fixtures.create("scheduleMeeting", map("boardId", parent, "date", DATE), "meeting");
			String item = fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "1", "title",
					"Contract", "purpose", "DECISION"), "agendaItem");
			String decision = fixtures.create("recordDecision", map("itemId", item, "text", "Awarded", "outcome",
					"APPROVED", "kind", KIND, "amount", amount), "decision");
			String verdict = this.graphQl.documentName("authorityChain").variable("decisionId", decision).execute()
				.path("authorityChain.verdict").entity(String.class).get();
			List<String> deciders = this.graphQl.documentName("whoCanDecide").variable("kind", KIND)
				.variable("amount", amount).variable("organisationId", council).variable("asOf", DATE).execute()
				.path("whoCanDecide[*].delegate.name").entityList(String.class).get();
			assertThat(deciders.contains("Committee " + round + "." + (depth - 1)))
				.as("round %d, amount %s, verdict %s, delegations %s", round, amount, verdict, drawn)
				.isEqualTo(verdict.equals("COVERED"));
			verdicts.add(verdict);
		}
		assertThat(verdicts).as("the generated graphs cover both answers").contains("COVERED")
			.anyMatch(v -> !v.equals("COVERED"));
	}

}
