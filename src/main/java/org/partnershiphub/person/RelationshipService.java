package org.partnershiphub.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Relationships between people, which carry a relative's interests to a member. */
@Service
public class RelationshipService {

	public record RelatePeopleInput(String personId, String relatedPersonId, PersonRelationship.Kind kind,
			LocalDate validFrom, LocalDate validTo, SourceInput source) {
	}

	public record RelationshipPayload(PersonRelationship relationship, List<UserError> userErrors) {
	}

	private final Graph graph;

	private final SourceService sources;

	RelationshipService(Graph graph, SourceService sources) {
		this.graph = graph;
		this.sources = sources;
	}

	@Transactional
	public RelationshipPayload relatePeople(RelatePeopleInput input) {
		Validation v = new Validation().required("personId", input.personId())
			.required("relatedPersonId", input.relatedPersonId())
			.required("kind", input.kind())
			.dateRange("validFrom", input.validFrom(), "validTo", input.validTo());
		v.check(input.personId() == null || this.graph.exists(Label.Person, input.personId()), "personId",
				Code.NOT_FOUND, "No person with id " + input.personId());
		v.check(input.relatedPersonId() == null || this.graph.exists(Label.Person, input.relatedPersonId()),
				"relatedPersonId", Code.NOT_FOUND, "No person with id " + input.relatedPersonId());
		v.check(input.personId() == null || !input.personId().equals(input.relatedPersonId()), "relatedPersonId",
				Code.INVALID, "A person cannot be related to themselves");
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new RelationshipPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (a:Person {id: $personId}), (b:Person {id: $relatedPersonId})
				CREATE (a)<-[:RELATES]-(r:PersonRelationship {id: $id, kind: $kind, validFrom: $validFrom,
				  validTo: $validTo, createdAt: datetime()})-[:RELATES]->(b)
				""", Params.of("personId", input.personId(), "relatedPersonId", input.relatedPersonId(), "id", id,
				"kind", input.kind().name(), "validFrom", input.validFrom(), "validTo", input.validTo()));
		this.sources.cite(Label.PersonRelationship, id, input.source());
		return new RelationshipPayload(new PersonRelationship(id, input.kind(), input.validFrom(), input.validTo()),
				List.of());
	}

}
