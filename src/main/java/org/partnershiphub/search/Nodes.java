package org.partnershiphub.search;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.partnershiphub.board.Board;
import org.partnershiphub.board.Membership;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.person.Person;
import org.partnershiphub.source.SourceDocument;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Resolves any id to its object for {@code node(id)}: one query that tries each addressable label through its
 * unique id index (no label-less scan), then maps by the label found.
 */
@Component
class Nodes {

	static final Map<Label, Class<? extends Record>> TYPES = Map.of(Label.Organisation, Organisation.class,
			Label.Person, Person.class, Label.Board, Board.class, Label.Membership, Membership.class,
			Label.SourceDocument, SourceDocument.class);

	private static final String FIND = "CALL () {\n"
			+ TYPES.keySet().stream()
				.map(label -> "  MATCH (n:%s {id: $id}) RETURN n, '%s' AS label".formatted(label, label))
				.collect(Collectors.joining("\n  UNION ALL\n"))
			+ "\n}\nRETURN n, label\nLIMIT 1";

	private final Neo4jClient client;

	Nodes(Neo4jClient client) {
		this.client = client;
	}

	Optional<Object> find(String id) {
		return this.client.query(FIND)
			.bind(id).to("id")
			.fetchAs(Object.class)
			.mappedBy((ts, row) -> NodeMapper.map(row.get("n"), TYPES.get(Label.valueOf(row.get("label").asString()))))
			.first();
	}

}
