package org.partnershiphub.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.execution.DataFetcherResult;
import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Graph.Paged;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.SearchText;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
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
		AGREEMENT(Label.Agreement);

		final Label label;

		SearchableType(Label label) {
			this.label = label;
		}

	}

	private static final int MAX_WORDS = 10;

	/** Hits ranked and paged: the best this many of the full-text index's. */
	static final int CANDIDATES = 1000;

	private final Graph graph;

	SearchController(Graph graph) {
		this.graph = graph;
	}

	@QueryMapping
	DataFetcherResult<Window<SearchHit>> search(@Argument String text, @Argument List<SearchableType> types,
			ScrollSubrange subrange) {
		Paging paging = Paging.of(subrange);
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
		// The best CANDIDATES hits are ranked and paged (keyset: score and id); fewer words than that never need more.
		return this.graph.page(Paged.descending("""
				CALL db.index.fulltext.queryNodes('names', $query, {limit: %d})
				YIELD node, score
				WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
				WHERE label IS NOT NULL""".formatted(CANDIDATES), "node, score, label", "score", "node.id"),
				Map.of("query", query, "labels", labels), row -> new SearchHit(row.get("score").asDouble(),
						Nodes.map(row.get("node"), row.get("label").asString())),
				paging).result();
	}


}
