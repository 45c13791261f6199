package org.partnershiphub.search;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NodeController {

	private final Nodes nodes;

	NodeController(Nodes nodes) {
		this.nodes = nodes;
	}

	@QueryMapping
	Object node(@Argument String id) {
		return this.nodes.find(id).orElse(null);
	}

}
