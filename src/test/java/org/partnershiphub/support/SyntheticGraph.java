package org.partnershiphub.support;

import java.io.PrintStream;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * A deterministic synthetic partnership graph for benchmarks. "Random" choices are multiplicative hashes of the
 * row number, so every run builds the same graph. Skewed like reality: interests favour a few organisations, half
 * the GP practices belong to one federation, one ICB board has hundreds of members.
 */
public final class SyntheticGraph {

	/** How big to build. */
	public record Scale(int icbs, int trusts, int practices, int pcns, int councils, int organisations, int boards,
			int people, int memberships, int interests, int agreements, int meetings, int itemsPerMeeting) {

		public static final Scale NATIONAL = new Scale(42, 200, 6_500, 1_250, 300, 50_000, 2_000, 100_000, 20_000,
				1_000_000, 2_000, 20_000, 15);

		public static final Scale SMALL = new Scale(4, 20, 650, 125, 30, 5_000, 200, 10_000, 2_000, 100_000, 200,
				2_000, 15);

		public static Scale named(String name) {
			return "small".equalsIgnoreCase(name) ? SMALL : NATIONAL;
		}

		Map<String, Object> params() {
			return Map.ofEntries(Map.entry("icbs", this.icbs), Map.entry("trusts", this.trusts),
					Map.entry("practices", this.practices), Map.entry("pcns", this.pcns),
					Map.entry("councils", this.councils), Map.entry("organisations", this.organisations),
					Map.entry("boards", this.boards), Map.entry("people", this.people),
					Map.entry("memberships", this.memberships), Map.entry("interests", this.interests),
					Map.entry("agreements", this.agreements), Map.entry("meetings", this.meetings),
					Map.entry("items", this.itemsPerMeeting));
		}

	}

	/** Organisation ids by kind are contiguous ranges: ICBs, trusts, practices, PCNs, councils, federations, others. */
	private static final Step[] STEPS = {
			new Step("organisations", """
			UNWIND range(0, $organisations - 1) AS n
			CALL (n) {
			  WITH n, CASE
			    WHEN n < $icbs THEN 'INTEGRATED_CARE_BOARD'
			    WHEN n < $icbs + $trusts THEN 'NHS_TRUST'
			    WHEN n < $icbs + $trusts + $practices THEN 'GP_PRACTICE'
			    WHEN n < $icbs + $trusts + $practices + $pcns THEN 'PRIMARY_CARE_NETWORK'
			    WHEN n < $icbs + $trusts + $practices + $pcns + $councils THEN 'LOCAL_AUTHORITY'
			    WHEN n < $icbs + $trusts + $practices + $pcns + $councils + 100 THEN 'GP_FEDERATION'
			    ELSE ['COMPANY', 'CHARITY', 'VOLUNTARY_COMMUNITY_SECTOR'][n % 3] END AS kind
			  CREATE (:Organisation {id: 'org-' + n, name: 'Organisation ' + n, kind: kind, aliases: [],
			    searchText: 'organisation ' + n})
			} IN TRANSACTIONS OF 10000 ROWS
			"""),
			new Step("practices in PCNs and federations (half in federation 0)", """
			WITH $icbs + $trusts AS firstPractice, $icbs + $trusts + $practices AS firstPcn,
			     $icbs + $trusts + $practices + $pcns + $councils AS firstFederation
			UNWIND range(0, $practices - 1) AS p
			CALL (p, firstPractice, firstPcn, firstFederation) {
			  MATCH (practice:Organisation {id: 'org-' + (firstPractice + p)})
			  MATCH (pcn:Organisation {id: 'org-' + (firstPcn + p % $pcns)})
			  MATCH (federation:Organisation {id: 'org-' + (firstFederation + CASE WHEN p % 2 = 0 THEN 0 ELSE 1 + p % 99 END)})
			  CREATE (practice)-[:PART_OF]->(pcn), (practice)-[:PART_OF]->(federation)
			} IN TRANSACTIONS OF 10000 ROWS
			"""),
			new Step("place partnerships: one per ICB (ICB host, councils, trusts, federations)", """
			UNWIND range(0, $icbs - 1) AS i
			CREATE (pp:Partnership {id: 'partnership-place-' + i, name: 'Place partnership ' + i,
			  kind: 'PLACE_BASED_PARTNERSHIP', searchText: 'place partnership ' + i})
			WITH pp, i
			MATCH (o:Organisation)
			WHERE o.id = 'org-' + i
			   OR o.id IN [k IN range(0, 7) | 'org-' + ($icbs + $trusts + $practices + $pcns + (i + k * $icbs) % $councils)]
			   OR o.id IN [k IN range(0, 4) | 'org-' + ($icbs + (i + k * $icbs) % $trusts)]
			   OR o.id IN [k IN range(0, 2) | 'org-' + ($icbs + $trusts + $practices + $pcns + $councils + (i + k * $icbs) % 100)]
			CREATE (o)<-[:PARTNER]-(:PartnershipMembership {id: 'pm-' + i + '-' + o.id,
			  role: CASE WHEN o.id = 'org-' + i THEN 'HOST' ELSE 'MEMBER' END, from: date('2022-07-01')})-[:IN_PARTNERSHIP]->(pp)
			"""),
			new Step("provider collaboratives of four trusts", """
			UNWIND range(0, ($trusts / 4) - 1) AS c
			CREATE (pc:Partnership {id: 'partnership-collab-' + c, name: 'Provider collaborative ' + c,
			  kind: 'PROVIDER_COLLABORATIVE', searchText: 'provider collaborative ' + c})
			WITH pc, c
			UNWIND range(0, 3) AS k
			MATCH (o:Organisation {id: 'org-' + ($icbs + (c * 4 + k * 7) % $trusts)})
			CREATE (o)<-[:PARTNER]-(:PartnershipMembership {id: 'pm-c' + c + '-' + k, role: 'MEMBER',
			  from: date('2023-04-01')})-[:IN_PARTNERSHIP]->(pc)
			"""),
			new Step("Section 75 agreements: council host, ICB partner, fund, contributions", """
			UNWIND range(0, $agreements - 1) AS a
			CALL (a) {
			  MATCH (council:Organisation {id: 'org-' + ($icbs + $trusts + $practices + $pcns + a % $councils)})
			  MATCH (icb:Organisation {id: 'org-' + (a % $icbs)})
			  CREATE (s:Section75Agreement {id: 's75-' + a, reference: 'S75-' + a, title: 'Agreement ' + a,
			    purposes: ['POOLED_BUDGET'], schemes: ['Better Care Fund'], startDate: date('2023-04-01'), status: 'ACTIVE',
			    searchText: 's75-' + a})
			  CREATE (council)<-[:PARTY]-(:AgreementParty {id: 'ap-h-' + a, role: 'HOST'})-[:TO_AGREEMENT]->(s)
			  CREATE (icb)<-[:PARTY]-(:AgreementParty {id: 'ap-p-' + a, role: 'PARTNER'})-[:TO_AGREEMENT]->(s)
			  CREATE (council)<-[:HOSTED_BY]-(f:PooledFund {id: 'fund-' + a, name: 'Fund ' + a, scheme: 'Better Care Fund'})
			         -[:UNDER_AGREEMENT]->(s)
			  CREATE (f)<-[:TO_FUND]-(:Contribution {id: 'c-h-' + a, financialYear: '2025/26', amountPence: 100000000 + a})
			         -[:FROM_PARTY]->(council)
			  CREATE (f)<-[:TO_FUND]-(:Contribution {id: 'c-p-' + a, financialYear: '2025/26', amountPence: 300000000 + a})
			         -[:FROM_PARTY]->(icb)
			} IN TRANSACTIONS OF 1000 ROWS
			"""),
			new Step("boards of ICBs and councils", """
			UNWIND range(0, $boards - 1) AS b
			MATCH (o:Organisation {id: 'org-' + CASE WHEN b % 2 = 0 THEN b % $icbs
			                                     ELSE $icbs + $trusts + $practices + $pcns + b % $councils END})
			CREATE (:Board {id: 'board-' + b, name: 'Board ' + b, kind: 'COMMITTEE', searchText: 'board ' + b})
			       -[:ACCOUNTABLE_TO]->(o)
			"""),
			new Step("people", """
			UNWIND range(0, $people - 1) AS n
			CALL (n) {
			  CREATE (:Person {id: 'person-' + n, givenName: 'Given' + n, familyName: 'Family' + (n % 5000),
			    displayName: 'Given' + n + ' Family' + (n % 5000), aliases: [], searchText: 'person ' + n})
			} IN TRANSACTIONS OF 10000 ROWS
			"""),
			new Step("memberships (board 0 a super-node of hundreds of seats)", """
			UNWIND range(0, $memberships - 1) AS m
			CALL (m) {
			  MATCH (p:Person {id: 'person-' + (m * 7919) % $people})
			  MATCH (b:Board {id: 'board-' + CASE WHEN m % 40 = 0 THEN 0 ELSE m % $boards END})
			  CREATE (p)<-[:HELD_BY]-(:Membership {id: 'm-' + m, role: 'MEMBER', voting: m % 5 <> 0,
			    electedMember: m % 3 = 0, side: ['A', 'B'][m % 2], from: date('2023-04-01')})-[:ON_BOARD]->(b)
			} IN TRANSACTIONS OF 10000 ROWS
			"""),
			new Step("interests: ten a person, skewed to few organisations", """
			UNWIND range(0, $interests - 1) AS i
			CALL (i) {
			  WITH i, ((i * 2654435761) % 1000003) / 1000003.0 AS u
			  MATCH (p:Person {id: 'person-' + i % $people})
			  MATCH (o:Organisation {id: 'org-' + toInteger($organisations * u * u)})
			  CREATE (o)<-[:IN_ORGANISATION]-(:Interest {id: 'interest-' + i, nature: 'Interest ' + i,
			    type: ['FINANCIAL', 'NON_FINANCIAL_PROFESSIONAL', 'NON_FINANCIAL_PERSONAL', 'INDIRECT',
			           'DISCLOSABLE_PECUNIARY', 'OTHER_REGISTRABLE', 'NON_PECUNIARY'][i % 7],
			    declaredOn: date('2020-01-01') + duration({days: (i * 31) % 2000}),
			    validTo: CASE WHEN i % 10 = 0 THEN date('2024-03-31') END, withheld: i % 20 = 0})-[:DECLARED_BY]->(p)
			} IN TRANSACTIONS OF 10000 ROWS
			"""),
			new Step("delegation trees up to six deep, from ICBs and councils to their boards", """
			UNWIND range(0, $boards - 1) AS b
			WITH b, (b / ($icbs * 2)) % 6 AS depth
			MATCH (delegate:Board {id: 'board-' + b})
			OPTIONAL MATCH (parentBoard:Board {id: 'board-' + (b - $icbs * 2)}) WHERE depth > 0
			OPTIONAL MATCH (delegate)-[:ACCOUNTABLE_TO]->(root:Organisation)
			WITH b, depth, delegate, coalesce(parentBoard, root) AS delegator
			CREATE (delegator)<-[:DELEGATED_BY]-(:Delegation {id: 'delegation-' + b, instrument: 'TERMS_OF_REFERENCE',
			  instrumentReference: 'Terms of reference ' + b,
			  scope: [['CONTRACT_AWARD', 'POOLED_BUDGET_SPENDING', 'STRATEGY_APPROVAL'],
			          ['CONTRACT_AWARD', 'STRATEGY_APPROVAL'], ['POOLED_BUDGET_SPENDING', 'STRATEGY_APPROVAL']][b % 3],
			  financialLimitPence: 1000000000 / (depth + 1), subDelegationAllowed: true, validFrom: date('2023-04-01'),
			  validTo: CASE WHEN b % 20 = 7 THEN date('2025-03-31') END})-[:DELEGATED_TO]->(delegate)
			"""),
			new Step("reserved matters: every ICB keeps its annual budget", """
			UNWIND range(0, $icbs - 1) AS i
			MATCH (icb:Organisation {id: 'org-' + i})
			CREATE (:Reservation {id: 'reservation-' + i, scope: ['ANNUAL_BUDGET'], validFrom: date('2022-07-01')})
			       -[:RESERVED_BY]->(icb)
			"""),
			new Step("meetings and agenda items (each about an organisation, partnership or fund)", """
			UNWIND range(0, $meetings - 1) AS m
			CALL (m) {
			  MATCH (b:Board {id: 'board-' + m % $boards})
			  CREATE (mt:Meeting {id: 'meeting-' + m, date: date('2025-01-01') + duration({days: m % 365}),
			    status: 'HELD'})-[:OF_BOARD]->(b)
			  WITH mt, m
			  UNWIND range(1, $items) AS n
			  WITH mt, m, n, (m * 31 + n * 7919) AS h
			  MATCH (s {id: CASE h % 3 WHEN 0 THEN 'org-' + h % $organisations
			                            WHEN 1 THEN 'partnership-place-' + h % $icbs
			                            ELSE 'fund-' + h % $agreements END})
			  WHERE s:Organisation OR s:Partnership OR s:PooledFund
			  CREATE (ai:AgendaItem {id: mt.id + '-' + n, number: toString(n), sortKey: right('00000' + n, 6) + '.',
			    title: 'Item ' + n, purpose: ['DECISION', 'DISCUSSION', 'NOTING'][n % 3]})-[:ON_AGENDA]->(mt),
			    (ai)-[:CONCERNS]->(s)
			} IN TRANSACTIONS OF 500 ROWS
			"""),
			new Step("decisions: one a meeting, relying on the board's delegation", """
			UNWIND range(0, $meetings - 1) AS m
			CALL (m) {
			  MATCH (ai:AgendaItem {id: 'meeting-' + m + '-1'})-[:ON_AGENDA]->(mt:Meeting)-[:OF_BOARD]->(b:Board)
			  CREATE (d:Decision {id: 'decision-' + m, text: 'Decision ' + m, outcome: 'APPROVED', decidedOn: mt.date,
			    kind: ['CONTRACT_AWARD', 'POOLED_BUDGET_SPENDING', 'STRATEGY_APPROVAL'][m % 3],
			    amountPence: (m % 7) * 10000000})-[:ON_ITEM]->(ai)
			  CREATE (d)-[:TAKEN_BY]->(b)
			  WITH d, b
			  MATCH (b)<-[:DELEGATED_TO]-(dl:Delegation)
			  CREATE (d)-[:RELIES_ON]->(dl)
			} IN TRANSACTIONS OF 1000 ROWS
			""") };

	private record Step(String name, String cypher) {
	}

	private SyntheticGraph() {
	}

	/**
	 * Builds the graph unless this database already holds it at this scale (benchmarks in one JVM share it); any
	 * other data is removed first, in batches, as a large graph would not fit one transaction.
	 */
	public static void ensure(Driver driver, Scale scale, PrintStream out) {
		try (Session session = driver.session()) {
			if (session.run("MATCH (m:__Synthetic {scale: $scale}) RETURN m", Map.of("scale", scale.toString()))
				.hasNext()) {
				out.println("  synthetic graph already built: " + scale);
				return;
			}
			session.run("""
					MATCH (n) WHERE NOT n:__Migration
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
					""").consume();
		}
		out.println("Generating " + scale);
		generate(driver, scale, out);
		try (Session session = driver.session()) {
			session.run("CREATE (:__Synthetic {scale: $scale})", Map.of("scale", scale.toString())).consume();
		}
	}

	public static void generate(Driver driver, Scale scale, PrintStream out) {
		long total = System.nanoTime();
		for (Step step : STEPS) {
			long start = System.nanoTime();
			try (Session session = driver.session()) {
				SummaryCounters counters = session.run(step.cypher(), scale.params()).consume().counters();
				out.printf("  %-60s %,10d nodes %,10d relationships %7.1f s%n", step.name(), counters.nodesCreated(),
						counters.relationshipsCreated(), (System.nanoTime() - start) / 1e9);
			}
		}
		out.printf("  generated in %.1f s%n", (System.nanoTime() - total) / 1e9);
	}

}
