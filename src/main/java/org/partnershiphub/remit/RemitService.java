package org.partnershiphub.remit;

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
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.remit.TermsOfReference.ReportingLine;
import org.partnershiphub.source.SourceCitation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Boards' terms of reference, standing orders and reporting lines, each dated and sourced. */
@Service
public class RemitService {

	private final Graph graph;

	private final BoardService boards;

	private final SourceService sources;

	RemitService(Graph graph, BoardService boards, SourceService sources) {
		this.graph = graph;
		this.boards = boards;
		this.sources = sources;
	}

	public record AdoptTermsOfReferenceInput(String boardId, LocalDate adoptedOn, DatePrecision adoptedOnPrecision,
			LocalDate establishedOn, DatePrecision establishedOnPrecision, LocalDate reviewDue, String remit,
			List<String> responsibilities, List<TermsOfReference.StandingOrder> standingOrders, SourceInput source) {
	}

	public record RecordReportingLineInput(String boardId, ReportingLine.Relation relation, String toId,
			List<String> responsibilities, LocalDate validFrom, LocalDate validTo, SourceInput source) {
	}

	public record TermsOfReferencePayload(TermsOfReference termsOfReference, List<UserError> userErrors) {
	}

	public record ReportingLinePayload(ReportingLine reportingLine, List<UserError> userErrors) {
	}

	/**
	 * Terms of reference as adopted; earlier versions are kept, so a board's terms can be read as at any date.
	 * {@code adoptedOn} may be left out when the document is undated: such terms answer only when no dated ones do.
	 */
	@Transactional
	public TermsOfReferencePayload adoptTermsOfReference(AdoptTermsOfReferenceInput input) {
		List<String> responsibilities = (input.responsibilities() != null) ? input.responsibilities().stream()
			.map(String::strip).toList() : List.of();
		List<TermsOfReference.StandingOrder> orders = (input.standingOrders() != null) ? input.standingOrders()
				: List.of();
		Validation v = new Validation().maxLength("remit", input.remit(), Validation.TEXT_MAX)
			.maxLength("responsibilities", responsibilities, Validation.TEXT_MAX)
			.dateRange("adoptedOn", input.adoptedOn(), "reviewDue", input.reviewDue());
		this.boards.requireBoard(v, "boardId", input.boardId());
		for (int i = 0; i < orders.size(); i++) {
			v.required("standingOrders[" + i + "].topic", orders.get(i).topic())
				.required("standingOrders[" + i + "].text", orders.get(i).text())
				.maxLength("standingOrders[" + i + "].text", orders.get(i).text(), Validation.TEXT_MAX);
		}
		v.check(input.remit() != null || !responsibilities.isEmpty() || !orders.isEmpty()
				|| input.establishedOn() != null, "remit", Code.REQUIRED,
				"Give the remit, responsibilities, standing orders or the date the board was established");
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new TermsOfReferencePayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (b:Board {id: $boardId})
				CREATE (b)<-[:TERMS_OF]-(:TermsOfReference {id: $id, adoptedOn: $adoptedOn,
				  adoptedOnPrecision: $adoptedPrecision, establishedOn: $establishedOn,
				  establishedOnPrecision: $establishedPrecision, reviewDue: $reviewDue, remit: $remit,
				  responsibilities: $responsibilities, orderTopics: $topics, orderTexts: $texts, createdAt: datetime()})
				""", Params.of("boardId", input.boardId(), "id", id, "adoptedOn", input.adoptedOn(), "adoptedPrecision",
				DatePrecision.orDay(input.adoptedOnPrecision()).name(), "establishedOn", input.establishedOn(), "establishedPrecision",
				DatePrecision.orDay(input.establishedOnPrecision()).name(), "reviewDue", input.reviewDue(), "remit",
				Validation.trimToNull(input.remit()), "responsibilities", responsibilities, "topics",
				orders.stream().map(o -> o.topic().name()).toList(), "texts",
				orders.stream().map(o -> o.text().strip()).toList()));
		this.sources.cite(Label.TermsOfReference, id, input.source());
		return new TermsOfReferencePayload(this.graph.byId(TermsOfReference.class, id).orElseThrow(), List.of());
	}

	@Transactional
	public ReportingLinePayload recordReportingLine(RecordReportingLineInput input) {
		List<String> responsibilities = (input.responsibilities() != null) ? input.responsibilities().stream()
			.map(String::strip).toList() : List.of();
		Validation v = new Validation().required("relation", input.relation())
			.maxLength("responsibilities", responsibilities, Validation.TEXT_MAX)
			.dateRange("validFrom", input.validFrom(), "validTo", input.validTo());
		this.boards.requireBoard(v, "boardId", input.boardId());
		Set<String> missing = (input.toId() == null) ? Set.of("(none)") : this.graph.missing(BoardService.BODY_TYPES.keySet(),
				List.of(input.toId()));
		v.check(missing.isEmpty(), "toId", Code.NOT_FOUND, "No board or organisation with id " + input.toId());
		v.check(input.boardId() == null || !input.boardId().equals(input.toId()), "toId", Code.INVALID,
				"A board does not report to itself");
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new ReportingLinePayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (b:Board {id: $boardId})
				MATCH (t {id: $toId}) WHERE t:Board OR t:Organisation
				CREATE (b)-[:HAS_LINE]->(:ReportingLine {id: $id, relation: $relation, responsibilities: $responsibilities,
				                                        validFrom: $validFrom, validTo: $validTo,
				                                        createdAt: datetime()})-[:TO]->(t)
				""", Params.of("boardId", input.boardId(), "toId", input.toId(), "id", id, "relation",
				input.relation().name(), "responsibilities", responsibilities, "validFrom", input.validFrom(),
				"validTo", input.validTo()));
		this.sources.cite(Label.ReportingLine, id, input.source());
		return new ReportingLinePayload(this.graph.byId(ReportingLine.class, id).orElseThrow(), List.of());
	}

	/** The terms in force at each date: the latest adopted on or before it, else undated ones. */
	Map<AsOfKey, List<TermsOfReference>> termsAsOf(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf("""
				UNWIND $keys AS k
				MATCH (:Board {id: k.id})<-[:TERMS_OF]-(n:TermsOfReference)
				WHERE n.adoptedOn IS NULL OR n.adoptedOn <= k.asOf
				WITH k, n ORDER BY n.adoptedOn IS NULL, n.adoptedOn DESC, n.createdAt DESC
				WITH k, collect(n)[0] AS n
				RETURN k.id AS key, k.asOf AS asOf, n
				""", keys, TermsOfReference.class);
	}

	Map<Board, List<TermsOfReference>> history(Collection<Board> boards) {
		return this.graph.grouped("""
				MATCH (b:Board)<-[:TERMS_OF]-(n:TermsOfReference)
				WHERE b.id IN $ids
				RETURN b.id AS key, n
				ORDER BY n.adoptedOn, n.createdAt
				""", boards, Board::id, TermsOfReference.class);
	}

	Map<AsOfKey, List<ReportingLine>> lines(Set<AsOfKey> keys, boolean outgoing) {
		return this.graph.groupedAsOf("""
				UNWIND $keys AS k
				MATCH (:Board {id: k.id})%s(n:ReportingLine)%s(other)
				WHERE (n.validFrom IS NULL OR n.validFrom <= k.asOf) AND (n.validTo IS NULL OR n.validTo >= k.asOf)
				RETURN k.id AS key, k.asOf AS asOf, n
				ORDER BY n.relation, other.name
				""".formatted(outgoing ? "-[:HAS_LINE]->" : "<-[:TO]-", outgoing ? "-[:TO]->" : "<-[:HAS_LINE]-"), keys,
				ReportingLine.class);
	}

	Map<ReportingLine, Board> lineFrom(Collection<ReportingLine> lines) {
		return this.graph.single("""
				MATCH (n:Board)-[:HAS_LINE]->(l:ReportingLine) WHERE l.id IN $ids RETURN l.id AS key, n
				""", lines, ReportingLine::id, Board.class);
	}

	Map<ReportingLine, Object> lineTo(Collection<ReportingLine> lines) {
		return this.graph.singleByLabel("""
				MATCH (l:ReportingLine)-[:TO]->(n) WHERE l.id IN $ids
				RETURN l.id AS key, n, CASE WHEN n:Board THEN 'Board' ELSE 'Organisation' END AS label
				""", lines, ReportingLine::id, BoardService.BODY_TYPES);
	}

	Map<TermsOfReference, List<SourceCitation>> sources(Collection<TermsOfReference> terms) {
		return this.sources.citations(Label.TermsOfReference, terms, TermsOfReference::id);
	}

	Map<ReportingLine, List<SourceCitation>> lineSources(Collection<ReportingLine> lines) {
		return this.sources.citations(Label.ReportingLine, lines, ReportingLine::id);
	}

	Optional<TermsOfReference> find(String id) {
		return this.graph.byId(TermsOfReference.class, id);
	}

}
