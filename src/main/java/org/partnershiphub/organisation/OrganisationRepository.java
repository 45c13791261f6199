package org.partnershiphub.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Graph.Paged;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Where;
import org.partnershiphub.common.Params;
import org.partnershiphub.organisation.Organisation.OrganisationKind;

import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

	private final Graph graph;

	OrganisationRepository(Graph graph) {
		this.graph = graph;
	}

	Optional<Organisation> findById(String id) {
		return this.graph.byId(Organisation.class, id);
	}

	Page<Organisation> find(OrganisationKind kind, String nameText, Paging paging) {
		Where where = new Where().when(kind, "kind", "n.kind = $kind")
			.when(nameText, "name", "n.searchText CONTAINS $name");
		return this.graph.page(Paged.ascending("MATCH (n:Organisation)" + where.clause(), "n", "n.name", "n.id"),
				where.params(), Organisation.class, paging);
	}

	/** Finds another organisation already holding one of these identifiers. */
	Optional<Organisation> findByIdentifier(String odsCode, String companiesHouseNumber, String charityNumber) {
		return this.graph.one("""
				MATCH (n:Organisation)
				WHERE n.odsCode = $ods OR n.companiesHouseNumber = $ch OR n.charityNumber = $charity
				RETURN n
				LIMIT 1
				""", Params.of("ods", odsCode, "ch", companiesHouseNumber, "charity", charityNumber),
				Organisation.class);
	}

	void create(String id, String name, OrganisationKind kind, List<String> aliases, String odsCode,
			String companiesHouseNumber, String charityNumber, String gssCode) {
		Map<String, Object> properties = OrganisationService.properties(id, name, kind, aliases);
		properties.putAll(Params.of("odsCode", odsCode, "companiesHouseNumber", companiesHouseNumber, "charityNumber",
				charityNumber, "gssCode", gssCode));
		this.graph.run("CREATE (n:Organisation) SET n = $properties, n.createdAt = datetime()",
				Map.of("properties", properties));
	}

	void rename(String id, String name, List<String> aliases, String searchText) {
		this.graph.run("""
				MATCH (n:Organisation {id: $id})
				SET n.name = $name, n.aliases = $aliases, n.searchText = $searchText, n.updatedAt = datetime()
				""", Params.of("id", id, "name", name, "aliases", aliases, "searchText", searchText));
	}

	void update(String id, Map<String, Object> properties) {
		this.graph.run("MATCH (n:Organisation {id: $id}) SET n += $properties, n.updatedAt = datetime()",
				Params.of("id", id, "properties", properties));
	}

	/** By identifier (each indexed), or among the organisations whose names contain {@code word} (text index). */
	List<Organisation> lookupCandidates(String word, String identifier) {
		return this.graph.list("""
				CALL (*) {
				  MATCH (n:Organisation) WHERE n.odsCode = $identifier RETURN n
				  UNION
				  MATCH (n:Organisation) WHERE n.companiesHouseNumber = $identifier RETURN n
				  UNION
				  MATCH (n:Organisation) WHERE n.charityNumber = $identifier RETURN n
				  UNION
				  MATCH (n:Organisation) WHERE n.searchText CONTAINS $word RETURN n
				}
				RETURN n
				ORDER BY n.name
				""", Params.of("identifier", identifier, "word", word), Organisation.class);
	}

	void recordSuccession(String predecessorId, String successorId, LocalDate on) {
		this.graph.run("""
				MATCH (p:Organisation {id: $predecessorId})
				MATCH (s:Organisation {id: $successorId})
				MERGE (p)-[r:SUCCEEDED_BY]->(s)
				SET r.on = $on
				""", Params.of("predecessorId", predecessorId, "successorId", successorId, "on", on));
	}

	/** Whether {@code ancestorId} is reachable from {@code id} upwards (bounded: structures are shallow). */
	boolean isPartOf(String id, String ancestorId) {
		return this.graph.run("""
				MATCH (:Organisation {id: $id})-[:PART_OF*1..10]->(a:Organisation {id: $ancestorId})
				RETURN a.id
				LIMIT 1
				""", Map.of("id", id, "ancestorId", ancestorId)) > 0;
	}

	void linkToParent(String id, String parentId) {
		this.graph.run("""
				MATCH (o:Organisation {id: $id})
				MATCH (p:Organisation {id: $parentId})
				MERGE (o)-[:PART_OF]->(p)
				""", Map.of("id", id, "parentId", parentId));
	}

	/** Organisations related to each of {@code ids} by {@code direction} over one relationship type. */
	Map<Organisation, List<Organisation>> related(Collection<Organisation> sources, Related related) {
		return this.graph.grouped(related.cypher, sources, Organisation::id, Organisation.class);
	}

	/** The organisation-to-organisation relationships the API navigates, both ways. */
	enum Related {

		PREDECESSORS("(n:Organisation)-[:SUCCEEDED_BY]->(o)"), SUCCESSORS("(o)-[:SUCCEEDED_BY]->(n:Organisation)"),
		PARENTS("(o)-[:PART_OF]->(n:Organisation)"), CHILDREN("(n:Organisation)-[:PART_OF]->(o)");

		private final String cypher;

		Related(String pattern) {
			this.cypher = """
					MATCH (o:Organisation)
					WHERE o.id IN $ids
					MATCH %s
					RETURN o.id AS key, n
					ORDER BY n.name
					""".formatted(pattern);
		}

	}

}
