package org.partnershiphub.authority;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.conflict.Conflict.PathNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "How are these two connected?": up to three of the shortest paths between any two entities. Both ends are known,
 * so Neo4j searches from both sides at once and stops at the shortest length, so a super-node (a board of hundreds,
 * an ICB in many agreements) costs its degree once, not at every hop. Time-bound facts (seats, interests, partners, posts, delegations) count only when
 * they hold on the date; only standing relationships are walked (see {@link #TYPES}).
 */
@Service
public class Connections {

	static final int DEFAULT_HOPS = 6;

	static final int MAX_HOPS = 10;

	/**
	 * Labels an end of a connection may have: everything with an id except bookkeeping. A withheld interest is an end
	 * only for callers who may see it: its first hop would name its organisation.
	 */
	private static final String ENDS = Arrays.stream(Label.values())
		.filter(l -> l != Label.QuorumRule && l != Label.NilReturn && l != Label.RegisterListing
				&& l != Label.RegisterRow)
		.map(l -> (l == Label.Interest)
				? "  MATCH (n:Interest {id: $id}) WHERE $withheld OR NOT coalesce(n.withheld, false) RETURN n"
				: "  MATCH (n:%s {id: $id}) RETURN n".formatted(l.name()))
		.collect(Collectors.joining("\n  UNION ALL\n"));

	/**
	 * The standing relationships a connection may run through: seats, interests, structure, partnerships,
	 * agreements, funds, delegations and posts. Meetings, agenda items and decisions are events that would make every
	 * board and organisation a hub of thousands of hops, and source documents link everything.
	 */
	private static final String TYPES = String.join("|", "HELD_BY", "ON_BOARD", "ON_BEHALF_OF", "SUBSTITUTE_FOR",
			"ACCOUNTABLE_TO", "DECLARED_BY", "IN_ORGANISATION", "PART_OF", "SUCCEEDED_BY", "PARTNER", "IN_PARTNERSHIP",
			"GOVERNED_BY", "PARTY", "TO_AGREEMENT", "UNDER_AGREEMENT", "HOSTED_BY", "TO_FUND", "FROM_PARTY",
			"DELEGATED_BY", "DELEGATED_TO", "IN_AGREEMENT", "POST_IN", "OF_POST", "HOLDER", "RESERVED_BY", "ROLE_OF",
			"ROLE_IN");

	private static final String QUERY = """
			CALL () { WITH $fromId AS id CALL (id) { %1$s } RETURN n AS a LIMIT 1 }
			CALL () { WITH $toId AS id CALL (id) { %1$s } RETURN n AS b LIMIT 1 }
			MATCH path = ALL SHORTEST (a) (
			    (x)-[r:%3$s]-(y)
			    WHERE NOT y:Declaration
			      AND ($withheld OR NOT (y:Interest AND coalesce(y.withheld, false)))
			      AND coalesce(y.from, y.validFrom, y.declaredOn, date('0001-01-01')) <= $asOf
			      AND coalesce(y.to, y.validTo, date('9999-12-31')) >= $asOf
			  ){1,%2$d} (b)
			RETURN [n IN nodes(path) | {id: n.id, kind: labels(n)[0],
			         name: CASE WHEN n:Membership THEN n.role + ' of ' + COLLECT { MATCH (n)-[:ON_BOARD]->(s) RETURN s.name }[0]
			               ELSE coalesce(n.displayName, n.name, n.title, n.reference, n.nature, n.subject, n.role, n.status) END}]
			         AS nodes,
			       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels
			ORDER BY length(path), [r IN relationships(path) | type(r)], [n IN nodes(path) | n.id]
			LIMIT 3
			""";

	private final Graph graph;

	Connections(Graph graph) {
		this.graph = graph;
	}

	public record Route(int length, List<PathNode> nodes, List<Hop> hops) {
	}

	public record Hop(PathNode from, PathNode to, String type, boolean forward) {
	}

	/**
	 * @param withheld whether the caller may see withheld interests; if not, no path runs through one (it would give
	 * away the organisation)
	 */
	@Transactional(readOnly = true)
	public List<Route> connections(String fromId, String toId, Integer maxHops, LocalDate asOf,
			boolean withheld) {
		int hops = (maxHops != null) ? maxHops : DEFAULT_HOPS;
		if (hops < 1 || hops > MAX_HOPS) {
			throw new BadRequestException("maxHops must be between 1 and " + MAX_HOPS);
		}
		if (fromId.equals(toId)) {
			throw new BadRequestException("fromId and toId name the same entity");
		}
		List<Route> found = this.graph.query(cypher(hops),
				Map.of("fromId", fromId, "toId", toId, "asOf", Dates.orToday(asOf), "withheld", withheld),
				Connections::connection);
		if (found.isEmpty()) {
			requireExists("fromId", fromId, withheld);
			requireExists("toId", toId, withheld);
		}
		return found;
	}

	/** The bound is a validated integer: Cypher takes no parameter there. */
	static String cypher(int hops) {
		return QUERY.formatted(ENDS.replace("$id", "id"), hops, TYPES);
	}

	/** Tells "not connected" from a mistyped id: only asked when nothing was found. */
	private void requireExists(String argument, String id, boolean withheld) {
		String cypher = "CALL () { WITH $id AS id CALL (id) { %s } RETURN n LIMIT 1 } RETURN n.id AS id"
			.formatted(ENDS.replace("$id", "id"));
		if (this.graph.query(cypher, Map.of("id", id, "withheld", withheld), row -> row.get("id")).isEmpty()) {
			throw new BadRequestException(argument + ": nothing has the id " + id);
		}
	}

	private static Route connection(org.neo4j.driver.Record row) {
		List<PathNode> nodes = row.get("nodes").asList(v -> new PathNode(v.get("id").asString(),
				v.get("kind").asString(), v.get("name").isNull() ? null : v.get("name").asString()));
		List<Value> rels = row.get("rels").asList(v -> v);
		List<Hop> hops = new java.util.ArrayList<>();
		for (int i = 0; i < rels.size(); i++) {
			Value rel = rels.get(i);
			hops.add(new Hop(nodes.get(i), nodes.get(i + 1), rel.get("type").asString(),
					rel.get("from").asString().equals(nodes.get(i).id())));
		}
		return new Route(rels.size(), nodes, hops);
	}

}
