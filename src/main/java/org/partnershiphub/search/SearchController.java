package org.partnershiphub.search;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.SearchText;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Fuzzy name search over the {@code names} full-text index. User text never reaches Lucene's syntax: it is cut into
 * letter-and-digit words, each searched as a prefix and with one edit of tolerance ("Whitington" finds "Whittington");
 * any word may match, and the best-scoring names come first.
 */
@Controller
class SearchController {

	enum SearchableType {

		ORGANISATION(Label.Organisation), PERSON(Label.Person), BOARD(Label.Board), PARTNERSHIP(Label.Partnership),
		AGREEMENT(Label.Section75Agreement);

		final Label label;

		SearchableType(Label label) {
			this.label = label;
		}

	}

	private static final int MAX_WORDS = 10;

	private final Neo4jClient client;

	SearchController(Neo4jClient client) {
		this.client = client;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<SearchableType> types, @Argument Integer first) {
		int limit = (first != null) ? first : 20;
		if (limit < 1 || limit > Paging.MAX_FIRST) {
			throw new BadRequestException("first must be between 1 and " + Paging.MAX_FIRST);
		}
		List<String> words = Arrays.stream(SearchText.normalise(text).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty())
			.limit(MAX_WORDS)
			.map(w -> w.length() > 50 ? w.substring(0, 50) : w)
			.toList();
		if (words.isEmpty()) {
			throw new BadRequestException("search text must contain at least one letter or digit");
		}
		String query = words.stream()
			.map(w -> (w.length() > 3) ? "(%s* OR %s~1)".formatted(w, w) : w + "*")
			.collect(Collectors.joining(" "));
		List<String> labels = ((types != null && !types.isEmpty()) ? types : List.of(SearchableType.values()))
			.stream().map(t -> t.label.name()).toList();
		return List.copyOf(this.client.query("""
				CALL db.index.fulltext.queryNodes('names', $query, {limit: $candidates})
				YIELD node, score
				WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
				WHERE label IS NOT NULL
				RETURN node, score, label
				ORDER BY score DESC
				LIMIT $limit
				""")
			.bind(query).to("query")
			.bind(labels).to("labels")
			.bind(limit * 5).to("candidates")
			.bind(limit).to("limit")
			.fetchAs(SearchHit.class)
			.mappedBy((ts, row) -> new SearchHit(row.get("score").asDouble(),
					Nodes.map(row.get("node"), row.get("label").asString())))
			.all());
	}


}
