package org.partnershiphub.duty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnershiphub.board.Board;
import org.partnershiphub.board.BoardService;
import org.partnershiphub.common.DatePrecision;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.common.Where;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.source.SourceCitation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Statutory duties, who holds them, and when they fall due. */
@Service
public class DutyService {

	private final Graph graph;

	private final SourceService sources;

	DutyService(Graph graph, SourceService sources) {
		this.graph = graph;
		this.sources = sources;
	}

	public record RecordDutyInput(String title, String legislation, String description, List<String> holderIds,
			List<DeadlineInput> deadlines, SourceInput source) {
	}

	public record DeadlineInput(LocalDate due, DatePrecision duePrecision, String description) {
	}

	public record AddDutyDeadlineInput(String dutyId, LocalDate due, DatePrecision duePrecision, String description,
			SourceInput source) {
	}

	public record MarkDeadlineMetInput(String deadlineId, LocalDate metOn, SourceInput source) {
	}

	public record DutyPayload(Duty duty, List<UserError> userErrors) {
	}

	public Optional<Duty> find(String id) {
		return this.graph.byId(Duty.class, id);
	}

	@Transactional
	public DutyPayload recordDuty(RecordDutyInput input) {
		List<String> holders = (input.holderIds() != null) ? input.holderIds().stream().distinct().toList() : List.of();
		List<DeadlineInput> deadlines = (input.deadlines() != null) ? input.deadlines() : List.of();
		Validation v = new Validation().name("title", input.title())
			.maxLength("legislation", input.legislation(), Validation.NAME_MAX)
			.maxLength("description", input.description(), Validation.TEXT_MAX);
		Set<String> missing = this.graph.missing(BoardService.BODY_TYPES.keySet(), holders);
		v.check(missing.isEmpty(), "holderIds", Code.NOT_FOUND, "No organisation or board with id "
				+ String.join(", ", missing));
		for (int i = 0; i < deadlines.size(); i++) {
			deadline(v, "deadlines[" + i + "]", deadlines.get(i));
		}
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new DutyPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				CREATE (d:Duty {id: $id, title: $title, legislation: $legislation, description: $description,
				                createdAt: datetime()})
				WITH d
				CALL (d) {
				  UNWIND $holders AS holder
				  MATCH (h {id: holder}) WHERE h:Organisation OR h:Board
				  CREATE (d)-[:DUTY_OF]->(h)
				}
				CALL (d) {
				  UNWIND $deadlines AS x
				  CREATE (d)<-[:DEADLINE_OF]-(:DutyDeadline {id: x.id, due: x.due, duePrecision: x.precision,
				                                             description: x.description})
				}
				""", Params.of("id", id, "title", input.title().strip(), "legislation",
				Validation.trimToNull(input.legislation()), "description", Validation.trimToNull(input.description()),
				"holders", holders, "deadlines", deadlines.stream().map(DutyService::row).toList()));
		this.sources.cite(Label.Duty, id, input.source());
		return new DutyPayload(find(id).orElseThrow(), List.of());
	}

	@Transactional
	public DutyPayload addDutyDeadline(AddDutyDeadlineInput input) {
		Validation v = new Validation();
		v.check(input.dutyId() != null && this.graph.exists(Label.Duty, input.dutyId()), "dutyId", Code.NOT_FOUND,
				"No duty with id " + input.dutyId());
		DeadlineInput deadline = new DeadlineInput(input.due(), input.duePrecision(), input.description());
		deadline(v, "", deadline);
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new DutyPayload(null, v.errors());
		}
		Map<String, Object> row = row(deadline);
		this.graph.run("""
				MATCH (d:Duty {id: $dutyId})
				CREATE (d)<-[:DEADLINE_OF]-(:DutyDeadline {id: $id, due: $due, duePrecision: $precision,
				                                           description: $description})
				""", Params.of("dutyId", input.dutyId(), "id", row.get("id"), "due", row.get("due"), "precision",
				row.get("precision"), "description", row.get("description")));
		this.sources.cite(Label.Duty, input.dutyId(), input.source());
		return new DutyPayload(find(input.dutyId()).orElseThrow(), List.of());
	}

	@Transactional
	public DutyPayload markDeadlineMet(MarkDeadlineMetInput input) {
		Validation v = new Validation().required("metOn", input.metOn());
		Optional<String> duty = (input.deadlineId() == null) ? Optional.empty() : this.graph.query("""
				MATCH (:DutyDeadline {id: $id})-[:DEADLINE_OF]->(d:Duty) RETURN d.id AS id
				""", Map.of("id", input.deadlineId()), r -> r.get("id").asString()).stream().findFirst();
		v.check(duty.isPresent(), "deadlineId", Code.NOT_FOUND, "No duty deadline with id " + input.deadlineId());
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new DutyPayload(null, v.errors());
		}
		this.graph.run("MATCH (x:DutyDeadline {id: $id}) SET x.metOn = $metOn",
				Params.of("id", input.deadlineId(), "metOn", input.metOn()));
		this.sources.cite(Label.Duty, duty.get(), input.source());
		return new DutyPayload(find(duty.get()).orElseThrow(), List.of());
	}

	private static void deadline(Validation v, String prefix, DeadlineInput deadline) {
		String field = prefix.isEmpty() ? "due" : prefix + ".due";
		v.required(field, deadline.due()).maxLength(prefix.isEmpty() ? "description" : prefix + ".description",
				deadline.description(), Validation.NAME_MAX);
		v.roughDate(field, deadline.due(), DatePrecision.orDay(deadline.duePrecision()));
	}

	private static Map<String, Object> row(DeadlineInput d) {
		return Params.of("id", UUID.randomUUID().toString(), "due", d.due(), "precision",
				DatePrecision.orDay(d.duePrecision()).name(), "description",
				Validation.trimToNull(d.description()));
	}

	/**
	 * Duties, optionally those one body holds, and those with a deadline not yet met that may fall in
	 * [{@code dueFrom}, {@code dueTo}] (a rough date counts when any day of it does).
	 */
	public List<Duty> duties(String holderId, LocalDate dueFrom, LocalDate dueTo) {
		Where where = new Where().when(holderId, "holderId", "EXISTS { (n)-[:DUTY_OF]->({id: $holderId}) }")
			.bind("dueFrom", dueFrom)
			.bind("dueTo", dueTo);
		if (dueFrom != null || dueTo != null) {
			where.and("""
					EXISTS { MATCH (n)<-[:DEADLINE_OF]-(x:DutyDeadline) WHERE x.metOn IS NULL
					  AND ($dueTo IS NULL OR x.due <= $dueTo)
					  AND ($dueFrom IS NULL OR CASE WHEN x.duePrecision IN ['YEAR', 'FINANCIAL_YEAR']
					        THEN x.due + duration('P1Y') - duration('P1D')
					        WHEN x.duePrecision = 'MONTH' THEN x.due + duration('P1M') - duration('P1D') ELSE x.due END
					        >= $dueFrom) }""");
		}
		return this.graph.list("MATCH (n:Duty)" + where.clause() + "\nRETURN n ORDER BY n.title", where.params(),
				Duty.class);
	}

	Map<String, List<Duty.Deadline>> deadlines(Collection<String> dutyIds) {
		return this.graph.grouped("""
				MATCH (d:Duty)<-[:DEADLINE_OF]-(n:DutyDeadline)
				WHERE d.id IN $ids
				RETURN d.id AS key, n
				ORDER BY n.due
				""", dutyIds, id -> id, Duty.Deadline.class);
	}

	Map<Duty, List<Object>> holders(Collection<Duty> duties) {
		return this.graph.groupedByLabel("""
				MATCH (d:Duty)-[:DUTY_OF]->(n)
				WHERE d.id IN $ids
				RETURN d.id AS key, n, CASE WHEN n:Board THEN 'Board' ELSE 'Organisation' END AS label
				ORDER BY n.name
				""", duties, Duty::id, BoardService.BODY_TYPES);
	}

	Map<Organisation, List<Duty>> dutiesOf(Collection<Organisation> organisations) {
		return this.graph.grouped("""
				MATCH (o:Organisation)<-[:DUTY_OF]-(n:Duty)
				WHERE o.id IN $ids
				RETURN o.id AS key, n
				ORDER BY n.title
				""", organisations, Organisation::id, Duty.class);
	}

	Map<Duty, List<SourceCitation>> sources(Collection<Duty> duties) {
		return this.sources.citations(Label.Duty, duties, Duty::id);
	}

}
