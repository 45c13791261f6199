package org.partnershiphub.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnershiphub.board.Membership;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.interest.Interest;
import org.partnershiphub.organisation.Organisation;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The version of the records that are edited in place, for optimistic edits; one query per batch. */
@Controller
class VersionController {

	private final Graph graph;

	VersionController(Graph graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Organisation", field = "version")
	Map<Organisation, Integer> organisationVersion(List<Organisation> organisations) {
		return versions(Label.Organisation, organisations, Organisation::id);
	}

	@BatchMapping(typeName = "Interest", field = "version")
	Map<Interest, Integer> interestVersion(List<Interest> interests) {
		return versions(Label.Interest, interests, Interest::id);
	}

	@BatchMapping(typeName = "Membership", field = "version")
	Map<Membership, Integer> membershipVersion(List<Membership> memberships) {
		return versions(Label.Membership, memberships, Membership::id);
	}

	private <K> Map<K, Integer> versions(Label label, Collection<K> keys, Function<K, String> idOf) {
		Map<String, Integer> found = this.graph.query("""
				MATCH (n:%s) WHERE n.id IN $ids
				RETURN n.id AS id, coalesce(n.version, 0) AS version
				""".formatted(label.name()), Map.of("ids", keys.stream().map(idOf).distinct().toList()),
				row -> Map.entry(row.get("id").asString(), row.get("version").asInt()))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return keys.stream().distinct().collect(Collectors.toMap(k -> k, k -> found.getOrDefault(idOf.apply(k), 0)));
	}

}
