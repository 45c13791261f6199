package org.partnershiphub.partnership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnershiphub.board.Board;
import org.partnershiphub.board.BoardService;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Graph.Paged;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.SearchText;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.common.Where;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.organisation.OrganisationService;
import org.partnershiphub.partnership.Partnership.PartnershipKind;
import org.partnershiphub.partnership.PartnershipMembership.PartnerRole;
import org.partnershiphub.person.Person;
import org.partnershiphub.person.PersonService;
import org.partnershiphub.common.DatePrecision;
import org.partnershiphub.source.SourceCitation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partnerships and the organisations in them over time. */
@Service
public class PartnershipService {

	private static final String CURRENT = "pm.from <= k.asOf AND (pm.to IS NULL OR pm.to >= k.asOf)";

	private final Graph graph;

	private final OrganisationService organisations;

	private final BoardService boards;

	private final SourceService sources;

	private final PersonService people;

	PartnershipService(Graph graph, OrganisationService organisations, BoardService boards, SourceService sources,
			PersonService people) {
		this.graph = graph;
		this.people = people;
		this.organisations = organisations;
		this.boards = boards;
		this.sources = sources;
	}

	public record PartnershipFilter(PartnershipKind kind, String name) {
	}

	public record FormPartnershipInput(String name, PartnershipKind kind, String place, String boardId) {
	}

	public record AddPartnerInput(String partnershipId, String organisationId, PartnerRole role, LocalDate from,
			LocalDate to, SourceInput source) {
	}

	public record RemovePartnerInput(String partnershipMembershipId, LocalDate to) {
	}

	public record PartnershipPayload(Partnership partnership, List<UserError> userErrors) {
	}

	public record DescribePartnershipInput(String partnershipId, List<String> aliases, LocalDate formedOn,
			DatePrecision formedOnPrecision, LocalDate goLiveOn, DatePrecision goLiveOnPrecision, SourceInput source) {
	}

	public record RecordPartnershipCountInput(String partnershipId, Integer count, String description, LocalDate asAt,
			SourceInput source) {
	}

	public record RecordPartnershipRoleInput(String partnershipId, String personId, PartnershipRole.Kind kind,
			String asWritten, LocalDate from, LocalDate to, SourceInput source) {
	}

	public record StatedCountPayload(Partnership.StatedCount statedCount, List<UserError> userErrors) {
	}

	public record PartnershipRolePayload(PartnershipRole partnershipRole, List<UserError> userErrors) {
	}

	public record PartnershipMembershipPayload(PartnershipMembership partnershipMembership,
			List<UserError> userErrors) {
	}

	public Optional<Partnership> find(String id) {
		return this.graph.byId(Partnership.class, id);
	}

	public Optional<PartnershipMembership> findMembership(String id) {
		return this.graph.byId(PartnershipMembership.class, id);
	}

	public Page<Partnership> find(PartnershipFilter filter, Paging paging) {
		PartnershipFilter f = (filter != null) ? filter : new PartnershipFilter(null, null);
		String name = (f.name() != null && !f.name().isBlank()) ? SearchText.normalise(f.name()) : null;
		Where where = new Where().when(f.kind(), "kind", "n.kind = $kind")
			.when(name, "name", "n.searchText CONTAINS $name");
		return this.graph.page(Paged.ascending("MATCH (n:Partnership)" + where.clause(), "n", "n.name", "n.id"),
				where.params(), Partnership.class, paging);
	}

	@Transactional
	public PartnershipPayload formPartnership(FormPartnershipInput input) {
		Validation v = new Validation().name("name", input.name())
			.required("kind", input.kind())
			.maxLength("place", input.place(), Validation.NAME_MAX);
		if (input.boardId() != null) {
			this.boards.requireBoard(v, "boardId", input.boardId());
		}
		if (v.hasErrors()) {
			return new PartnershipPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		String name = input.name().strip();
		this.graph.run("""
				CREATE (p:Partnership {id: $id, name: $name, kind: $kind, place: $place, searchText: $searchText,
				                       createdAt: datetime()})
				WITH p
				OPTIONAL MATCH (b:Board {id: $boardId})
				FOREACH (board IN CASE WHEN b IS NULL THEN [] ELSE [b] END | CREATE (p)-[:GOVERNED_BY]->(board))
				""", Params.of("id", id, "name", name, "kind", input.kind().name(), "place",
				Validation.trimToNull(input.place()), "searchText", SearchText.of(List.of(name)), "boardId",
				input.boardId()));
		return new PartnershipPayload(find(id).orElseThrow(), List.of());
	}

	@Transactional
	public PartnershipMembershipPayload addPartner(AddPartnerInput input) {
		Validation v = new Validation().required("role", input.role())
			.required("from", input.from())
			.dateRange("from", input.from(), "to", input.to());
		v.required("partnershipId", input.partnershipId());
		if (input.partnershipId() != null) {
			v.check(this.graph.exists(Label.Partnership, input.partnershipId()), "partnershipId", Code.NOT_FOUND,
					"No partnership with id " + input.partnershipId());
		}
		this.organisations.requireOrganisation(v, "organisationId", input.organisationId());
		this.sources.validate(v, "source", input.source());
		if (!v.hasErrors() && input.from() != null) {
			boolean overlaps = this.graph.run("""
					MATCH (:Organisation {id: $organisationId})<-[:PARTNER]-(pm:PartnershipMembership)
					      -[:IN_PARTNERSHIP]->(:Partnership {id: $partnershipId})
					WHERE pm.from <= coalesce($to, date('9999-12-31'))
					  AND coalesce(pm.to, date('9999-12-31')) >= $from
					RETURN pm.id
					LIMIT 1
					""", Params.of("organisationId", input.organisationId(), "partnershipId", input.partnershipId(),
					"from", input.from(), "to", input.to())) > 0;
			v.check(!overlaps, "organisationId", Code.DUPLICATE,
					"This organisation is already a partner for overlapping dates");
		}
		if (v.hasErrors()) {
			return new PartnershipMembershipPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (o:Organisation {id: $organisationId})
				MATCH (p:Partnership {id: $partnershipId})
				CREATE (o)<-[:PARTNER]-(:PartnershipMembership {id: $id, role: $role, from: $from, to: $to,
				                                                createdAt: datetime()})-[:IN_PARTNERSHIP]->(p)
				""", Params.of("id", id, "organisationId", input.organisationId(), "partnershipId",
				input.partnershipId(), "role", input.role().name(), "from", input.from(), "to", input.to()));
		this.sources.cite(Label.PartnershipMembership, id, input.source());
		return new PartnershipMembershipPayload(findMembership(id).orElseThrow(), List.of());
	}

	@Transactional
	public PartnershipMembershipPayload removePartner(RemovePartnerInput input) {
		Validation v = new Validation().required("partnershipMembershipId", input.partnershipMembershipId())
			.required("to", input.to());
		Optional<PartnershipMembership> existing = (input.partnershipMembershipId() != null)
				? findMembership(input.partnershipMembershipId()) : Optional.empty();
		v.check(input.partnershipMembershipId() == null || existing.isPresent(), "partnershipMembershipId",
				Code.NOT_FOUND, "No partnership membership with id " + input.partnershipMembershipId());
		existing.ifPresent(pm -> v.dateRange("from", pm.from(), "to", input.to()));
		if (v.hasErrors()) {
			return new PartnershipMembershipPayload(null, v.errors());
		}
		this.graph.run("MATCH (pm:PartnershipMembership {id: $id}) SET pm.to = $to, pm.updatedAt = datetime()",
				Params.of("id", input.partnershipMembershipId(), "to", input.to()));
		return new PartnershipMembershipPayload(findMembership(input.partnershipMembershipId()).orElseThrow(),
				List.of());
	}

	/** Aliases, formation and go-live dates as the papers give them; fields left out stay as they were. */
	@Transactional
	public PartnershipPayload describePartnership(DescribePartnershipInput input) {
		List<String> aliases = (input.aliases() != null) ? input.aliases().stream().map(String::strip).distinct().toList()
				: null;
		Validation v = new Validation().maxLength("aliases", aliases, Validation.NAME_MAX);
		Optional<Partnership> partnership = requirePartnership(v, input.partnershipId());
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new PartnershipPayload(null, v.errors());
		}
		List<String> names = new java.util.ArrayList<>(List.of(partnership.get().name()));
		names.addAll((aliases != null) ? aliases : partnership.get().aliases());
		this.graph.run("""
				MATCH (p:Partnership {id: $id})
				SET p.aliases = coalesce($aliases, p.aliases), p.searchText = $searchText,
				    p.formedOn = coalesce($formedOn, p.formedOn),
				    p.formedOnPrecision = CASE WHEN $formedOn IS NULL THEN p.formedOnPrecision ELSE $formedPrecision END,
				    p.goLiveOn = coalesce($goLiveOn, p.goLiveOn),
				    p.goLiveOnPrecision = CASE WHEN $goLiveOn IS NULL THEN p.goLiveOnPrecision ELSE $goLivePrecision END,
				    p.updatedAt = datetime()
				""", Params.of("id", input.partnershipId(), "aliases", aliases, "searchText", SearchText.of(names),
				"formedOn", input.formedOn(), "formedPrecision", DatePrecision.orDay(input.formedOnPrecision()).name(), "goLiveOn",
				input.goLiveOn(), "goLivePrecision", DatePrecision.orDay(input.goLiveOnPrecision()).name()));
		this.sources.cite(Label.Partnership, input.partnershipId(), input.source());
		return new PartnershipPayload(find(input.partnershipId()).orElseThrow(), List.of());
	}

	/** A membership known only as a count ("the three acute trusts"), as at a date when the paper gives one. */
	@Transactional
	public StatedCountPayload recordPartnershipCount(RecordPartnershipCountInput input) {
		Validation v = new Validation().required("count", input.count())
			.name("description", input.description());
		v.check(input.count() == null || (input.count() >= 0 && input.count() <= 10_000), "count", Code.INVALID,
				"count must be 0 to 10000");
		requirePartnership(v, input.partnershipId());
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new StatedCountPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (p:Partnership {id: $partnershipId})
				CREATE (p)<-[:COUNT_OF]-(:StatedCount {id: $id, count: $count, description: $description, asAt: $asAt,
				                                      createdAt: datetime()})
				""", Params.of("partnershipId", input.partnershipId(), "id", id, "count", input.count(), "description",
				input.description().strip(), "asAt", input.asAt()));
		this.sources.cite(Label.StatedCount, id, input.source());
		return new StatedCountPayload(this.graph.one("MATCH (n:StatedCount {id: $id}) RETURN n", Map.of("id", id),
				Partnership.StatedCount.class).orElseThrow(), List.of());
	}

	/** A person's role in a partnership: senior responsible officer, chair, accountable officer, project lead. */
	@Transactional
	public PartnershipRolePayload recordPartnershipRole(RecordPartnershipRoleInput input) {
		Validation v = new Validation().required("kind", input.kind())
			.maxLength("asWritten", input.asWritten(), Validation.NAME_MAX)
			.dateRange("from", input.from(), "to", input.to());
		requirePartnership(v, input.partnershipId());
		this.people.requirePerson(v, "personId", input.personId());
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new PartnershipRolePayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (p:Partnership {id: $partnershipId}), (person:Person {id: $personId})
				CREATE (p)<-[:ROLE_IN]-(:PartnershipRole {id: $id, kind: $kind, asWritten: $asWritten,
				                                                from: $from, to: $to, createdAt: datetime()})-[:ROLE_OF]->(person)
				""", Params.of("partnershipId", input.partnershipId(), "personId", input.personId(), "id", id, "kind",
				input.kind().name(), "asWritten", Validation.trimToNull(input.asWritten()), "from", input.from(), "to",
				input.to()));
		this.sources.cite(Label.PartnershipRole, id, input.source());
		return new PartnershipRolePayload(this.graph.byId(PartnershipRole.class, id).orElseThrow(), List.of());
	}

	private Optional<Partnership> requirePartnership(Validation v, String id) {
		v.required("partnershipId", id);
		Optional<Partnership> partnership = (id != null) ? find(id) : Optional.empty();
		v.check(id == null || partnership.isPresent(), "partnershipId", Code.NOT_FOUND, "No partnership with id " + id);
		return partnership;
	}

	Map<Partnership, List<Partnership.StatedCount>> counts(Collection<Partnership> partnerships) {
		return this.graph.grouped("""
				MATCH (p:Partnership)<-[:COUNT_OF]-(n:StatedCount)
				WHERE p.id IN $ids
				RETURN p.id AS key, n
				ORDER BY n.asAt, n.description
				""", partnerships, Partnership::id, Partnership.StatedCount.class);
	}

	Map<Partnership.StatedCount, List<SourceCitation>> countSources(Collection<Partnership.StatedCount> counts) {
		return this.sources.citations(Label.StatedCount, counts, Partnership.StatedCount::id);
	}

	/** People's roles at each date; a role with no dates stated holds at every date (the paper does not bound it). */
	Map<AsOfKey, List<PartnershipRole>> rolesIn(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf("""
				UNWIND $keys AS k
				MATCH (:Partnership {id: k.id})<-[:ROLE_IN]-(n:PartnershipRole)-[:ROLE_OF]->(person:Person)
				WHERE (n.from IS NULL OR n.from <= k.asOf) AND (n.to IS NULL OR n.to >= k.asOf)
				RETURN k.id AS key, k.asOf AS asOf, n
				ORDER BY n.kind, person.sortName
				""", keys, PartnershipRole.class);
	}

	Map<Person, List<PartnershipRole>> rolesOf(Collection<Person> people) {
		return this.graph.grouped("""
				MATCH (person:Person)<-[:ROLE_OF]-(n:PartnershipRole)
				WHERE person.id IN $ids
				RETURN person.id AS key, n
				ORDER BY n.from
				""", people, Person::id, PartnershipRole.class);
	}

	Map<PartnershipRole, Person> rolePeople(Collection<PartnershipRole> roles) {
		return this.graph.single("""
				MATCH (r:PartnershipRole)-[:ROLE_OF]->(n:Person) WHERE r.id IN $ids RETURN r.id AS key, n
				""", roles, PartnershipRole::id, Person.class);
	}

	Map<PartnershipRole, Partnership> rolePartnerships(Collection<PartnershipRole> roles) {
		return this.graph.single("""
				MATCH (r:PartnershipRole)-[:ROLE_IN]->(n:Partnership) WHERE r.id IN $ids RETURN r.id AS key, n
				""", roles, PartnershipRole::id, Partnership.class);
	}

	Map<PartnershipRole, List<SourceCitation>> roleSources(Collection<PartnershipRole> roles) {
		return this.sources.citations(Label.PartnershipRole, roles, PartnershipRole::id);
	}

	Map<Partnership, List<SourceCitation>> partnershipSources(Collection<Partnership> partnerships) {
		return this.sources.citations(Label.Partnership, partnerships, Partnership::id);
	}

	Map<AsOfKey, List<PartnershipMembership>> membersOf(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf("""
				UNWIND $keys AS k
				MATCH (:Partnership {id: k.id})<-[:IN_PARTNERSHIP]-(pm:PartnershipMembership)-[:PARTNER]->(o:Organisation)
				WHERE %s
				RETURN k.id AS key, k.asOf AS asOf, pm AS n
				ORDER BY pm.role, o.name
				""".formatted(CURRENT), keys, PartnershipMembership.class);
	}

	Map<AsOfKey, List<PartnershipMembership>> partnershipsOf(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf("""
				UNWIND $keys AS k
				MATCH (:Organisation {id: k.id})<-[:PARTNER]-(pm:PartnershipMembership)-[:IN_PARTNERSHIP]->(p:Partnership)
				WHERE %s
				RETURN k.id AS key, k.asOf AS asOf, pm AS n
				ORDER BY p.name
				""".formatted(CURRENT), keys, PartnershipMembership.class);
	}

	Map<Partnership, Board> boards(Collection<Partnership> partnerships) {
		return this.graph.single("""
				MATCH (p:Partnership)-[:GOVERNED_BY]->(n:Board)
				WHERE p.id IN $ids
				RETURN p.id AS key, n
				""", partnerships, Partnership::id, Board.class);
	}

	Map<PartnershipMembership, Organisation> organisations(Collection<PartnershipMembership> memberships) {
		return this.graph.single("""
				MATCH (pm:PartnershipMembership)-[:PARTNER]->(n:Organisation)
				WHERE pm.id IN $ids
				RETURN pm.id AS key, n
				""", memberships, PartnershipMembership::id, Organisation.class);
	}

	Map<PartnershipMembership, Partnership> partnerships(Collection<PartnershipMembership> memberships) {
		return this.graph.single("""
				MATCH (pm:PartnershipMembership)-[:IN_PARTNERSHIP]->(n:Partnership)
				WHERE pm.id IN $ids
				RETURN pm.id AS key, n
				""", memberships, PartnershipMembership::id, Partnership.class);
	}

	Map<PartnershipMembership, List<SourceCitation>> sources(Collection<PartnershipMembership> memberships) {
		return this.sources.citations(Label.PartnershipMembership, memberships, PartnershipMembership::id);
	}

}
