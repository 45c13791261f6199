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
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.organisation.OrganisationService;
import org.partnershiphub.partnership.Partnership.PartnershipKind;
import org.partnershiphub.partnership.PartnershipMembership.PartnerRole;
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

	PartnershipService(Graph graph, OrganisationService organisations, BoardService boards, SourceService sources) {
		this.graph = graph;
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

	public record PartnershipMembershipPayload(PartnershipMembership partnershipMembership,
			List<UserError> userErrors) {
	}

	public Optional<Partnership> find(String id) {
		return this.graph.one("MATCH (n:Partnership {id: $id}) RETURN n", Map.of("id", id), Partnership.class);
	}

	public Optional<PartnershipMembership> findMembership(String id) {
		return this.graph.one("MATCH (n:PartnershipMembership {id: $id}) RETURN n", Map.of("id", id),
				PartnershipMembership.class);
	}

	public Page<Partnership> find(PartnershipFilter filter, Paging paging) {
		PartnershipFilter f = (filter != null) ? filter : new PartnershipFilter(null, null);
		String name = (f.name() != null && !f.name().isBlank()) ? SearchText.normalise(f.name()) : null;
		return this.graph.page(Paged.ascending("""
				MATCH (n:Partnership)
				WHERE ($kind IS NULL OR n.kind = $kind)
				  AND ($name IS NULL OR n.searchText CONTAINS $name)""", "n", "n.name", "n.id"),
				Params.of("kind", (f.kind() != null) ? f.kind().name() : null, "name", name), Partnership.class, paging);
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
