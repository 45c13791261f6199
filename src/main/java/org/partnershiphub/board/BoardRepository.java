package org.partnershiphub.board;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Graph.Paged;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Where;
import org.partnershiphub.common.Params;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.person.Person;

import org.springframework.stereotype.Repository;

@Repository
class BoardRepository {

	/** A seat is current at $asOf when it started by then and had not ended before. */
	private static final String CURRENT = "m.from <= k.asOf AND (m.to IS NULL OR m.to >= k.asOf)";

	/** Lists seats chair first, attendees last, as a board's membership page would. */
	private static final String ROLE_RANK = """
			CASE m.role WHEN 'CHAIR' THEN 0 WHEN 'CO_CHAIR' THEN 1 WHEN 'VICE_CHAIR' THEN 2 WHEN 'MEMBER' THEN 3
			  WHEN 'DEPUTY_MEMBER' THEN 4 WHEN 'SUBSTITUTE' THEN 5 WHEN 'ADVISOR' THEN 6 ELSE 7 END""";

	private final Graph graph;

	BoardRepository(Graph graph) {
		this.graph = graph;
	}

	Optional<Board> findById(String id) {
		return this.graph.one("MATCH (n:Board {id: $id}) RETURN n", Map.of("id", id), Board.class);
	}

	Optional<Membership> findMembership(String id) {
		return this.graph.one("MATCH (n:Membership {id: $id}) RETURN n", Map.of("id", id), Membership.class);
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
		return this.graph.groupedAsOf("""
				UNWIND $keys AS k
				MATCH (:Board {id: k.id})<-[:ON_BOARD]-(m:Membership)-[:HELD_BY]->(p:Person)
				WHERE %s
				RETURN k.id AS key, k.asOf AS asOf, m AS n
				ORDER BY m.side, %s, p.sortName
				""".formatted(CURRENT, ROLE_RANK), keys, Membership.class);
	}

	Map<AsOfKey, List<Membership>> membershipsOfPeople(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf("""
				UNWIND $keys AS k
				MATCH (:Person {id: k.id})<-[:HELD_BY]-(m:Membership)-[:ON_BOARD]->(b:Board)
				WHERE %s
				RETURN k.id AS key, k.asOf AS asOf, m AS n
				ORDER BY b.name
				""".formatted(CURRENT), keys, Membership.class);
	}

	Map<AsOfKey, List<Membership>> membershipsOnBehalfOf(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf("""
				UNWIND $keys AS k
				MATCH (:Organisation {id: k.id})<-[:ON_BEHALF_OF]-(m:Membership)-[:ON_BOARD]->(b:Board)
				WHERE %s
				RETURN k.id AS key, k.asOf AS asOf, m AS n
				ORDER BY b.name
				""".formatted(CURRENT), keys, Membership.class);
	}

	Map<Board, QuorumRule.Stored> quorumRules(Collection<Board> boards) {
		return this.graph.single("""
				MATCH (b:Board)-[:HAS_QUORUM_RULE]->(n:QuorumRule)
				WHERE b.id IN $ids
				RETURN b.id AS key, n
				""", boards, Board::id, QuorumRule.Stored.class);
	}

	Map<Board, List<Board>> committees(Collection<Board> boards) {
		return this.graph.grouped("""
				MATCH (b:Board)<-[:ACCOUNTABLE_TO]-(n:Board)
				WHERE b.id IN $ids
				RETURN b.id AS key, n
				ORDER BY n.name
				""", boards, Board::id, Board.class);
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
		return this.graph.grouped("""
				MATCH (o:Organisation)<-[:ACCOUNTABLE_TO]-(n:Board)
				WHERE o.id IN $ids
				RETURN o.id AS key, n
				ORDER BY n.name
				""", organisations, Organisation::id, Board.class);
	}

	Map<Membership, Person> people(Collection<Membership> memberships) {
		return this.graph.single("""
				MATCH (m:Membership)-[:HELD_BY]->(n:Person)
				WHERE m.id IN $ids
				RETURN m.id AS key, n
				""", memberships, Membership::id, Person.class);
	}

	Map<Membership, Person> substitutedPeople(Collection<Membership> memberships) {
		return this.graph.single("""
				MATCH (m:Membership)-[:SUBSTITUTE_FOR]->(n:Person)
				WHERE m.id IN $ids
				RETURN m.id AS key, n
				""", memberships, Membership::id, Person.class);
	}

	Map<Membership, Board> boards(Collection<Membership> memberships) {
		return this.graph.single("""
				MATCH (m:Membership)-[:ON_BOARD]->(n:Board)
				WHERE m.id IN $ids
				RETURN m.id AS key, n
				""", memberships, Membership::id, Board.class);
	}

	Map<Membership, Organisation> onBehalfOf(Collection<Membership> memberships) {
		return this.graph.single("""
				MATCH (m:Membership)-[:ON_BEHALF_OF]->(n:Organisation)
				WHERE m.id IN $ids
				RETURN m.id AS key, n
				""", memberships, Membership::id, Organisation.class);
	}

}
