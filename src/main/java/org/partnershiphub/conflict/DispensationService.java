package org.partnershiphub.conflict;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.conflict.Dispensation.Allowance;
import org.partnershiphub.meeting.Decision;
import org.partnershiphub.meeting.MeetingService;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dispensations granted to members, and the matters each covers. */
@Service
public class DispensationService {

	static final String PROJECTION = "x {.id, .allows, .decisionKinds, .validFrom, .validTo, .grantedByRole, .reason}";

	public record GrantDispensationInput(String personId, String grantedById, String grantedByRole,
			List<Allowance> allows, List<String> subjectIds, List<String> itemIds, List<String> decisionKinds,
			LocalDate validFrom, LocalDate validTo, String reason, SourceInput source) {
	}

	public record DispensationPayload(Dispensation dispensation, List<UserError> userErrors) {
	}

	private final Graph graph;

	private final SourceService sources;

	DispensationService(Graph graph, SourceService sources) {
		this.graph = graph;
		this.sources = sources;
	}

	@Transactional
	public DispensationPayload grantDispensation(GrantDispensationInput input) {
		List<String> subjects = (input.subjectIds() != null) ? input.subjectIds() : List.of();
		List<String> items = (input.itemIds() != null) ? input.itemIds() : List.of();
		List<String> kinds = (input.decisionKinds() != null)
				? input.decisionKinds().stream().map(Decision::kind).filter(k -> k != null).distinct().toList() : List.of();
		Validation v = new Validation().required("personId", input.personId())
			.required("grantedById", input.grantedById())
			.required("validFrom", input.validFrom())
			.maxLength("grantedByRole", input.grantedByRole(), Validation.NAME_MAX)
			.maxLength("reason", input.reason(), Validation.TEXT_MAX)
			.dateRange("validFrom", input.validFrom(), "validTo", input.validTo());
		v.check(input.allows() != null && !input.allows().isEmpty(), "allows", Code.REQUIRED,
				"Say what the dispensation allows: REMAIN, SPEAK or VOTE");
		v.check(input.personId() == null || this.graph.exists(Label.Person, input.personId()), "personId",
				Code.NOT_FOUND, "No person with id " + input.personId());
		v.check(input.grantedById() == null
				|| this.graph.labelOf(input.grantedById(), List.of(Label.Organisation, Label.Board)).isPresent(),
				"grantedById", Code.NOT_FOUND, "No organisation or board with id " + input.grantedById());
		Set<String> unknownSubjects = this.graph.missing(MeetingService.SUBJECT_TYPES.keySet(), subjects);
		v.check(unknownSubjects.isEmpty(), "subjectIds", Code.NOT_FOUND,
				"No organisation, agreement, pooled fund or partnership with id " + String.join(", ", unknownSubjects));
		Set<String> unknownItems = this.graph.missing(Label.AgendaItem, items);
		v.check(unknownItems.isEmpty(), "itemIds", Code.NOT_FOUND,
				"No agenda item with id " + String.join(", ", unknownItems));
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new DispensationPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (p:Person {id: $personId})
				MATCH (by {id: $grantedById}) WHERE by:Organisation OR by:Board
				CREATE (x:Dispensation {id: $id, allows: $allows, decisionKinds: $kinds, validFrom: $validFrom,
				  validTo: $validTo, grantedByRole: $grantedByRole, reason: $reason, createdAt: datetime()})
				CREATE (p)<-[:GRANTED_TO]-(x)-[:GRANTED_BY]->(by)
				WITH x
				CALL (x) {
				  UNWIND $subjectIds AS subjectId
				  MATCH (s {id: subjectId})
				  CREATE (x)-[:COVERS]->(s)
				}
				CALL (x) {
				  UNWIND $itemIds AS itemId
				  MATCH (i:AgendaItem {id: itemId})
				  CREATE (x)-[:FOR_ITEM]->(i)
				}
				""", Params.of("personId", input.personId(), "grantedById", input.grantedById(), "id", id, "allows",
				input.allows().stream().distinct().map(Enum::name).toList(), "kinds", kinds, "validFrom",
				input.validFrom(), "validTo", input.validTo(), "grantedByRole", input.grantedByRole(), "reason",
				input.reason(), "subjectIds", subjects.stream().distinct().toList(), "itemIds",
				items.stream().distinct().toList()));
		this.sources.cite(Label.Dispensation, id, input.source());
		return new DispensationPayload(find(id).orElseThrow(), List.of());
	}

	@Transactional(readOnly = true)
	public Optional<Dispensation> find(String id) {
		return this.graph.query("MATCH (x:Dispensation {id: $id}) RETURN " + PROJECTION + " AS x", Map.of("id", id),
				row -> DispensationUse.dispensation(row.get("x"))).stream().findFirst();
	}

}
