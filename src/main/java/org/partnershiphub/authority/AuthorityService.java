package org.partnershiphub.authority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnershiphub.board.Board;
import org.partnershiphub.board.BoardService;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.meeting.Decision;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.organisation.OrganisationService;
import org.partnershiphub.person.Person;
import org.partnershiphub.person.PersonService;
import org.partnershiphub.source.SourceCitation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officers' posts, delegations of authority and reserved matters: recording them and reading them back. */
@Service
public class AuthorityService {

	/** Bodies that receive delegations and decide (the GraphQL union {@code Delegate}). */
	static final Map<Label, Class<? extends Record>> DELEGATE_TYPES = Map.of(Label.Board, Board.class, Label.Post,
			Post.class, Label.Organisation, Organisation.class);

	static final String IN_FORCE = "d.validFrom <= k.asOf AND (d.validTo IS NULL OR d.validTo >= k.asOf)";

	private final Graph graph;

	private final OrganisationService organisations;

	private final PersonService people;

	private final SourceService sources;

	private final StatutoryPowers powers;

	AuthorityService(Graph graph, OrganisationService organisations, PersonService people, SourceService sources,
			StatutoryPowers powers) {
		this.graph = graph;
		this.organisations = organisations;
		this.people = people;
		this.sources = sources;
		this.powers = powers;
	}

	public record CreatePostInput(String organisationId, String title) {
	}

	public record AppointToPostInput(String postId, String personId, LocalDate from, LocalDate to) {
	}

	public record DelegateAuthorityInput(String delegatorId, String delegateId, Delegation.Instrument instrument,
			String instrumentReference, String agreementId, List<String> scope, BigDecimal financialLimit,
			String conditions, Boolean subDelegationAllowed, LocalDate validFrom, LocalDate validTo,
			SourceInput source) {
	}

	public record EndDelegationInput(String delegationId, LocalDate validTo) {
	}

	public record ReserveMattersInput(String bodyId, List<String> scope, String description, LocalDate validFrom,
			LocalDate validTo, SourceInput source) {
	}

	public record PostPayload(Post post, List<UserError> userErrors) {
	}

	public record DelegationPayload(Delegation delegation, List<UserError> userErrors) {
	}

	public record ReservationPayload(Reservation reservation, List<UserError> userErrors) {
	}

	Optional<Post> findPost(String id) {
		return this.graph.byId(Post.class, id);
	}

	Optional<Delegation> findDelegation(String id) {
		return this.graph.byId(Delegation.class, id);
	}

	@Transactional
	public PostPayload createPost(CreatePostInput input) {
		Validation v = new Validation().name("title", input.title());
		this.organisations.requireOrganisation(v, "organisationId", input.organisationId());
		if (v.hasErrors()) {
			return new PostPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (o:Organisation {id: $organisationId})
				CREATE (:Post {id: $id, title: $title, createdAt: datetime()})-[:POST_IN]->(o)
				""", Map.of("id", id, "organisationId", input.organisationId(), "title", input.title().strip()));
		return new PostPayload(findPost(id).orElseThrow(), List.of());
	}

	@Transactional
	public PostPayload appointToPost(AppointToPostInput input) {
		Validation v = new Validation().required("from", input.from())
			.dateRange("from", input.from(), "to", input.to());
		v.required("postId", input.postId());
		v.check(input.postId() == null || this.graph.exists(Label.Post, input.postId()), "postId", Code.NOT_FOUND,
				"No post with id " + input.postId());
		this.people.requirePerson(v, "personId", input.personId());
		if (!v.hasErrors()) {
			v.check(this.graph.run("""
					MATCH (h:PostHolder)-[:OF_POST]->(:Post {id: $postId})
					WHERE h.from <= coalesce($to, date('9999-12-31')) AND coalesce(h.to, date('9999-12-31')) >= $from
					RETURN h.id
					""", Params.of("postId", input.postId(), "from", input.from(), "to", input.to())) == 0, "from",
					Code.DUPLICATE, "Someone already holds the post for overlapping dates");
		}
		if (v.hasErrors()) {
			return new PostPayload(null, v.errors());
		}
		this.graph.run("""
				MATCH (post:Post {id: $postId}), (p:Person {id: $personId})
				CREATE (post)<-[:OF_POST]-(:PostHolder {id: $id, from: $from, to: $to, createdAt: datetime()})
				       -[:HOLDER]->(p)
				""", Params.of("id", UUID.randomUUID().toString(), "postId", input.postId(), "personId",
				input.personId(), "from", input.from(), "to", input.to()));
		return new PostPayload(findPost(input.postId()).orElseThrow(), List.of());
	}

	@Transactional
	public DelegationPayload delegateAuthority(DelegateAuthorityInput input) {
		List<String> scope = kinds(input.scope());
		Validation v = new Validation().required("instrument", input.instrument())
			.required("validFrom", input.validFrom())
			.maxLength("instrumentReference", input.instrumentReference(), Validation.NAME_MAX)
			.maxLength("conditions", input.conditions(), Validation.TEXT_MAX)
			.maxLength("scope", input.scope(), Validation.NAME_MAX)
			.dateRange("validFrom", input.validFrom(), "validTo", input.validTo());
		v.check(!scope.isEmpty() || v.hasErrorOn("scope"), "scope", Code.REQUIRED,
				"scope names at least one kind of decision");
		v.check(input.financialLimit() == null || input.financialLimit().signum() >= 0, "financialLimit",
				Code.INVALID, "financialLimit cannot be negative");
		Optional<Label> delegator = this.graph.labelOf(input.delegatorId(), BoardService.BODY_TYPES.keySet());
		Optional<Label> delegate = this.graph.labelOf(input.delegateId(), DELEGATE_TYPES.keySet());
		v.required("delegatorId", input.delegatorId()).required("delegateId", input.delegateId());
		v.check(input.delegatorId() == null || delegator.isPresent(), "delegatorId", Code.NOT_FOUND,
				"No organisation or board with id " + input.delegatorId());
		v.check(input.delegateId() == null || delegate.isPresent(), "delegateId", Code.NOT_FOUND,
				"No organisation, board or post with id " + input.delegateId());
		v.check(input.delegatorId() == null || !input.delegatorId().equals(input.delegateId()), "delegateId",
				Code.INVALID, "A body cannot delegate to itself");
		if (input.instrument() == Delegation.Instrument.SECTION_75_AGREEMENT) {
			v.required("agreementId", input.agreementId());
		}
		if (input.agreementId() != null) {
			v.check(this.graph.exists(Label.Agreement, input.agreementId()), "agreementId", Code.NOT_FOUND,
					"No Section 75 agreement with id " + input.agreementId());
			if (!v.hasErrors()) {
				underAgreement(v, input);
			}
		}
		this.sources.validate(v, "source", input.source());
		if (!v.hasErrors()) {
			withinOwnAuthority(v, input, notHeldByStatute(input.delegatorId(), scope));
		}
		if (v.hasErrors()) {
			return new DelegationPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (delegator {id: $delegatorId}) WHERE delegator:%s
				MATCH (delegate {id: $delegateId}) WHERE delegate:%s
				CREATE (d:Delegation {id: $id, instrument: $instrument, instrumentReference: $reference, scope: $scope,
				  financialLimitPence: $limit, conditions: $conditions, subDelegationAllowed: $subDelegationAllowed,
				  validFrom: $validFrom, validTo: $validTo, createdAt: datetime()})
				CREATE (delegator)<-[:DELEGATED_BY]-(d)-[:DELEGATED_TO]->(delegate)
				WITH d
				OPTIONAL MATCH (a:Agreement {id: $agreementId})
				FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END | CREATE (d)-[:IN_AGREEMENT]->(x))
				""".formatted(delegator.orElseThrow().name(), delegate.orElseThrow().name()),
				Params.of("id", id, "delegatorId", input.delegatorId(), "delegateId", input.delegateId(), "instrument",
						input.instrument().name(), "reference", Validation.trimToNull(input.instrumentReference()),
						"scope", scope, "limit", pence(input.financialLimit()), "conditions",
						Validation.trimToNull(input.conditions()), "subDelegationAllowed",
						Boolean.TRUE.equals(input.subDelegationAllowed()), "validFrom", input.validFrom(), "validTo",
						input.validTo(), "agreementId", input.agreementId()));
		this.sources.cite(Label.Delegation, id, input.source());
		return new DelegationPayload(findDelegation(id).orElseThrow(), List.of());
	}

	@Transactional
	public DelegationPayload endDelegation(EndDelegationInput input) {
		Validation v = new Validation().required("delegationId", input.delegationId())
			.required("validTo", input.validTo());
		Optional<Delegation> existing = (input.delegationId() != null) ? findDelegation(input.delegationId())
				: Optional.empty();
		v.check(input.delegationId() == null || existing.isPresent(), "delegationId", Code.NOT_FOUND,
				"No delegation with id " + input.delegationId());
		existing.ifPresent(d -> v.dateRange("validFrom", d.validFrom(), "validTo", input.validTo()));
		if (v.hasErrors()) {
			return new DelegationPayload(null, v.errors());
		}
		this.graph.run("MATCH (d:Delegation {id: $id}) SET d.validTo = $validTo, d.updatedAt = datetime()",
				Map.of("id", input.delegationId(), "validTo", input.validTo()));
		return new DelegationPayload(findDelegation(input.delegationId()).orElseThrow(), List.of());
	}

	/**
	 * A body that is not itself statutory delegates only what it holds: every kind in the new scope must come from a
	 * delegation it holds on the start date that allows onward delegation, and the limit may not exceed that one's.
	 */
	private void withinOwnAuthority(Validation v, DelegateAuthorityInput input, List<String> scope) {
		if (scope.isEmpty()) {
			return;
		}
		List<Delegation> held = this.graph.list("""
				MATCH (body {id: $delegatorId})<-[:DELEGATED_TO]-(d:Delegation)
				WHERE body:Board OR body:Organisation
				WITH d, {asOf: $validFrom} AS k
				WHERE %s
				RETURN d AS n
				""".formatted(IN_FORCE), Map.of("delegatorId", input.delegatorId(), "validFrom", input.validFrom()),
				Delegation.class);
		List<String> uncovered = new ArrayList<>();
		List<String> overLimit = new ArrayList<>();
		for (String kind : scope) {
			List<Delegation> onward = held.stream()
				.filter(d -> d.subDelegationAllowed() && d.scope().contains(kind))
				.toList();
			if (onward.isEmpty()) {
				uncovered.add(kind);
			}
			else if (onward.stream().noneMatch(d -> withinLimit(input.financialLimit(), d.financialLimit()))) {
				overLimit.add(kind);
			}
		}
		v.check(uncovered.isEmpty(), "scope", Code.INVALID, "The delegator holds no delegation it may pass on for "
				+ String.join(", ", uncovered) + " on " + input.validFrom());
		v.check(overLimit.isEmpty(), "financialLimit", Code.INVALID,
				"The limit exceeds what the delegator itself holds for " + String.join(", ", overLimit));
	}

	private static boolean withinLimit(BigDecimal limit, BigDecimal held) {
		return held == null || (limit != null && limit.compareTo(held) <= 0);
	}

	@Transactional
	public ReservationPayload reserveMatters(ReserveMattersInput input) {
		List<String> scope = kinds(input.scope());
		Validation v = new Validation().required("validFrom", input.validFrom())
			.maxLength("description", input.description(), Validation.TEXT_MAX)
			.maxLength("scope", input.scope(), Validation.NAME_MAX)
			.dateRange("validFrom", input.validFrom(), "validTo", input.validTo());
		v.check(!scope.isEmpty() || v.hasErrorOn("scope"), "scope", Code.REQUIRED,
				"scope names at least one kind of decision");
		Optional<Label> body = this.graph.labelOf(input.bodyId(), BoardService.BODY_TYPES.keySet());
		v.required("bodyId", input.bodyId());
		v.check(input.bodyId() == null || body.isPresent(), "bodyId", Code.NOT_FOUND,
				"No organisation or board with id " + input.bodyId());
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new ReservationPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (body {id: $bodyId}) WHERE body:%s
				CREATE (:Reservation {id: $id, scope: $scope, description: $description, validFrom: $validFrom,
				                      validTo: $validTo, createdAt: datetime()})-[:RESERVED_BY]->(body)
				""".formatted(body.orElseThrow().name()), Params.of("id", id, "bodyId", input.bodyId(), "scope", scope,
				"description", Validation.trimToNull(input.description()), "validFrom", input.validFrom(), "validTo",
				input.validTo()));
		this.sources.cite(Label.Reservation, id, input.source());
		return new ReservationPayload(this.graph
			.one("MATCH (n:Reservation {id: $id}) RETURN n", Map.of("id", id), Reservation.class)
			.orElseThrow(), List.of());
	}

	/** Normalised, distinct decision kinds; blanks dropped (the length check reports them). */
	static List<String> kinds(List<String> texts) {
		Set<String> kinds = new LinkedHashSet<>();
		if (texts != null) {
			texts.stream().map(Decision::kind).filter(k -> k != null).forEach(kinds::add);
		}
		return List.copyOf(kinds);
	}

	static Long pence(BigDecimal amount) {
		return (amount != null) ? amount.movePointRight(2).longValueExact() : null;
	}

	/**
	 * A delegation under a Section 75 agreement is made by a party to it (an organisation, or a board of one) and
	 * starts within the agreement's term, as extended, where the paper states the term.
	 */
	private void underAgreement(Validation v, DelegateAuthorityInput input) {
		var row = this.graph.query("""
				MATCH (a:Agreement {id: $agreementId})
				MATCH (delegator {id: $delegatorId}) WHERE delegator:Organisation OR delegator:Board
				RETURN a.reference AS reference, a.startDate AS startDate, a.endDate AS endDate,
				       EXISTS { (a)<-[:TO_AGREEMENT]-(:AgreementParty)-[:PARTY]->(o:Organisation)
				                WHERE o = delegator OR EXISTS { (delegator)-[:ACCOUNTABLE_TO]->{1,3}(o) } } AS party
				""", Map.of("agreementId", input.agreementId(), "delegatorId", input.delegatorId()), r -> r).get(0);
		String reference = row.get("reference").asString(input.agreementId());
		v.check(row.get("party").asBoolean(), "delegatorId", Code.INVALID, "The delegator is not a party to "
				+ reference + " (nor a board of one): only its parties delegate under it");
		LocalDate start = row.get("startDate").isNull() ? null : row.get("startDate").asLocalDate();
		LocalDate end = row.get("endDate").isNull() ? null : row.get("endDate").asLocalDate();
		v.check(start == null || !input.validFrom().isBefore(start), "validFrom", Code.INVALID,
				"The delegation starts before " + reference + " does (" + start + ")");
		v.check(end == null || !input.validFrom().isAfter(end), "validFrom", Code.INVALID,
				"The delegation starts after " + reference + " ended (" + end + ")");
	}

	/** The kinds in {@code scope} the body does not hold by statute (for a board, unless it acts as its organisation). */
	private List<String> notHeldByStatute(String bodyId, List<String> scope) {
		return this.graph.query("""
				UNWIND $scope AS kind
				OPTIONAL MATCH (o {id: $id}) WHERE o:Organisation OR o:Board
				WITH kind, o
				WHERE o IS NULL OR NOT %s
				RETURN kind
				""".formatted(StatutoryPowers.holds("o", "kind")),
				Map.of("id", bodyId, "scope", scope, "powers", this.powers.parameter(), "acting",
						this.powers.actingKinds()),
				row -> row.get("kind").asString());
	}

	Map<Post, Organisation> postOrganisations(Collection<Post> posts) {
		return this.graph.single("""
				MATCH (post:Post)-[:POST_IN]->(n:Organisation)
				WHERE post.id IN $ids
				RETURN post.id AS key, n
				""", posts, Post::id, Organisation.class);
	}

	Map<AsOfKey, List<PostHolder>> holders(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf("""
				UNWIND $keys AS k
				MATCH (:Post {id: k.id})<-[:OF_POST]-(h:PostHolder)
				WHERE h.from <= k.asOf AND (h.to IS NULL OR h.to >= k.asOf)
				RETURN k.id AS key, k.asOf AS asOf, h AS n
				""", keys, PostHolder.class);
	}

	Map<PostHolder, Person> holderPeople(Collection<PostHolder> holders) {
		return this.graph.single("""
				MATCH (h:PostHolder)-[:HOLDER]->(n:Person)
				WHERE h.id IN $ids
				RETURN h.id AS key, n
				""", holders, PostHolder::id, Person.class);
	}

	Map<PostHolder, Post> holderPosts(Collection<PostHolder> holders) {
		return this.graph.single("""
				MATCH (h:PostHolder)-[:OF_POST]->(n:Post)
				WHERE h.id IN $ids
				RETURN h.id AS key, n
				""", holders, PostHolder::id, Post.class);
	}

	Map<Organisation, List<Post>> posts(Collection<Organisation> organisations) {
		return this.graph.grouped("""
				MATCH (n:Post)-[:POST_IN]->(o:Organisation)
				WHERE o.id IN $ids
				RETURN o.id AS key, n
				ORDER BY n.title
				""", organisations, Organisation::id, Post.class);
	}

	/** Delegations received ({@code DELEGATED_TO}) or made ({@code DELEGATED_BY}) by bodies, in force on a date. */
	Map<AsOfKey, List<Delegation>> delegations(Set<AsOfKey> keys, Label body, boolean received) {
		return this.graph.groupedAsOf("""
				UNWIND $keys AS k
				MATCH (:%s {id: k.id})<-[:%s]-(d:Delegation)
				WHERE %s
				RETURN k.id AS key, k.asOf AS asOf, d AS n
				ORDER BY d.validFrom, d.id
				""".formatted(body.name(), received ? "DELEGATED_TO" : "DELEGATED_BY", IN_FORCE), keys,
				Delegation.class);
	}

	<K> Map<K, List<Reservation>> reservations(Collection<K> bodies, Label body,
			java.util.function.Function<K, String> idOf) {
		return this.graph.grouped("""
				MATCH (n:Reservation)-[:RESERVED_BY]->(body:%s)
				WHERE body.id IN $ids
				RETURN body.id AS key, n
				ORDER BY n.validFrom
				""".formatted(body.name()), bodies, idOf, Reservation.class);
	}

	Map<Delegation, Object> delegators(Collection<Delegation> delegations) {
		return this.graph.singleByLabel("""
				MATCH (d:Delegation)-[:DELEGATED_BY]->(n)
				WHERE d.id IN $ids
				RETURN d.id AS key, n, labels(n)[0] AS label
				""", delegations, Delegation::id, BoardService.BODY_TYPES);
	}

	Map<Reservation, Object> reservationBodies(Collection<Reservation> reservations) {
		return this.graph.singleByLabel("""
				MATCH (r:Reservation)-[:RESERVED_BY]->(n)
				WHERE r.id IN $ids
				RETURN r.id AS key, n, labels(n)[0] AS label
				""", reservations, Reservation::id, BoardService.BODY_TYPES);
	}

	Map<Delegation, Object> delegates(Collection<Delegation> delegations) {
		return this.graph.singleByLabel("""
				MATCH (d:Delegation)-[:DELEGATED_TO]->(n)
				WHERE d.id IN $ids
				RETURN d.id AS key, n, labels(n)[0] AS label
				""", delegations, Delegation::id, DELEGATE_TYPES);
	}

	Map<Delegation, org.partnershiphub.agreement.Agreement> agreements(Collection<Delegation> delegations) {
		return this.graph.single("""
				MATCH (d:Delegation)-[:IN_AGREEMENT]->(n:Agreement)
				WHERE d.id IN $ids
				RETURN d.id AS key, n
				""", delegations, Delegation::id, org.partnershiphub.agreement.Agreement.class);
	}

	<K extends Record> Map<K, List<SourceCitation>> sources(Label label, Collection<K> facts,
			java.util.function.Function<K, String> idOf) {
		return this.sources.citations(label, facts, idOf);
	}

	Map<Decision, Object> takers(Collection<Decision> decisions) {
		return this.graph.singleByLabel("""
				MATCH (d:Decision)-[:TAKEN_BY]->(n)
				WHERE d.id IN $ids
				RETURN d.id AS key, n, labels(n)[0] AS label
				""", decisions, Decision::id, DELEGATE_TYPES);
	}

	/**
	 * The bodies whose approval each decision needs; with {@code outstandingOnly}, those that have not given it (by
	 * taking the decision, or one on it, as APPROVED or APPROVED_SUBJECT_TO).
	 */
	Map<Decision, List<Object>> approvers(Collection<Decision> decisions, boolean outstandingOnly) {
		return this.graph.groupedByLabel("""
				MATCH (d:Decision)-[:NEEDS_APPROVAL_FROM]->(n)
				WHERE d.id IN $ids %s
				RETURN d.id AS key, n, labels(n)[0] AS label
				ORDER BY coalesce(n.name, n.title)
				""".formatted(outstandingOnly ? """
				  AND NOT EXISTS {
				    MATCH (a:Decision)-[:TAKEN_BY]->(n)
				    WHERE (a = d OR (a)-[:ON_RECOMMENDATION]->(d)) AND a.outcome IN ['APPROVED', 'APPROVED_SUBJECT_TO']
				  }""" : ""), decisions, Decision::id, DELEGATE_TYPES);
	}

	Map<Decision, List<Delegation>> reliedOn(Collection<Decision> decisions) {
		return this.graph.grouped("""
				MATCH (d:Decision)-[:RELIES_ON]->(n:Delegation)
				WHERE d.id IN $ids
				RETURN d.id AS key, n
				ORDER BY n.validFrom, n.id
				""", decisions, Decision::id, Delegation.class);
	}

}
