package org.partnershiphub.board;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Hop;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Graph.Paged;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Where;
import org.partnershiphub.common.Params;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.person.Person;
import org.partnershiphub.security.Role;

import org.springframework.stereotype.Repository;

@Repository
class BoardRepository {

	/** A seat is current on the date when it started by then and had not ended before. */
	private static final String CURRENT = "{n}.from <= {asOf} AND ({n}.to IS NULL OR {n}.to >= {asOf})";

	/** Board.members: seats listed chair first, attendees last, as a board's membership page would. */
	static final Hop MEMBERS = Hop.many("Board", "members", Membership.class,
			"({s})<-[:ON_BOARD]-({n}:Membership)-[:HELD_BY]->({n}_p:Person)", CURRENT, """
					{n}.side, CASE {n}.role WHEN 'CHAIR' THEN 0 WHEN 'CO_CHAIR' THEN 1 WHEN 'VICE_CHAIR' THEN 2
					  WHEN 'MEMBER' THEN 3 WHEN 'DEPUTY_MEMBER' THEN 4 WHEN 'SUBSTITUTE' THEN 5 WHEN 'ADVISOR' THEN 6
					  ELSE 7 END, {n}_p.sortName""", (context, asOf) -> Dates.orToday(asOf));

	static final Hop PERSON_MEMBERSHIPS = Hop.many("Person", "memberships", Membership.class,
			"({s})<-[:HELD_BY]-({n}:Membership)-[:ON_BOARD]->({n}_b:Board)", CURRENT, "{n}_b.name",
			Role::personalAsOf);

	static final Hop ORGANISATION_MEMBERSHIPS = Hop.many("Organisation", "memberships", Membership.class,
			"({s})<-[:ON_BEHALF_OF]-({n}:Membership)-[:ON_BOARD]->({n}_b:Board)", CURRENT, "{n}_b.name",
			(context, asOf) -> Dates.orToday(asOf));

	static final Hop COMMITTEES = Hop.many("Board", "committees", Board.class, "({s})<-[:ACCOUNTABLE_TO]-({n}:Board)",
			null, "{n}.name", null);

	static final Hop ORGANISATION_BOARDS = Hop.many("Organisation", "boards", Board.class,
			"({s})<-[:ACCOUNTABLE_TO]-({n}:Board)", null, "{n}.name", null);

	static final Hop PERSON = Hop.one("Membership", "person", Person.class, "({s})-[:HELD_BY]->({n}:Person)");

	static final Hop SUBSTITUTE_FOR = Hop.one("Membership", "substituteFor", Person.class,
			"({s})-[:SUBSTITUTE_FOR]->({n}:Person)");

	static final Hop BOARD = Hop.one("Membership", "board", Board.class, "({s})-[:ON_BOARD]->({n}:Board)");

	static final Hop ON_BEHALF_OF = Hop.one("Membership", "onBehalfOf", Organisation.class,
			"({s})-[:ON_BEHALF_OF]->({n}:Organisation)");

	private final Graph graph;

	BoardRepository(Graph graph) {
		this.graph = graph;
	}

	Optional<Board> findById(String id) {
		return this.graph.byId(Board.class, id);
	}

	Optional<Membership> findMembership(String id) {
		return this.graph.byId(Membership.class, id);
	}

	Page<Board> find(Board.BoardKind kind, String name, String parentId, Paging paging) {
		Where where = new Where().when(kind, "kind", "n.kind = $kind")
			.when(name, "name", "n.searchText CONTAINS $name")
			.when(parentId, "parentId", "EXISTS { (n)-[:ACCOUNTABLE_TO]->({id: $parentId}) }");
		return this.graph.page(Paged.ascending("MATCH (n:Board)" + where.clause(), "n", "n.name", "n.id"),
				where.params(), Board.class, paging);
	}

	void create(String id, String name, Board.BoardKind kind, List<String> parentIds, String searchText) {
		this.graph.run("""
				CREATE (b:Board {id: $id, name: $name, kind: $kind, searchText: $searchText, createdAt: datetime()})
				WITH b
				UNWIND $parentIds AS parentId
				OPTIONAL MATCH (o:Organisation {id: parentId})
				OPTIONAL MATCH (p:Board {id: parentId})
				WITH b, coalesce(o, p) AS parent
				CREATE (b)-[:ACCOUNTABLE_TO]->(parent)
				""", Params.of("id", id, "name", name, "kind", kind.name(), "parentIds", parentIds, "searchText",
				searchText));
	}

	void replaceQuorumRule(String boardId, String ruleId, QuorumRule rule) {
		this.graph.run("""
				MATCH (b:Board {id: $boardId})
				OPTIONAL MATCH (b)-[:HAS_QUORUM_RULE]->(old:QuorumRule)
				DETACH DELETE old
				WITH DISTINCT b
				CREATE (b)-[:HAS_QUORUM_RULE]->(:QuorumRule {id: $ruleId, text: $text, sides: $sides, clauses: $clauses})
				""", Params.of("boardId", boardId, "ruleId", ruleId, "text", rule.text(), "sides", rule.sides(),
				"clauses", rule.clausesJson()));
	}

	/** Principal seats held on the board on the date (not substitutes' or deputies' own), with what they sit for. */
	List<Quorum.Seat> seats(String boardId, LocalDate date) {
		return this.graph.query("""
				MATCH (:Board {id: $boardId})<-[:ON_BOARD]-(m:Membership)
				WHERE m.from <= $date AND (m.to IS NULL OR m.to >= $date)
				  AND NOT m.role IN ['SUBSTITUTE', 'DEPUTY_MEMBER']
				RETURN m, [(m)-[:ON_BEHALF_OF]->(o:Organisation) | o.kind][0] AS kind
				""", Params.of("boardId", boardId, "date", date), row -> Quorum.Seat.of(row.get("m"), row.get("kind")));
	}

	/** Seats of the same person on the same board, in the same role and side, overlapping the given dates. */
	List<Membership> overlapping(String personId, String boardId, Membership.Role role, String side, LocalDate from,
			LocalDate to) {
		return this.graph.list("""
				MATCH (:Person {id: $personId})<-[:HELD_BY]-(n:Membership)-[:ON_BOARD]->(:Board {id: $boardId})
				WHERE n.role = $role
				  AND coalesce(n.side, '') = coalesce($side, '')
				  AND n.from <= coalesce($to, date('9999-12-31'))
				  AND coalesce(n.to, date('9999-12-31')) >= $from
				RETURN n
				""", Params.of("personId", personId, "boardId", boardId, "role", role.name(), "side", side, "from",
				from, "to", to), Membership.class);
	}

	void appoint(String id, String personId, String boardId, Membership membership, String onBehalfOfId,
			String substituteForId) {
		this.graph.run("""
				MATCH (p:Person {id: $personId})
				MATCH (b:Board {id: $boardId})
				CREATE (p)<-[:HELD_BY]-(m:Membership {
				  id: $id, role: $role, voting: $voting, electedMember: $electedMember, side: $side,
				  from: $from, to: $to, title: $title, fromUnknown: $fromUnknown, createdAt: datetime()
				})-[:ON_BOARD]->(b)
				WITH m
				OPTIONAL MATCH (o:Organisation {id: $onBehalfOfId})
				OPTIONAL MATCH (s:Person {id: $substituteForId})
				FOREACH (org IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (m)-[:ON_BEHALF_OF]->(org))
				FOREACH (sub IN CASE WHEN s IS NULL THEN [] ELSE [s] END | CREATE (m)-[:SUBSTITUTE_FOR]->(sub))
				""", Params.of("id", id, "personId", personId, "boardId", boardId, "role", membership.role().name(),
				"voting", membership.voting(), "electedMember", membership.electedMember(), "side", membership.side(),
				"from", membership.from(), "to", membership.to(), "title", membership.title(), "fromUnknown",
				membership.fromUnknown(), "onBehalfOfId", onBehalfOfId, "substituteForId",
				substituteForId));
	}

	void end(String id, LocalDate to) {
		this.graph.run("MATCH (m:Membership {id: $id}) SET m.to = $to, m.updatedAt = datetime()",
				Params.of("id", id, "to", to));
	}

	Map<AsOfKey, List<Membership>> membersOfBoards(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf(MEMBERS.loaderQuery(), keys, Membership.class);
	}

	Map<AsOfKey, List<Membership>> membershipsOfPeople(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf(PERSON_MEMBERSHIPS.loaderQuery(), keys, Membership.class);
	}

	Map<AsOfKey, List<Membership>> membershipsOnBehalfOf(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf(ORGANISATION_MEMBERSHIPS.loaderQuery(), keys, Membership.class);
	}

	Map<Board, QuorumRule.Stored> quorumRules(Collection<Board> boards) {
		return this.graph.single("""
				MATCH (b:Board)-[:HAS_QUORUM_RULE]->(n:QuorumRule)
				WHERE b.id IN $ids
				RETURN b.id AS key, n
				""", boards, Board::id, QuorumRule.Stored.class);
	}

	Map<Board, List<Board>> committees(Collection<Board> boards) {
		return this.graph.grouped(COMMITTEES.batchQuery(), boards, Board::id, Board.class);
	}

	Map<Board, List<Board>> parentBoards(Collection<Board> boards) {
		return this.graph.grouped("""
				MATCH (b:Board)-[:ACCOUNTABLE_TO]->(n:Board)
				WHERE b.id IN $ids
				RETURN b.id AS key, n
				ORDER BY n.name
				""", boards, Board::id, Board.class);
	}

	Map<Board, List<Organisation>> parentOrganisations(Collection<Board> boards) {
		return this.graph.grouped("""
				MATCH (b:Board)-[:ACCOUNTABLE_TO]->(n:Organisation)
				WHERE b.id IN $ids
				RETURN b.id AS key, n
				ORDER BY n.name
				""", boards, Board::id, Organisation.class);
	}

	Map<Organisation, List<Board>> boardsOf(Collection<Organisation> organisations) {
		return this.graph.grouped(ORGANISATION_BOARDS.batchQuery(), organisations, Organisation::id, Board.class);
	}

	Map<Membership, Person> people(Collection<Membership> memberships) {
		return this.graph.single(PERSON.batchQuery(), memberships, Membership::id, Person.class);
	}

	Map<Membership, Person> substitutedPeople(Collection<Membership> memberships) {
		return this.graph.single(SUBSTITUTE_FOR.batchQuery(), memberships, Membership::id, Person.class);
	}

	Map<Membership, Board> boards(Collection<Membership> memberships) {
		return this.graph.single(BOARD.batchQuery(), memberships, Membership::id, Board.class);
	}

	Map<Membership, Organisation> onBehalfOf(Collection<Membership> memberships) {
		return this.graph.single(ON_BEHALF_OF.batchQuery(), memberships, Membership::id, Organisation.class);
	}

}
