package org.partnershiphub.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page's graph drawing shows (Cytoscape.js, from the jar): entities, each with a link to its page where the
 * hub has one, and the relationships between them, built from the answer the page already has. The tables on the
 * same page say the same in text.
 */
final class GraphView {

	private static final Words WORDS = new Words();

	private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();

	private final List<Map<String, Object>> edges = new ArrayList<>();

	GraphView node(Object id, Object name, String kind, boolean centre) {
		if (id != null && !this.nodes.containsKey(id.toString())) {
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("id", id.toString());
			node.put("name", (name != null) ? name.toString() : WORDS.code(kind));
			node.put("kind", kind);
			node.put("href", WORDS.href(kind, id));
			node.put("centre", centre);
			this.nodes.put(id.toString(), node);
		}
		return this;
	}

	GraphView edge(Object from, Object to, String label) {
		if (from != null && to != null) {
			this.edges.add(Map.of("from", from.toString(), "to", to.toString(), "label", WORDS.code(label)));
		}
		return this;
	}

	/** A person: their seats (and whom each is held for) and the organisations of their interests. */
	static Map<String, Object> ofPerson(Map<?, ?> person) {
		GraphView graph = new GraphView().node(person.get("id"), person.get("displayName"), "Person", true);
		for (Map<?, ?> seat : list(person.get("memberships"))) {
			Map<?, ?> board = (Map<?, ?>) seat.get("board");
			graph.node(board.get("id"), board.get("name"), "Board", false).edge(person.get("id"), board.get("id"),
					String.valueOf(seat.get("role")));
			if (seat.get("onBehalfOf") instanceof Map<?, ?> org) {
				graph.node(org.get("id"), org.get("name"), "Organisation", false)
					.edge(board.get("id"), org.get("id"), "for");
			}
		}
		for (Map<?, ?> interest : list(person.get("interests"))) {
			if (interest.get("organisation") instanceof Map<?, ?> org) {
				graph.node(org.get("id"), org.get("name"), "Organisation", false).edge(person.get("id"), org.get("id"),
						(interest.get("nature") != null) ? interest.get("nature").toString() : "interest");
			}
		}
		return graph.toMap();
	}

	/** An organisation: people sitting for it and their boards, people declaring interests in it, its partnerships and agreements. */
	static Map<String, Object> ofOrganisation(Map<?, ?> organisation) {
		Object id = organisation.get("id");
		GraphView graph = new GraphView().node(id, organisation.get("name"), "Organisation", true);
		for (Map<?, ?> seat : list(organisation.get("memberships"))) {
			Map<?, ?> person = (Map<?, ?>) seat.get("person");
			Map<?, ?> board = (Map<?, ?>) seat.get("board");
			graph.node(person.get("id"), person.get("displayName"), "Person", false)
				.node(board.get("id"), board.get("name"), "Board", false)
				.edge(person.get("id"), id, "for")
				.edge(person.get("id"), board.get("id"), String.valueOf(seat.get("role")));
		}
		for (Map<?, ?> interest : list(organisation.get("interests"))) {
			Map<?, ?> person = (Map<?, ?>) interest.get("person");
			graph.node(person.get("id"), person.get("displayName"), "Person", false).edge(person.get("id"), id,
					(interest.get("nature") != null) ? interest.get("nature").toString() : "interest");
		}
		for (Map<?, ?> membership : list(organisation.get("partnerships"))) {
			Map<?, ?> partnership = (Map<?, ?>) membership.get("partnership");
			graph.node(partnership.get("id"), partnership.get("name"), "Partnership", false).edge(id,
					partnership.get("id"), String.valueOf(membership.get("role")));
		}
		for (Map<?, ?> party : list(organisation.get("agreementParties"))) {
			Map<?, ?> agreement = (Map<?, ?>) party.get("agreement");
			graph.node(agreement.get("id"), agreement.get("title"), "Agreement", false).edge(id,
					agreement.get("id"), String.valueOf(party.get("role")));
		}
		return graph.toMap();
	}

	/** Routes between two entities, drawn together: the entities they pass and each hop's relationship. */
	static Map<String, Object> ofRoutes(List<?> routes, Object fromId, Object toId) {
		GraphView graph = new GraphView();
		for (Map<?, ?> route : list(routes)) {
			for (Map<?, ?> node : list(route.get("nodes"))) {
				graph.node(node.get("id"), node.get("name"), String.valueOf(node.get("kind")),
						node.get("id").equals(fromId) || node.get("id").equals(toId));
			}
			for (Map<?, ?> hop : list(route.get("hops"))) {
				Map<?, ?> from = (Map<?, ?>) hop.get("from");
				Map<?, ?> to = (Map<?, ?>) hop.get("to");
				boolean forward = Boolean.TRUE.equals(hop.get("forward"));
				graph.edge(forward ? from.get("id") : to.get("id"), forward ? to.get("id") : from.get("id"),
						String.valueOf(hop.get("type")));
			}
		}
		return graph.toMap();
	}

	private Map<String, Object> toMap() {
		return Map.of("nodes", List.copyOf(this.nodes.values()), "edges", List.copyOf(this.edges));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<?, ?>> list(Object value) {
		return (value instanceof List<?> list) ? (List<Map<?, ?>>) list : List.of();
	}

}
