package org.partnershiphub.support;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.SummaryCounters;
import org.partnershiphub.imports.ImportReport;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.imports.ImportService;
import org.partnershiphub.imports.ImportService.Options;

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

		/** The scale the benchmarks run at: national unless {@code -Dbenchmark.scale=small}. */
		public static Scale configured() {
			return "small".equalsIgnoreCase(System.getProperty("benchmark.scale")) ? SMALL : NATIONAL;
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
			  CREATE (s:Agreement {id: 's75-' + a, kind: 'SECTION_75', reference: 'S75-' + a, title: 'Agreement ' + a,
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
			    displayName: 'Given' + n + ' Family' + (n % 5000), sortName: 'family' + (n % 5000) + ' given' + n, aliases: [],
			    searchText: 'person ' + n})
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

	/**
	 * After the register: the meeting the benchmarks check, 'meeting-bench' of 'board-bench', 20 members on two sides
	 * (people 1000 to 1019, ten interests each like everyone) and a substitute for an absent one, with 15 items: five
	 * about organisations (or their parents) that members have interests in, five about partnerships, five about
	 * pooled funds.
	 */
	private static final Step[] BENCH_MEETING = {
			new Step("the benchmarks' board and meeting", """
			MATCH (council:Organisation {kind: 'LOCAL_AUTHORITY'}) WITH council ORDER BY council.id LIMIT 1
			CREATE (b:Board {id: 'board-bench', name: 'Bench Board', kind: 'JOINT_SUB_COMMITTEE'})-[:ACCOUNTABLE_TO]->(council)
			CREATE (b)-[:HAS_QUORUM_RULE]->(:QuorumRule {id: 'quorum-bench', perSide: true, minimumVotingMembers: 4,
			  minimumElectedMembers: 1, requiredRoles: ['CHAIR', 'MEMBER']})
			WITH b
			UNWIND range(0, 20) AS n
			MATCH (p:Person {id: 'person-' + (1000 + n)})
			CREATE (p)<-[:HELD_BY]-(m:Membership {id: 'm-bench-' + n, role: CASE WHEN n = 20 THEN 'SUBSTITUTE' WHEN n = 0 THEN 'CHAIR' ELSE 'MEMBER' END,
			  voting: true, electedMember: n % 4 = 0, side: ['A', 'B'][n % 2], from: date('2023-01-01')})-[:ON_BOARD]->(b)
			WITH DISTINCT b
			CREATE (mt:Meeting {id: 'meeting-bench', date: date('2025-06-01'), status: 'SCHEDULED'})-[:OF_BOARD]->(b)
			"""),
			new Step("  its attendance: one apology, a substitute present", """
			MATCH (mt:Meeting {id: 'meeting-bench'})
			MATCH (p:Person {id: 'person-1002'}), (s:Person {id: 'person-1020'})
			CREATE (p)<-[:ATTENDEE]-(:Attendance {id: 'a-bench-1', key: 'bench|1002', status: 'APOLOGIES', chair: false})-[:AT_MEETING]->(mt),
			       (s)<-[:ATTENDEE]-(a:Attendance {id: 'a-bench-2', key: 'bench|1020', status: 'PRESENT', chair: false})-[:AT_MEETING]->(mt),
			       (a)-[:SUBSTITUTE_FOR]->(p)
			"""),
			new Step("  its 15 items", """
			MATCH (p:Person)<-[:DECLARED_BY]-(:Interest)-[:IN_ORGANISATION]->(o:Organisation)
			WHERE p.id IN ['person-1001', 'person-1003', 'person-1005', 'person-1007', 'person-1009']
			OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organisation)
			WITH DISTINCT coalesce(parent, o) AS s
			ORDER BY s.id
			LIMIT 5
			WITH collect(s) AS organisations
			CALL () { MATCH (pp:Partnership) RETURN pp ORDER BY pp.id LIMIT 5 }
			WITH organisations, collect(pp) AS partnerships
			MATCH (f:PooledFund) WHERE f.id IN [n IN range(0, 4) | 'fund-' + n]
			WITH organisations, partnerships, collect(f) AS funds
			WITH organisations + partnerships + funds AS subjects
			MATCH (mt:Meeting {id: 'meeting-bench'})
			UNWIND range(0, size(subjects) - 1) AS n
			WITH mt, n, subjects[n] AS s
			CREATE (ai:AgendaItem {id: 'bench-item-' + n, number: toString(n + 1), sortKey: right('00000' + (n + 1), 6) + '.',
			  title: 'Item ' + (n + 1), purpose: ['DECISION', 'DISCUSSION', 'NOTING'][n % 3]})-[:ON_AGENDA]->(mt),
			  (ai)-[:CONCERNS]->(s)
			""") };

	private static final String[] NATURES = { "Director", "Trustee", "Shareholder", "Member", "Governor",
			"Spouse is employed", "Partner", "Advisor", "Volunteer", "Registered patient" };

	/** One spelling for each interest type, as registers write them. */
	private static final String[] TYPES = { "Financial interest", "Professional non-financial interest",
			"Personal non-financial interest", "Indirect interest", "Disclosable pecuniary interest",
			"Other registrable interest", "Non-pecuniary interest" };

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private record Step(String name, String cypher) {
	}

	private SyntheticGraph() {
	}

	/**
	 * Builds the graph unless this database already holds it at this scale (benchmarks in one JVM share it); any
	 * other data is removed first, in batches, as a large graph would not fit one transaction.
	 */
	public static void ensure(Driver driver, ImportService imports, Scale scale, PrintStream out) {
		try (Session session = driver.session()) {
			if (session.run("MATCH (m:__Synthetic {scale: $scale}) RETURN m", Map.of("scale", scale.toString()))
				.hasNext()) {
				out.println("  synthetic graph already built: " + scale);
				return;
			}
		}
		clear(driver);
		out.println("Generating " + scale);
		generate(driver, imports, scale, out);
		try (Session session = driver.session()) {
			session.run("CREATE (:__Synthetic {scale: $scale})", Map.of("scale", scale.toString())).consume();
		}
	}

	/** Deletes everything but the migrations, in batches: a graph this size does not fit one transaction. */
	public static void clear(Driver driver) {
		try (Session session = driver.session()) {
			// Interests first: the source document they cite would otherwise lose a million relationships at once.
			session.run("MATCH (n:Interest) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
			session.run("MATCH (n) WHERE NOT n:__Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
				.consume();
		}
	}

	/**
	 * The organisations, people and structure with Cypher (they have no import format: they come from ODS and
	 * rosters), then the register of interests through the hub's own import path, naming those people and
	 * organisations as a published register would, then the benchmarks' meeting.
	 */
	public static void generate(Driver driver, ImportService imports, Scale scale, PrintStream out) {
		long total = System.nanoTime();
		run(driver, scale, STEPS, out);
		byte[] register = register(scale);
		long start = System.nanoTime();
		ImportReport report = imports.importRegister(register, "synthetic-register.csv",
				new Options("Synthetic register of interests", false, false, false, Map.of(), "generator"));
		double seconds = (System.nanoTime() - start) / 1e9;
		// Every person and organisation the register names is held: all must be matched, none created.
		if (report.status() != Status.APPLIED || report.counts().imported() != scale.interests()
				|| report.counts().peopleCreated() + report.counts().organisationsCreated() > 0) {
			throw new IllegalStateException("the synthetic register did not import as expected: " + report.status()
					+ " " + report.error() + " " + report.counts() + " " + report.lines()
						.stream()
						.filter(line -> line.outcome() != ImportReport.Outcome.IMPORTED)
						.limit(5)
						.toList());
		}
		out.printf("  %-60s %,10d rows %,13d bytes %7.1f s: %,.0f rows/s%n",
				"interests: the register through ImportService (all matched)", scale.interests(), register.length,
				seconds, scale.interests() / seconds);
		run(driver, scale, BENCH_MEETING, out);
		out.printf("  generated in %.1f s%n", (System.nanoTime() - total) / 1e9);
	}

	private static void run(Driver driver, Scale scale, Step[] steps, PrintStream out) {
		for (Step step : steps) {
			long start = System.nanoTime();
			try (Session session = driver.session()) {
				SummaryCounters counters = session.run(step.cypher(), scale.params()).consume().counters();
				out.printf("  %-60s %,10d nodes %,10d relationships %7.1f s%n", step.name(), counters.nodesCreated(),
						counters.relationshipsCreated(), (System.nanoTime() - start) / 1e9);
			}
		}
	}

	/**
	 * The register in the published layout: each person's name and declaration date on their first row, their other
	 * interests on continuation rows. Person {@code p} has interests {@code p, p + people, ...}; interest {@code i} is
	 * in organisation {@code organisations * u * u} for a hash {@code u} of {@code i} in [0, 1), so low-numbered
	 * organisations (ICBs, trusts) hold most; one in ten has ended.
	 */
	static byte[] register(Scale scale) {
		StringBuilder csv = new StringBuilder(scale.interests() * 100);
		csv.append("Forename,Surname,Date of Declaration,Position / Role,Nature of Business / Organisation,"
				+ "Nature of Interest / Comments,Type of interest,Date to\n");
		for (int p = 0; p < scale.people(); p++) {
			int k = 0;
			for (long i = p; i < scale.interests(); i += scale.people(), k++) {
				if (k == 0) {
					LocalDate declared = LocalDate.of(2020, 1, 1).plusDays((p * 31L) % 1500);
					csv.append("Given").append(p).append(",Family").append(p % 5000).append(',')
						.append(DAY_MONTH_YEAR.format(declared)).append(",Member,");
				}
				else {
					csv.append(",,,,");
				}
				double u = ((i * 2654435761L) % 1000003) / 1000003.0;
				csv.append("Organisation ").append((int) (scale.organisations() * u * u)).append(',')
					.append(NATURES[(p + k) % NATURES.length]).append(',')
					.append(TYPES[(p * 3 + k) % TYPES.length]).append(',')
					.append((p + k) % 10 == 0 ? "31/03/2024" : "").append('\n');
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
