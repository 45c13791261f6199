package org.partnershiphub.paper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.partnershiphub.board.BoardService;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.MeetingService;
import org.partnershiphub.person.Person;
import org.partnershiphub.person.PersonService;
import org.partnershiphub.source.SourceCitation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Papers on agenda items, the people named on their cover sheets, and where they went before. */
@Service
public class PaperService {

	private final Graph graph;

	private final MeetingService meetings;

	private final PersonService people;

	private final BoardService boards;

	private final SourceService sources;

	PaperService(Graph graph, MeetingService meetings, PersonService people, BoardService boards,
			SourceService sources) {
		this.graph = graph;
		this.meetings = meetings;
		this.people = people;
		this.boards = boards;
		this.sources = sources;
	}

	public record RecordPaperInput(String agendaItemId, String title, String reference, Paper.Purpose purpose,
			String purposeAsPublished, LocalDate datedOn, List<ContributorInput> contributors,
			List<PriorConsiderationInput> previouslyConsidered, SourceInput source) {
	}

	public record ContributorInput(Paper.Role role, String personId, String name, String post, String capacity,
			Boolean notApplicable, LocalDate on) {
	}

	public record PriorConsiderationInput(String boardId, LocalDate on, String outcome) {
	}

	public record PaperPayload(Paper paper, List<UserError> userErrors) {
	}

	public Optional<Paper> find(String id) {
		return this.graph.byId(Paper.class, id);
	}

	/**
	 * Records a paper and its cover sheet in one transaction. A person named but not known to the hub keeps the name
	 * as printed, unlinked: the hub does not guess who "J. Smith" is.
	 */
	@Transactional
	public PaperPayload recordPaper(RecordPaperInput input) {
		List<ContributorInput> contributors = (input.contributors() != null) ? input.contributors() : List.of();
		List<PriorConsiderationInput> prior = (input.previouslyConsidered() != null) ? input.previouslyConsidered()
				: List.of();
		Paper.Purpose purpose = (input.purpose() != null) ? input.purpose()
				: Paper.Purpose.fromPublished(input.purposeAsPublished()).orElse(null);
		Validation v = new Validation().name("title", input.title())
			.maxLength("reference", input.reference(), Validation.NAME_MAX)
			.maxLength("purposeAsPublished", input.purposeAsPublished(), Validation.NAME_MAX);
		this.meetings.requireItem(v, "agendaItemId", input.agendaItemId());
		for (int i = 0; i < contributors.size(); i++) {
			ContributorInput c = contributors.get(i);
			String field = "contributors[" + i + "]";
			boolean na = Boolean.TRUE.equals(c.notApplicable());
			v.required(field + ".role", c.role())
				.maxLength(field + ".name", c.name(), Validation.NAME_MAX)
				.maxLength(field + ".post", c.post(), Validation.NAME_MAX)
				.maxLength(field + ".capacity", c.capacity(), Validation.NAME_MAX);
			v.check(na || c.personId() != null || Validation.trimToNull(c.name()) != null
					|| Validation.trimToNull(c.post()) != null, field + ".name", Code.REQUIRED,
					field + " names nobody: give personId, name or post, or mark it notApplicable (\"N/A\")");
			v.check(!na || c.personId() == null, field + ".notApplicable", Code.INVALID,
					field + " is marked not applicable but names a person");
			if (c.personId() != null) {
				this.people.requirePerson(v, field + ".personId", c.personId());
			}
		}
		for (int i = 0; i < prior.size(); i++) {
			PriorConsiderationInput p = prior.get(i);
			this.boards.requireBoard(v, "previouslyConsidered[" + i + "].boardId", p.boardId());
			v.maxLength("previouslyConsidered[" + i + "].outcome", p.outcome(), Validation.NAME_MAX);
		}
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new PaperPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ContributorInput c : contributors) {
			rows.add(Params.of("id", UUID.randomUUID().toString(), "role", c.role().name(), "personId", c.personId(),
					"name", Validation.trimToNull(c.name()), "post", Validation.trimToNull(c.post()), "capacity",
					Validation.trimToNull(c.capacity()), "notApplicable", Boolean.TRUE.equals(c.notApplicable()), "on",
					c.on()));
		}
		this.graph.run("""
				MATCH (ai:AgendaItem {id: $itemId})
				CREATE (p:Paper {id: $id, title: $title, reference: $reference, purpose: $purpose,
				                 purposeAsPublished: $purposeAsPublished, datedOn: $datedOn, createdAt: datetime()})
				      -[:FOR_ITEM]->(ai)
				WITH p
				CALL (p) {
				  UNWIND $contributors AS c
				  CREATE (p)<-[:ON_PAPER]-(x:Contributor {id: c.id, role: c.role, post: c.post, capacity: c.capacity,
				                                          notApplicable: c.notApplicable, on: c.on})
				  WITH x, c
				  OPTIONAL MATCH (person:Person {id: c.personId})
				  SET x.nameAsWritten = coalesce(c.name, person.displayName)
				  FOREACH (q IN CASE WHEN person IS NULL THEN [] ELSE [person] END | CREATE (x)-[:PERSON]->(q))
				}
				CALL (p) {
				  UNWIND $prior AS r
				  MATCH (b:Board {id: r.boardId})
				  CREATE (p)-[:CONSIDERED_BY {on: r.on, outcome: r.outcome}]->(b)
				}
				""", Params.of("id", id, "itemId", input.agendaItemId(), "title", input.title().strip(), "reference",
				Validation.trimToNull(input.reference()), "purpose", (purpose != null) ? purpose.name() : null,
				"purposeAsPublished", Validation.trimToNull(input.purposeAsPublished()), "datedOn", input.datedOn(),
				"contributors", rows, "prior", prior.stream()
					.map(p -> Params.of("boardId", p.boardId(), "on", p.on(), "outcome", Validation.trimToNull(p.outcome())))
					.toList()));
		this.sources.cite(Label.Paper, id, input.source());
		return new PaperPayload(find(id).orElseThrow(), List.of());
	}

	Map<AgendaItem, List<Paper>> papersFor(Collection<AgendaItem> items) {
		return this.graph.grouped("""
				MATCH (ai:AgendaItem)<-[:FOR_ITEM]-(n:Paper)
				WHERE ai.id IN $ids
				RETURN ai.id AS key, n
				ORDER BY n.title
				""", items, AgendaItem::id, Paper.class);
	}

	Map<Paper, AgendaItem> items(Collection<Paper> papers) {
		return this.graph.single("""
				MATCH (p:Paper)-[:FOR_ITEM]->(n:AgendaItem)
				WHERE p.id IN $ids
				RETURN p.id AS key, n
				""", papers, Paper::id, AgendaItem.class);
	}

	Map<String, List<Paper.Contributor>> contributors(Collection<String> paperIds) {
		return this.graph.grouped("""
				MATCH (p:Paper)<-[:ON_PAPER]-(n:Contributor)
				WHERE p.id IN $ids
				RETURN p.id AS key, n
				ORDER BY n.role, n.capacity, n.nameAsWritten
				""", paperIds, id -> id, Paper.Contributor.class);
	}

	Map<Paper.Contributor, Person> contributorPeople(Collection<Paper.Contributor> contributors) {
		return this.graph.single("""
				MATCH (c:Contributor)-[:PERSON]->(n:Person)
				WHERE c.id IN $ids
				RETURN c.id AS key, n
				""", contributors, Paper.Contributor::id, Person.class);
	}

	Map<Paper, List<Paper.PriorConsideration>> priorConsiderations(Collection<Paper> papers) {
		return this.graph.grouped("""
				MATCH (p:Paper)-[r:CONSIDERED_BY]->(b:Board)
				WHERE p.id IN $ids
				RETURN p.id AS key, {board: b {.*}, on: r.on, outcome: r.outcome} AS n
				ORDER BY r.on
				""", papers, Paper::id, Paper.PriorConsideration.class);
	}

	Map<Person, List<Paper>> papersOf(Collection<Person> people) {
		return this.graph.grouped("""
				MATCH (person:Person)<-[:PERSON]-(:Contributor)-[:ON_PAPER]->(n:Paper)-[:FOR_ITEM]->(:AgendaItem)
				      -[:ON_AGENDA]->(m:Meeting)
				WHERE person.id IN $ids
				WITH DISTINCT person, n, m
				RETURN person.id AS key, n
				ORDER BY m.date DESC, n.title
				""", people, Person::id, Paper.class);
	}

	Map<Paper, List<SourceCitation>> sources(Collection<Paper> papers) {
		return this.sources.citations(Label.Paper, papers, Paper::id);
	}

}
