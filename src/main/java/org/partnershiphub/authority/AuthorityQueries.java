package org.partnershiphub.authority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.partnershiphub.authority.AuthorityChain.Chain;
import org.partnershiphub.authority.AuthorityChain.ChainLink;
import org.partnershiphub.authority.AuthorityChain.Verdict;
import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.common.Params;
import org.partnershiphub.conflict.ConflictService;
import org.partnershiphub.meeting.Decision;
import org.partnershiphub.organisation.Organisation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The auditors' questions: by what authority, who could decide, and where authority is broken or lapsing. */
@Service
public class AuthorityQueries {

	static final int MAX_GAPS = 500;

	private final Graph graph;

	private final AuthorityChains chains;

	private final ConflictService conflicts;

	private final StatutoryPowers powers;

	AuthorityQueries(Graph graph, AuthorityChains chains, ConflictService conflicts, StatutoryPowers powers) {
		this.graph = graph;
		this.chains = chains;
		this.conflicts = conflicts;
		this.powers = powers;
	}

	/** A body or post that could take a decision, and the chain that gives it the authority. */
	public record DecisionMaker(Object delegate, Chain chain) {
	}

	public record AuthorityGaps(LocalDate asOf, List<AuthorityChain> decisions, List<Delegation> lapsing) {
	}

	@Transactional(readOnly = true)
	public AuthorityChain authorityChain(String decisionId) {
		return this.chains.trace(List.of(decisionId)).stream().findFirst().orElse(null);
	}

	/**
	 * A delegation {@code d} by {@code x} that passes on the power to take {@code $kind} for {@code $amount} on
	 * {@code $asOf}: in force (and its Section 75 agreement too), in scope, within its limit, and not made by a body
	 * that reserves the kind.
	 */
	private static final String PASSES = """
			d.validFrom <= $asOf AND (d.validTo IS NULL OR d.validTo >= $asOf) AND $kind IN d.scope
			      AND ($amount IS NULL OR d.financialLimitPence IS NULL OR d.financialLimitPence >= $amount)
			      AND NOT EXISTS { (d)-[:IN_AGREEMENT]->(a) WHERE a.endDate < $asOf }
			      AND NOT EXISTS {
			        MATCH (x)<-[:RESERVED_BY]-(r:Reservation)
			        WHERE $kind IN r.scope AND r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo >= $asOf)
			      }""";

	/**
	 * Walks down from the organisation (or the statutory partners of a place-based partnership) through delegations
	 * in force on the date that include the kind and allow the amount, made by bodies that do not reserve the kind;
	 * every board or post reached could decide, and the organisation's own governing body (acting as it, with no
	 * delegation). Shortest chain per decision maker. An organisation that does not hold
	 * the kind by statute answers only while it holds it by delegations that pass it on, by the same rules, from one
	 * that does (so a lapsed national delegation leaves nobody able to decide, as its chains say).
	 */
	@Transactional(readOnly = true)
	public List<DecisionMaker> whoCanDecide(String kind, BigDecimal amount, String organisationId, String placeId,
			String fundId, LocalDate asOf) {
		String normalised = Decision.kind(kind);
		if (normalised == null) {
			throw new BadRequestException("kind must contain letters or digits");
		}
		if (Stream.of(organisationId, placeId, fundId).filter(Objects::nonNull).count() != 1) {
			throw new BadRequestException("Give one of organisationId, placeId or fundId");
		}
		LocalDate date = Dates.orToday(asOf);
		Map<String, Object> fund = (fundId == null) ? Map.of("agreementId", "", "aligned", false) : this.graph.query("""
				MATCH (f:PooledFund {id: $fundId})-[:UNDER_AGREEMENT]->(a:Agreement)
				RETURN a.id AS agreementId, coalesce(f.arrangement = 'ALIGNED', false) AS aligned,
				       [(a)<-[:TO_AGREEMENT]-(:AgreementParty)-[:PARTY]->(o:Organisation) | o.id] AS parties
				""", Map.of("fundId", fundId), row -> row.asMap()).stream().findFirst()
			.orElseThrow(() -> new BadRequestException("No pooled fund with id " + fundId));
		List<String> roots = (organisationId != null) ? List.of(organisationId)
				: (fundId != null) ? ((List<?>) fund.get("parties")).stream().map(String::valueOf).toList()
				: this.graph.query("""
				MATCH (:Partnership {id: $placeId})<-[:IN_PARTNERSHIP]-(pm:PartnershipMembership)
				      -[:PARTNER]->(o:Organisation {statutory: true})
				WHERE coalesce(pm.from, date('0001-01-01')) <= $asOf AND coalesce(pm.to, $asOf) >= $asOf
				RETURN o.id AS id
				""", Map.of("placeId", placeId, "asOf", date), row -> row.get("id").asString());
		return this.graph.query("""
				UNWIND $roots AS rootId
				MATCH (root:Organisation {id: rootId})
				WHERE %2$s OR EXISTS {
				  MATCH (root) ((y)<-[:DELEGATED_TO]-(d:Delegation)-[:DELEGATED_BY]->(x) WHERE %3$s){1,%1$d} (top)
				  WHERE %4$s
				}
				CALL (root) {
				  CALL (root) {
				    RETURN root AS start
				    UNION
				    MATCH (root)<-[:ACCOUNTABLE_TO]-(start:Board) WHERE start.kind IN $acting
				    RETURN start
				  }
				  MATCH path = (start) ((x)<-[:DELEGATED_BY]-(d:Delegation)-[:DELEGATED_TO]->(y) WHERE %3$s){1,%1$d}
				               (delegate)
				  WHERE delegate:Board OR delegate:Post
				  RETURN delegate, path
				  UNION
				  MATCH path = (root)<-[:ACCOUNTABLE_TO]-(delegate:Board)
				  WHERE delegate.kind IN $acting
				  RETURN delegate, path
				}
				// A joint body decides only with authority passed on by each of its parents. A pooled fund is spent
				// through a delegation under its agreement; an aligned one by its partners' own governing bodies.
				WITH delegate, root, path
				WHERE (COUNT { (delegate)-[:ACCOUNTABLE_TO]->() } < 2
				   OR ALL(p IN COLLECT { MATCH (delegate)-[:ACCOUNTABLE_TO]->(p) RETURN p } WHERE EXISTS {
				        MATCH (x)<-[:DELEGATED_BY]-(d:Delegation)-[:DELEGATED_TO]->(delegate) WHERE x = p AND %3$s
				      }))
				  AND ($agreementId = '' OR CASE WHEN $aligned THEN NOT any(n IN nodes(path) WHERE n:Delegation)
				       ELSE any(n IN nodes(path) WHERE n:Delegation
				                AND EXISTS { (n)-[:IN_AGREEMENT]->(:Agreement {id: $agreementId}) }) END)
				ORDER BY length(path), root.id
				WITH delegate, head(collect({root: root, links: reverse([n IN nodes(path) WHERE n:Delegation]),
				                             rootHolds: %2$s})) AS best
				RETURN delegate AS n, [l IN labels(delegate) WHERE l IN ['Board', 'Post']][0] AS label, best.root AS root,
				       best.links AS links, best.rootHolds AS rootHolds
				ORDER BY coalesce(delegate.name, delegate.title)
				""".formatted(AuthorityChains.MAX_DELEGATIONS, StatutoryPowers.holds("root", "$kind"), PASSES,
				StatutoryPowers.holds("top", "$kind")), Params.of("roots", roots, "kind", normalised, "amount",
				AuthorityService.pence(amount), "asOf", date, "powers", this.powers.parameter(), "acting",
				this.powers.actingKinds(), "agreementId", fund.get("agreementId"), "aligned", fund.get("aligned")),
				row -> new DecisionMaker(
						NodeMapper.map(row.get("n"),
								AuthorityService.DELEGATE_TYPES.get(Label.valueOf(row.get("label").asString()))),
						new Chain(Verdict.COVERED,
								row.get("links").asList(v -> new ChainLink(NodeMapper.map(v, Delegation.class), List.of())),
								NodeMapper.map(row.get("root"), Organisation.class),
								row.get("rootHolds").asBoolean()
										? this.powers.basis(NodeMapper.map(row.get("root"), Organisation.class)) : null)));
	}

	/**
	 * Decisions from {@code since} (default a year before) to {@code asOf} not COVERED or not valid in themselves
	 * (taken inquorate, or with a member taking part who had to withdraw: one meeting report per meeting), and
	 * delegations lapsing soon.
	 */
	@Transactional(readOnly = true)
	public AuthorityGaps authorityGaps(LocalDate asOf, LocalDate since, int lapsingWithinDays) {
		LocalDate date = Dates.orToday(asOf);
		LocalDate from = (since != null) ? since : date.minusYears(1);
		if (lapsingWithinDays < 0 || lapsingWithinDays > 3660) {
			throw new BadRequestException("lapsingWithinDays must be between 0 and 3660");
		}
		List<String> decisionIds = this.graph.query("""
				MATCH (d:Decision)
				WHERE d.decidedOn >= $since AND d.decidedOn <= $asOf
				RETURN d.id AS id
				ORDER BY d.decidedOn, d.id
				LIMIT $max
				""", Map.of("since", from, "asOf", date, "max", MAX_GAPS), row -> row.get("id").asString());
		Map<String, ?> invalid = this.conflicts.decisionProblems(decisionIds);
		List<AuthorityChain> broken = this.chains.trace(decisionIds)
			.stream()
			.filter(chain -> chain.verdict() != Verdict.COVERED || invalid.containsKey(chain.decision().id()))
			.toList();
		List<Delegation> lapsing = this.graph.list("""
				MATCH (d:Delegation)
				WHERE d.validTo >= $asOf AND d.validTo <= $until AND d.validFrom <= $asOf
				RETURN d AS n
				ORDER BY d.validTo, d.id
				""", Map.of("asOf", date, "until", date.plusDays(lapsingWithinDays)), Delegation.class);
		return new AuthorityGaps(date, broken, lapsing);
	}

}
