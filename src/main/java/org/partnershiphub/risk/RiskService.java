package org.partnershiphub.risk;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.partnershiphub.board.Board;
import org.partnershiphub.board.BoardService;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Graph.Paged;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.common.Where;
import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.organisation.OrganisationService;
import org.partnershiphub.person.Person;
import org.partnershiphub.person.PersonService;
import org.partnershiphub.risk.Risk.Quarter;
import org.partnershiphub.risk.Risk.Rating;
import org.partnershiphub.source.SourceCitation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Boards' risk registers: risks, their owners and their scores quarter by quarter. */
@Service
public class RiskService {

	private final Graph graph;

	private final BoardService boards;

	private final OrganisationService organisations;

	private final PersonService people;

	private final SourceService sources;

	RiskService(Graph graph, BoardService boards, OrganisationService organisations, PersonService people,
			SourceService sources) {
		this.graph = graph;
		this.boards = boards;
		this.organisations = organisations;
		this.people = people;
		this.sources = sources;
	}

	public record RiskFilter(String boardId, String organisationId, String ownerId, Risk.Status status, String quarter,
			Integer minResidualScore) {
	}

	public record RecordRiskInput(String boardId, String organisationId, String reference, String title,
			String description, String category, String ownerId, String ownerName, Integer escalationThreshold,
			String escalatedToId, Risk.Status status, SourceInput source) {
	}

	public record ScoreRiskInput(String riskId, String quarter, Integer inherentLikelihood, Integer inherentImpact,
			Integer inherentScore, Integer residualLikelihood, Integer residualImpact, Integer residualScore,
			Integer targetScore, SourceInput source) {
	}

	public record RiskPayload(Risk risk, List<UserError> userErrors) {
	}

	public record RiskScorePayload(Risk.Score riskScore, List<UserError> userErrors) {
	}

	public Optional<Risk> find(String id) {
		return this.graph.byId(Risk.class, id);
	}

	/**
	 * Risks by reference. With {@code minResidualScore}, only those whose residual score reached it in
	 * {@code quarter} (or, with no quarter, in their latest scored quarter). Only the filters given are in the query.
	 */
	public Page<Risk> find(RiskFilter filter, Paging paging) {
		RiskFilter f = (filter != null) ? filter : new RiskFilter(null, null, null, null, null, null);
		String quarter = quarterLabel(f.quarter());
		String match = (f.boardId() != null) ? "MATCH (n:Risk)-[:ON_REGISTER_OF]->(:Board {id: $boardId})"
				: "MATCH (n:Risk)";
		Where where = new Where().bind("boardId", f.boardId())
			.when(f.organisationId(), "organisationId", "EXISTS { (n)-[:RISK_OF]->(:Organisation {id: $organisationId}) }")
			.when(f.ownerId(), "ownerId", "EXISTS { (n)-[:OWNED_BY]->(:Person {id: $ownerId}) }")
			.when(f.status(), "status", "n.status = $status")
			.when(f.minResidualScore(), "minScore", (quarter != null)
					? "EXISTS { (n)<-[:SCORE_OF]-(s:RiskScore {quarter: $quarter}) WHERE s.residualScore >= $minScore }"
					: "COLLECT { MATCH (n)<-[:SCORE_OF]-(s:RiskScore) RETURN s.residualScore ORDER BY s.quarterStart DESC "
							+ "LIMIT 1 }[0] >= $minScore")
			.bind("quarter", quarter);
		return this.graph.page(Paged.ascending(match + where.clause(), "n", "coalesce(n.reference, n.title)", "n.id"),
				where.params(), Risk.class, paging);
	}

	/** A quarter argument as stored ("Q2 25/26" is "2025/26 Q2"); null for none; a bad request for one not read. */
	static String quarterLabel(String text) {
		return (text == null) ? null : Quarter.find(text).map(Quarter::label)
			.orElseThrow(() -> new BadRequestException("quarter must name a financial year quarter, e.g. \"2025/26 "
					+ "Q2\", was \"" + text + "\""));
	}

	@Transactional
	public RiskPayload recordRisk(RecordRiskInput input) {
		Validation v = new Validation().name("title", input.title())
			.maxLength("reference", input.reference(), Validation.NAME_MAX)
			.maxLength("description", input.description(), Validation.TEXT_MAX)
			.maxLength("category", input.category(), Validation.NAME_MAX)
			.maxLength("ownerName", input.ownerName(), Validation.NAME_MAX);
		this.boards.requireBoard(v, "boardId", input.boardId());
		if (input.organisationId() != null) {
			this.organisations.requireOrganisation(v, "organisationId", input.organisationId());
		}
		if (input.ownerId() != null) {
			this.people.requirePerson(v, "ownerId", input.ownerId());
		}
		if (input.escalatedToId() != null) {
			this.boards.requireBoard(v, "escalatedToId", input.escalatedToId());
		}
		v.check(input.escalationThreshold() == null
				|| (input.escalationThreshold() >= 1 && input.escalationThreshold() <= 25), "escalationThreshold",
				Code.INVALID, "escalationThreshold is a score from 1 to 25");
		String reference = Validation.trimToNull(input.reference());
		if (reference != null && input.boardId() != null) {
			v.check(this.graph.run("""
					MATCH (:Board {id: $boardId})<-[:ON_REGISTER_OF]-(r:Risk {reference: $reference}) RETURN r.id
					""", Map.of("boardId", input.boardId(), "reference", reference)) == 0, "reference", Code.DUPLICATE,
					"The board's register already has a risk " + reference);
		}
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new RiskPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (b:Board {id: $boardId})
				CREATE (r:Risk {id: $id, key: $key, reference: $reference, title: $title, description: $description,
				                category: $category, ownerName: $ownerName, escalationThreshold: $threshold,
				                status: $status, createdAt: datetime()})-[:ON_REGISTER_OF]->(b)
				WITH r
				OPTIONAL MATCH (o:Organisation {id: $organisationId})
				OPTIONAL MATCH (p:Person {id: $ownerId})
				OPTIONAL MATCH (e:Board {id: $escalatedToId})
				FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (r)-[:RISK_OF]->(x))
				FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END |
				  CREATE (r)-[:OWNED_BY]->(x) SET r.ownerName = coalesce(r.ownerName, x.displayName))
				FOREACH (x IN CASE WHEN e IS NULL THEN [] ELSE [e] END | CREATE (r)-[:ESCALATED_TO]->(x))
				""", Params.of("id", id, "key", key(reference, input.title()), "boardId", input.boardId(), "reference",
				reference, "title", input.title().strip(), "description", Validation.trimToNull(input.description()),
				"category", Validation.trimToNull(input.category()), "ownerName",
				Validation.trimToNull(input.ownerName()), "threshold", input.escalationThreshold(), "status",
				(input.status() != null ? input.status() : Risk.Status.OPEN).name(), "organisationId",
				input.organisationId(), "ownerId", input.ownerId(), "escalatedToId", input.escalatedToId()));
		this.sources.cite(Label.Risk, id, input.source());
		return new RiskPayload(find(id).orElseThrow(), List.of());
	}

	/** A quarter's scores for a risk; scoring the same quarter again replaces them (a corrected register). */
	@Transactional
	public RiskScorePayload scoreRisk(ScoreRiskInput input) {
		Validation v = new Validation().required("riskId", input.riskId()).required("quarter", input.quarter());
		v.check(input.riskId() == null || this.graph.exists(Label.Risk, input.riskId()), "riskId", Code.NOT_FOUND,
				"No risk with id " + input.riskId());
		Optional<Quarter> quarter = Quarter.find(input.quarter());
		v.check(input.quarter() == null || quarter.isPresent(), "quarter", Code.INVALID,
				"quarter must name a financial year and quarter, e.g. \"2025/26 Q2\"");
		Rating inherent = rating(v, "inherentScore", input.inherentLikelihood(), input.inherentImpact(),
				input.inherentScore());
		Rating residual = rating(v, "residualScore", input.residualLikelihood(), input.residualImpact(),
				input.residualScore());
		Rating target = rating(v, "targetScore", null, null, input.targetScore());
		v.check(java.util.stream.Stream.of(input.inherentLikelihood(), input.inherentImpact(), input.inherentScore(),
				input.residualLikelihood(), input.residualImpact(), input.residualScore()).anyMatch(x -> x != null),
				"residualScore", Code.REQUIRED, "Give at least one score");
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new RiskScorePayload(null, v.errors());
		}
		String id = this.graph.query(WRITE_SCORES, Params.of("rows",
				List.of(scoreRow(input.riskId(), quarter.get(), inherent, residual, target.score())), "documentId", null),
				row -> row.get("id").asString()).get(0);
		this.sources.cite(Label.RiskScore, id, input.source());
		return new RiskScorePayload(this.graph.one("MATCH (n:RiskScore {id: $id}) RETURN n", Map.of("id", id),
				Risk.Score.class).orElseThrow(), List.of());
	}

	/**
	 * Writes {@link #scoreRow score rows} ({@code $rows}): a risk's quarter scored again takes the new scores (a
	 * corrected register). With {@code $documentId}, each score cites that document. Returns the scores' ids.
	 */
	public static final String WRITE_SCORES = """
			UNWIND $rows AS s
			MATCH (k:Risk {id: s.riskId})
			MERGE (k)<-[:SCORE_OF]-(x:RiskScore {quarter: s.quarter})
			  ON CREATE SET x.id = s.id, x.createdAt = datetime()
			SET x.quarterStart = s.quarterStart, x.inherentLikelihood = s.il, x.inherentImpact = s.ii,
			    x.inherentScore = s.is, x.residualLikelihood = s.rl, x.residualImpact = s.ri, x.residualScore = s.rs,
			    x.targetScore = s.target
			WITH x
			OPTIONAL MATCH (d:SourceDocument {id: $documentId})
			FOREACH (doc IN CASE WHEN d IS NULL THEN [] ELSE [d] END | MERGE (x)-[:SOURCED_FROM]->(doc))
			RETURN x.id AS id
			""";

	/** One quarter's scores of a risk, for {@link #WRITE_SCORES}. */
	public static Map<String, Object> scoreRow(String riskId, Quarter quarter, Rating inherent, Rating residual,
			Integer target) {
		return Params.of("riskId", riskId, "id", UUID.randomUUID().toString(), "quarter", quarter.label(),
				"quarterStart", quarter.start(), "il", inherent.likelihood(), "ii", inherent.impact(), "is",
				inherent.score(), "rl", residual.likelihood(), "ri", residual.impact(), "rs", residual.score(), "target",
				target);
	}

	private static Rating rating(Validation v, String field, Integer likelihood, Integer impact, Integer score) {
		try {
			return Rating.of(likelihood, impact, score);
		}
		catch (IllegalArgumentException ex) {
			v.add(field, Code.INVALID, ex.getMessage());
			return new Rating(null, null, null);
		}
	}

	/** How a register's rows find the same risk again: its reference, or failing that its title. */
	public static String key(String reference, String title) {
		String ref = Validation.trimToNull(reference);
		return (ref != null) ? "ref:" + ref.toLowerCase(java.util.Locale.ROOT)
				: "title:" + title.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
	}

	Map<String, List<Risk.Score>> scores(Collection<String> riskIds) {
		return this.graph.grouped("""
				MATCH (r:Risk)<-[:SCORE_OF]-(n:RiskScore)
				WHERE r.id IN $ids
				RETURN r.id AS key, n
				ORDER BY n.quarterStart
				""", riskIds, id -> id, Risk.Score.class);
	}

	Map<Risk, Board> registers(Collection<Risk> risks) {
		return this.graph.single("""
				MATCH (r:Risk)-[:ON_REGISTER_OF]->(n:Board) WHERE r.id IN $ids RETURN r.id AS key, n
				""", risks, Risk::id, Board.class);
	}

	Map<Risk, Board> escalatedTo(Collection<Risk> risks) {
		return this.graph.single("""
				MATCH (r:Risk)-[:ESCALATED_TO]->(n:Board) WHERE r.id IN $ids RETURN r.id AS key, n
				""", risks, Risk::id, Board.class);
	}

	Map<Risk, Organisation> organisations(Collection<Risk> risks) {
		return this.graph.single("""
				MATCH (r:Risk)-[:RISK_OF]->(n:Organisation) WHERE r.id IN $ids RETURN r.id AS key, n
				""", risks, Risk::id, Organisation.class);
	}

	Map<Risk, Person> owners(Collection<Risk> risks) {
		return this.graph.single("""
				MATCH (r:Risk)-[:OWNED_BY]->(n:Person) WHERE r.id IN $ids RETURN r.id AS key, n
				""", risks, Risk::id, Person.class);
	}

	Map<Risk, List<SourceCitation>> sources(Collection<Risk> risks) {
		return this.sources.citations(Label.Risk, risks, Risk::id);
	}

}
