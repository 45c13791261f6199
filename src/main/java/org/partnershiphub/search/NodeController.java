package org.partnershiphub.search;

import java.util.List;
import java.util.Map;

import graphql.execution.DataFetcherResult;
import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.common.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Objects by id, one or many. An id whose record was merged into another answers that record, and the response's
 * {@code extensions.mergedInto} maps the id asked for to the surviving one, so a client can update what it holds.
 */
@Controller
class NodeController {

	private final Nodes nodes;

	NodeController(Nodes nodes) {
		this.nodes = nodes;
	}

	@QueryMapping
	DataFetcherResult<Object> node(@Argument String id) {
		Nodes.Found found = this.nodes.find(List.of(id));
		return answer(found.nodes().get(0), found.mergedInto());
	}

	@QueryMapping
	DataFetcherResult<List<Object>> nodes(@Argument List<String> ids) {
		if (ids.size() > Paging.MAX_FIRST) {
			throw new BadRequestException("ids: at most " + Paging.MAX_FIRST + " at once, were " + ids.size());
		}
		Nodes.Found found = this.nodes.find(ids);
		return answer(found.nodes(), found.mergedInto());
	}

	private static <T> DataFetcherResult<T> answer(T data, Map<String, String> mergedInto) {
		DataFetcherResult.Builder<T> result = DataFetcherResult.<T>newResult().data(data);
		if (!mergedInto.isEmpty()) {
			result.extensions(Map.of("mergedInto", Map.copyOf(mergedInto)));
		}
		return result.build();
	}

}
