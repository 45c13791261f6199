package org.partnershiphub.board;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;
import org.partnershiphub.support.RoundTripCounter;

import static org.assertj.core.api.Assertions.assertThat;

/** Nested lists resolve in batches: a request's database round trips do not grow with the number of boards. */
@IntegrationTest
class RoundTripTests extends GraphTestSupport {

	@BeforeEach
	void hundredBoardsWithThreeMembersEachHoldingTwoInterests() {
		cypher("""
				CREATE (council:Organisation {id: 'council', name: 'Council', kind: 'LOCAL_AUTHORITY', aliases: []})
				WITH council
				UNWIND range(1, 100) AS b
				CREATE (board:Board {id: 'board-' + b, name: 'Board ' + right('00' + b, 3), kind: 'COMMITTEE'})
				      -[:ACCOUNTABLE_TO]->(council)
				WITH board, b, council
				UNWIND range(1, 5) AS m
				CREATE (p:Person {id: 'person-' + b + '-' + m, displayName: 'Person ' + b + '-' + m,
				                  familyName: 'P' + m, aliases: []})
				CREATE (p)<-[:HELD_BY]-(:Membership {id: 'm-' + b + '-' + m, role: 'MEMBER', voting: true,
				                                     from: date('2024-01-01')})-[:ON_BOARD]->(board)
				WITH p, b, m
				UNWIND range(1, 2) AS i
				CREATE (o:Organisation {id: 'org-' + b + '-' + m + '-' + i, name: 'Org ' + b + '-' + m + '-' + i,
				                        kind: 'COMPANY', aliases: []})
				CREATE (o)<-[:IN_ORGANISATION]-(:Interest {id: 'i-' + b + '-' + m + '-' + i, type: 'FINANCIAL',
				                                          declaredOn: date('2024-01-01'), withheld: false})-[:DECLARED_BY]->(p)
				""");
	}

	@Test
	void tenHundredOrAThousandInterestsUnderBoardsAndMembersCostTheSameRoundTrips() {
		// Each board has 5 members with 2 interests each: 1, 10 and 100 boards list 10, 100 and 1,000 interests.
		int forTen = roundTrips(1);
		int forHundred = roundTrips(10);
		int forThousand = roundTrips(100);
		assertThat(forTen).as("round trips for ten interests").isPositive();
		assertThat(forHundred).isEqualTo(forTen);
		assertThat(forThousand).isEqualTo(forTen);
		// the boards with their members, people, interests, organisations and on-behalf-of in one query, and the
		// parent organisations and parent boards (a union, loaded apart)
		assertThat(forThousand).isEqualTo(3);
	}

	private int roundTrips(int boards) {
		RoundTripCounter.reset();
		this.graphQl.documentName("boardsWithMembersAndInterests")
			.variable("first", boards)
			.variable("asOf", "2025-01-01")
			.execute()
			.path("boards.edges").entityList(Object.class).hasSize(boards)
			.path("boards.edges[*].node.members[*].person.interests[*].organisation.name").entityList(String.class)
			.hasSize(boards * 5 * 2);
		return RoundTripCounter.count();
	}

}
