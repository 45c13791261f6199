package org.partnershiphub.authority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.partnershiphub.authority.AuthorityChain.Chain;
import org.partnershiphub.authority.AuthorityChain.ChainLink;
import org.partnershiphub.authority.AuthorityChain.Verdict;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.meeting.Decision;
import org.partnershiphub.organisation.Organisation;

import org.springframework.stereotype.Component;

/**
 * Traces decisions' authority in one query for any number of decisions. The chain starts from the delegations the
 * decision says it relies on (or, when it cites none, every delegation its body holds) and climbs delegator by
 * delegator, at most six delegations, until an organisation that holds the decision's kind by statute
 * ({@link StatutoryPowers}), or a body that holds no delegation. A statutory body that does not hold the kind by
 * statute is climbed past, through the delegations it holds (a national delegation to an ICB, and on).
 * <p>
 * A chain is COVERED when it reaches a holder by statute and every link is in force on the decision date, includes
 * the decision's kind, allows its amount and was not made by a body that reserves the kind to itself; for a decision
 * on an item concerning a pooled fund, the chain must also run through a delegation made under that fund's
 * agreement. The decision is COVERED when every delegation it cites has a covered chain, or, citing none, when one
 * of the delegations its body holds for the kind does; a joint body (two or more parents) needs a covered chain from
 * each parent. Otherwise its verdict is the strongest failure among them.
 */
@Component
class AuthorityChains {

	static final int MAX_DELEGATIONS = 6;

	static final String QUERY = """
			UNWIND $decisionIds AS decisionId
			MATCH (dec:Decision {id: decisionId})
			OPTIONAL MATCH (dec)-[:TAKEN_BY]->(taker)
			OPTIONAL CALL (taker) {
			  MATCH (taker:Board)-[:ACCOUNTABLE_TO]->(own:Organisation) WHERE taker.kind IN $acting
			  RETURN own LIMIT 1
			}
			WITH dec, taker, own, COLLECT {
			       MATCH (dec)-[:RELIES_ON]->(d:Delegation)-[:DELEGATED_BY]->(x) RETURN d ORDER BY x.name, d.id
			     } AS relied
			WITH dec, taker, own, size(relied) > 0 AS cited,
			     CASE WHEN size(relied) > 0 THEN relied
			          ELSE COLLECT {
			            MATCH (holder)<-[:DELEGATED_TO]-(d:Delegation)-[:DELEGATED_BY]->(x)
			            WHERE holder = taker OR holder = own
			            RETURN d ORDER BY x.name, d.id
			          } END AS firsts
			UNWIND CASE WHEN size(firsts) = 0 THEN [null] ELSE firsts END AS first
			OPTIONAL CALL (first, dec) {
			  MATCH path = (first) ((:Delegation)-[:DELEGATED_BY]->(m)<-[:DELEGATED_TO]-(:Delegation)
			                        WHERE NOT %2$s){0,%1$d}
			               (:Delegation)-[:DELEGATED_BY]->(top)
			  WHERE %3$s OR NOT EXISTS { (top)<-[:DELEGATED_TO]-(:Delegation) }
			  RETURN [d IN nodes(path) WHERE d:Delegation] AS links, top, %3$s AS holds,
			         CASE WHEN %3$s THEN %5$s END AS root
			  LIMIT 20
			}
			RETURN dec, coalesce(taker.name, taker.title) AS taker, cited, first.id AS firstId,
			       COLLECT { MATCH (taker)-[:ACCOUNTABLE_TO]->(p) RETURN p.name ORDER BY p.name } AS parents,
			       [(dec)-[:ON_ITEM]->(:AgendaItem)-[:CONCERNS]->(f:PooledFund)-[:UNDER_AGREEMENT]->(a) |
			         {fund: f.name, agreementId: a.id, agreement: a.reference,
			          aligned: f.arrangement = 'ALIGNED'}] AS funds,
			       [d IN links | {delegation: d, delegator: [(d)-[:DELEGATED_BY]->(x) | x.name][0],
			         reservations: [(d)-[:DELEGATED_BY]->()<-[:RESERVED_BY]-(r:Reservation) | r],
			         agreement: [(d)-[:IN_AGREEMENT]->(a) | a {.id, .reference, .endDate}][0]}] AS links,
			       root, coalesce(holds, false) AS holds, top.name AS topName,
			       top:Organisation AND coalesce(top.statutory, false) AS statutory,
			       own, own IS NOT NULL AND %4$s AS ownHolds
			""".formatted(MAX_DELEGATIONS - 1, StatutoryPowers.holds("m", "dec.kind"),
			StatutoryPowers.holds("top", "dec.kind"), StatutoryPowers.holds("own", "dec.kind"),
			StatutoryPowers.holder("top"));

	private final Graph graph;

	private final StatutoryPowers powers;

	AuthorityChains(Graph graph, StatutoryPowers powers) {
		this.graph = graph;
		this.powers = powers;
	}

	/**
	 * @param agreement the Section 75 agreement the delegation is made under, when it is
	 * @param agreementEnd the agreement's end, as extended; null when not stated
	 */
	private record Link(Delegation delegation, String delegator, List<Reservation> reservations, String agreementId,
			String agreement, LocalDate agreementEnd) {
	}

	/** A pooled fund the decision's item concerns, and the agreement it is pooled under. */
	private record Fund(String name, String agreementId, String agreement, boolean aligned) {
	}

	/**
	 * @param root the organisation the chain ends at, when it holds the decision's kind by statute
	 * @param top the name of the body the chain ends at
	 * @param statutoryTop whether that body is a statutory organisation (which then does not hold the kind)
	 */
	private record Row(Decision decision, String taker, boolean cited, String firstId, List<String> parents,
			List<Fund> funds,
			List<Link> links, Organisation root, String top, boolean statutoryTop, Organisation own,
			boolean ownHolds) {
	}

	/** Chains for each decision, in the order given; decisions that do not exist are left out. */
	List<AuthorityChain> trace(List<String> decisionIds) {
		Map<String, List<Row>> rows = new LinkedHashMap<>();
		this.graph.query(QUERY, Map.of("decisionIds", decisionIds, "powers", this.powers.parameter(), "acting",
				this.powers.actingKinds()), AuthorityChains::row)
			.forEach(row -> rows.computeIfAbsent(row.decision().id(), k -> new ArrayList<>()).add(row));
		return decisionIds.stream().filter(rows::containsKey).map(id -> judge(rows.get(id))).toList();
	}

	private static Row row(org.neo4j.driver.Record r) {
		return new Row(NodeMapper.map(r.get("dec"), Decision.class), string(r.get("taker")), r.get("cited").asBoolean(),
				string(r.get("firstId")), r.get("parents").asList(Value::asString),
				r.get("funds").asList(v -> new Fund(v.get("fund").asString(), v.get("agreementId").asString(),
						string(v.get("agreement")), v.get("aligned").asBoolean(false))),
				r.get("links").isNull() ? List.of() : r.get("links").asList(v -> new Link(
						NodeMapper.map(v.get("delegation"), Delegation.class), string(v.get("delegator")),
						v.get("reservations").asList(x -> NodeMapper.map(x, Reservation.class)),
						v.get("agreement").isNull() ? null : string(v.get("agreement").get("id")),
						v.get("agreement").isNull() ? null : string(v.get("agreement").get("reference")),
						v.get("agreement").isNull() || v.get("agreement").get("endDate").isNull() ? null
								: v.get("agreement").get("endDate").asLocalDate())),
				r.get("holds").asBoolean(false) ? NodeMapper.map(r.get("root"), Organisation.class) : null,
				string(r.get("topName")), r.get("statutory").asBoolean(false),
				r.get("own").isNull() ? null : NodeMapper.map(r.get("own"), Organisation.class),
				r.get("ownHolds").asBoolean(false));
	}

	private static String string(Value value) {
		return value.isNull() ? null : value.asString();
	}

	private AuthorityChain judge(List<Row> rows) {
		Decision decision = rows.get(0).decision();
		Row first = rows.get(0);
		Optional<Fund> pooled = first.funds().stream().filter(f -> !f.aligned()).findFirst();
		if (!first.cited() && first.ownHolds() && pooled.isPresent()) {
			return new AuthorityChain(decision, Verdict.OUT_OF_SCOPE, "Out of scope: " + pooled.get().name()
					+ " is pooled under " + Optional.ofNullable(pooled.get().agreement()).orElse("its agreement")
					+ " and spent by the body its partners delegate to, not by " + first.own().name() + " alone.",
					List.of());
		}
		if (!first.cited() && first.ownHolds()) {
			String basis = this.powers.basis(first.own());
			return new AuthorityChain(decision, Verdict.COVERED, "Covered: " + first.taker() + " acts as "
					+ first.own().name() + " itself, which holds " + Optional.ofNullable(decision.kind()).orElse("it")
					+ " by statute (" + basis + ").",
					List.of(new Chain(Verdict.COVERED, List.of(), first.own(), basis)));
		}
		if (!first.cited() && decision.outcome() == Decision.Outcome.RECOMMENDED) {
			return new AuthorityChain(decision, Verdict.COVERED, "Covered: a recommendation needs no delegated "
					+ "authority; the body it goes to decides, under its own.", List.of());
		}
		if (rows.get(0).firstId() == null) {
			return new AuthorityChain(decision, Verdict.NO_AUTHORITY_FOUND,
					"No authority found: " + Optional.ofNullable(rows.get(0).taker()).orElse("the deciding body")
							+ " holds no delegation.",
					List.of());
		}
		Map<String, List<Evaluated>> byFirst = new LinkedHashMap<>();
		for (Row row : rows) {
			byFirst.computeIfAbsent(row.firstId(), k -> new ArrayList<>()).add(evaluate(decision, row));
		}
		List<Evaluated> best = byFirst.values()
			.stream()
			.map(chains -> chains.stream().max(Comparator.comparing(e -> e.chain().verdict())).orElseThrow())
			.toList();
		boolean cited = rows.get(0).cited();
		if (!cited && decision.kind() != null) {
			// When the decision cites nothing, the delegations that include its kind are the ones that matter.
			List<Evaluated> inScope = best.stream()
				.filter(e -> !e.chain().links().isEmpty()
						&& e.chain().links().get(0).delegation().scope().contains(decision.kind()))
				.toList();
			best = inScope.isEmpty() ? best : inScope;
			if (inScope.isEmpty()) {
				Evaluated closest = best.stream().max(Comparator.comparing(e -> e.chain().verdict())).orElseThrow();
				return new AuthorityChain(decision, closest.chain().verdict(), closest.explanation(),
						best.stream().map(Evaluated::chain).toList());
			}
		}
		List<Chain> chains = byFirst.values().stream().flatMap(List::stream).map(Evaluated::chain).toList();
		// A joint body (two or more parents) needs authority from each parent; any other body needs one covered
		// route, unless the decision cites its delegations, when each one cited must hold.
		List<String> parents = first.parents();
		List<String> missing = List.of();
		if (parents.size() > 1) {
			Map<String, Evaluated> byParent = new LinkedHashMap<>();
			best.forEach(e -> byParent.merge(String.valueOf(e.delegator()), e,
					(a, b) -> a.chain().verdict().compareTo(b.chain().verdict()) >= 0 ? a : b));
			missing = parents.stream().filter(p -> !byParent.containsKey(p)).toList();
			best = List.copyOf(byParent.values());
		}
		else if (!cited && best.stream().anyMatch(e -> e.chain().verdict() == Verdict.COVERED)) {
			best = best.stream().filter(e -> e.chain().verdict() == Verdict.COVERED).toList();
		}
		Optional<Evaluated> failing = best.stream()
			.filter(e -> e.chain().verdict() != Verdict.COVERED)
			.min(Comparator.comparing(e -> e.chain().verdict()));
		if (failing.isPresent()) {
			return new AuthorityChain(decision, failing.get().chain().verdict(), failing.get().explanation(), chains);
		}
		if (!missing.isEmpty()) {
			return new AuthorityChain(decision, Verdict.NO_AUTHORITY_FOUND, "No authority found: " + first.taker()
					+ " answers to " + String.join(" and ", parents) + " and needs authority from each, but "
					+ (cited ? "cites" : "holds") + " none from " + String.join(" and ", missing) + ".", chains);
		}
		String roots = best.stream()
			.map(e -> e.chain().root().name())
			.distinct()
			.collect(Collectors.joining(" and "));
		return new AuthorityChain(decision, Verdict.COVERED, "Covered: every delegation is in force on "
				+ decision.decidedOn() + (decision.kind() != null ? ", includes " + decision.kind() : "")
				+ (decision.amount() != null ? " and allows " + money(decision.amount()) : "")
				+ "; the authority comes from " + roots + ".", chains);
	}

	/** A chain judged, with the body that made its first delegation (the deciding body's parent, usually). */
	private record Evaluated(Chain chain, String explanation, String delegator) {
	}

	private Evaluated evaluate(Decision decision, Row row) {
		LocalDate date = decision.decidedOn();
		List<ChainLink> links = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		Verdict verdict = Verdict.COVERED;
		for (Link link : row.links()) {
			Delegation d = link.delegation();
			List<Verdict> problems = new ArrayList<>();
			String from = "the delegation from " + link.delegator()
					+ (d.instrumentReference() != null ? " (" + d.instrumentReference() + ")" : "");
			if (link.reservations().stream().anyMatch(r -> r.covers(decision.kind(), date))) {
				problems.add(Verdict.RESERVED_MATTER);
				reasons.add(link.delegator() + " reserves " + decision.kind() + " to itself");
			}
			if (d.validTo() != null && d.validTo().isBefore(date)) {
				problems.add(Verdict.DELEGATION_EXPIRED);
				reasons.add(from + " ended on " + d.validTo());
			}
			if (link.agreementEnd() != null && link.agreementEnd().isBefore(date)
					&& (d.validTo() == null || !d.validTo().isBefore(date))) {
				problems.add(Verdict.DELEGATION_EXPIRED);
				reasons.add(from + " is made under " + link.agreement() + ", which ended on " + link.agreementEnd());
			}
			if (d.validFrom().isAfter(date)) {
				problems.add(Verdict.NOT_YET_IN_FORCE);
				reasons.add(from + " starts on " + d.validFrom());
			}
			if (decision.kind() != null && !d.scope().contains(decision.kind())) {
				problems.add(Verdict.OUT_OF_SCOPE);
				reasons.add(from + " covers " + String.join(", ", d.scope()) + ", not " + decision.kind());
			}
			if (decision.amount() != null && d.financialLimit() != null
					&& decision.amount().compareTo(d.financialLimit()) > 0) {
				problems.add(Verdict.OVER_LIMIT);
				reasons.add(money(decision.amount()) + " exceeds the " + money(d.financialLimit()) + " limit of " + from);
			}
			links.add(new ChainLink(d, List.copyOf(problems)));
			for (Verdict problem : problems) {
				verdict = (problem.compareTo(verdict) < 0) ? problem : verdict;
			}
		}
		for (Fund fund : row.funds()) {
			// The partners keep aligned budgets: a board under delegation recommends, each partner decides. A pooled
			// fund is spent only under its own agreement: the chain must run through a delegation made under it.
			String reason = fund.aligned()
					? fund.name() + " is an aligned fund: each partner keeps its budget and decides, and a board "
							+ "under delegation may only recommend"
					: row.links().stream().noneMatch(l -> fund.agreementId().equals(l.agreementId()))
							? "the decision concerns " + fund.name() + ", pooled under "
									+ Optional.ofNullable(fund.agreement()).orElse("its agreement")
									+ ", and this chain runs through no delegation made under that agreement"
							: null;
			if (reason != null) {
				boolean leads = Verdict.OUT_OF_SCOPE.compareTo(verdict) < 0;
				verdict = leads ? Verdict.OUT_OF_SCOPE : verdict;
				reasons.add(leads ? 0 : reasons.size(), reason);
			}
		}
		if (row.root() == null) {
			verdict = Verdict.NO_AUTHORITY_FOUND;
			reasons.add(0, "the chain stops at " + Optional.ofNullable(row.top()).orElse("a body") + (row.statutoryTop()
					? ", which does not hold " + decision.kind() + " by statute and holds no delegation for it"
					: ", which is not a statutory body and holds no delegation"));
		}
		String explanation = words(verdict) + ": "
				+ (reasons.isEmpty() ? "the chain reaches " + row.root().name() : reasons.get(0)) + ".";
		return new Evaluated(new Chain(verdict, List.copyOf(links), row.root(),
				this.powers.basis(row.root())), explanation,
				row.links().isEmpty() ? null : row.links().get(0).delegator());
	}

	static String words(Verdict verdict) {
		String words = verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	static String money(BigDecimal amount) {
		return "£" + String.format("%,.2f", amount);
	}

}
