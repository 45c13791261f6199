package org.partnershiphub.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.neo4j.driver.Value;
import org.partnershiphub.agreement.PooledFund;
import org.partnershiphub.agreement.Agreement;
import org.partnershiphub.board.Board;
import org.partnershiphub.board.BoardService;
import org.partnershiphub.common.DatePrecision;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.interest.Interest;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.organisation.OrganisationService;
import org.partnershiphub.partnership.Partnership;
import org.partnershiphub.person.Person;
import org.partnershiphub.person.PersonService;
import org.partnershiphub.source.SourceCitation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings, their agendas, who came, what they declared and what was decided. */
@Service
public class MeetingService {

	/** What an agenda item can concern: the members of the GraphQL union {@code Subject}. */
	public static final Map<Label, Class<? extends Record>> SUBJECT_TYPES = Map.of(Label.Organisation,
			Organisation.class, Label.Agreement, Agreement.class, Label.PooledFund,
			PooledFund.class, Label.Partnership, Partnership.class);

	/** Cypher for "the node's subject label", built from {@link #SUBJECT_TYPES}. */
	public static final String SUBJECT_LABEL = "[l IN labels(n) WHERE l IN ['%s']][0]"
		.formatted(String.join("', '", SUBJECT_TYPES.keySet().stream().map(Label::name).sorted().toList()));

	private static final int NUMBER_MAX = 20;

	private final Graph graph;

	private final BoardService boards;

	private final PersonService people;

	private final OrganisationService organisations;

	private final SourceService sources;

	MeetingService(Graph graph, BoardService boards, PersonService people, OrganisationService organisations,
			SourceService sources) {
		this.graph = graph;
		this.boards = boards;
		this.people = people;
		this.organisations = organisations;
		this.sources = sources;
	}

	/** {@code boardIds}: the boards meeting in common (give this or boardId). */
	public record ScheduleMeetingInput(String boardId, List<String> boardIds, LocalDate date, String title,
			Meeting.Status status) {
	}

	public record SetMeetingStatusInput(String meetingId, Meeting.Status status, Boolean attendanceComplete) {
	}

	/** {@code boardIds}: at a meeting in common, the boards the item is for (default all). */
	public record AddAgendaItemInput(String meetingId, String number, String title, AgendaItem.Purpose purpose,
			String purposeAsPublished, List<String> concernsIds, List<String> boardIds) {
	}

	public record RecordDeclarationInput(String itemId, String personId, String nature, String organisationId,
			String interestId, Declaration.Action action, SourceInput source) {
	}

	/** {@code boardId}: at a meeting in common, the board that decided. */
	public record RecordDecisionInput(String itemId, String boardId, String postId, LocalDate decidedOn,
			DatePrecision decidedOnPrecision, String text, Decision.Outcome outcome, String kind, BigDecimal amount,
			List<String> delegationIds, String onRecommendationId, List<String> needsApprovalFromIds,
			SourceInput source) {
	}

	public record MeetingPayload(Meeting meeting, List<UserError> userErrors) {
	}

	public record AgendaItemPayload(AgendaItem agendaItem, List<UserError> userErrors) {
	}

	public record DeclarationPayload(Declaration declaration, List<UserError> userErrors) {
	}

	public record DecisionPayload(Decision decision, List<UserError> userErrors) {
	}

	/** A batch key for a board's newest meetings. */
	/** A board's meetings sort by date and id: a cursor of them holds these two keys. */
	static final int MEETING_KEYS = 2;

	/** A page of a board's meetings: the board, and {@link Paging}'s first and after. */
	record BoardMeetingsKey(String id, Paging paging) {
	}

	public Optional<Meeting> find(String id) {
		return this.graph.byId(Meeting.class, id);
	}

	public Optional<AgendaItem> findItem(String id) {
		return this.graph.byId(AgendaItem.class, id);
	}

	Optional<Declaration> findDeclaration(String id) {
		return this.graph.one("MATCH (d:Declaration {id: $id}) RETURN " + Declaration.projection("d") + " AS n",
				Map.of("id", id), Declaration.class);
	}

	public Optional<Decision> findDecision(String id) {
		return this.graph.byId(Decision.class, id);
	}

	@Transactional
	public MeetingPayload scheduleMeeting(ScheduleMeetingInput input) {
		String title = Validation.trimToNull(input.title());
		Validation v = new Validation().required("date", input.date()).maxLength("title", title, Validation.NAME_MAX);
		List<String> boardIds = boardIds(input, v);
		if (!v.hasErrors()) {
			v.check(this.graph.run("""
					MATCH (m:Meeting {date: $date})-[:OF_BOARD]->(b:Board)
					WHERE b.id IN $boardIds AND coalesce(m.title, '') = coalesce($title, '')
					RETURN m.id
					""", Params.of("date", input.date(), "boardIds", boardIds, "title", title)) == 0, "date",
					Code.DUPLICATE, "A board already has a meeting on " + input.date() + " with this title");
		}
		if (v.hasErrors()) {
			return new MeetingPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		Meeting.Status status = (input.status() != null) ? input.status() : Meeting.Status.SCHEDULED;
		this.graph.run("""
				CREATE (mt:Meeting {id: $id, date: $date, title: $title, status: $status, createdAt: datetime()})
				WITH mt
				UNWIND range(0, size($boardIds) - 1) AS position
				MATCH (b:Board {id: $boardIds[position]})
				CREATE (mt)-[:OF_BOARD {position: position}]->(b)
				""", Params.of("id", id, "boardIds", boardIds, "date", input.date(), "title", title, "status",
				status.name()));
		return new MeetingPayload(find(id).orElseThrow(), List.of());
	}

	/** One board, or the boards meeting in common: each known, none twice. */
	private List<String> boardIds(ScheduleMeetingInput input, Validation v) {
		List<String> boardIds = (input.boardIds() != null) ? input.boardIds() : List.of();
		if ((input.boardId() == null) == boardIds.isEmpty()) {
			v.add("boardId", Code.REQUIRED, "Give boardId, or boardIds for boards meeting in common (not both)");
			return List.of();
		}
		if (input.boardId() != null) {
			this.boards.requireBoard(v, "boardId", input.boardId());
			return List.of(input.boardId());
		}
		v.check(new HashSet<>(boardIds).size() == boardIds.size() && boardIds.size() <= 10, "boardIds", Code.INVALID,
				"boardIds names at most 10 boards, each once");
		Set<String> unknown = this.graph.missing(Label.Board, boardIds);
		v.check(unknown.isEmpty(), "boardIds", Code.NOT_FOUND, "No board with id(s) " + unknown);
		return boardIds;
	}

	@Transactional
	public MeetingPayload setMeetingStatus(SetMeetingStatusInput input) {
		Validation v = new Validation();
		v.check(input.status() != null || input.attendanceComplete() != null, "status", Code.REQUIRED,
				"Give status, attendanceComplete or both");
		requireMeeting(v, "meetingId", input.meetingId());
		if (v.hasErrors()) {
			return new MeetingPayload(null, v.errors());
		}
		this.graph.run("""
				MATCH (m:Meeting {id: $id})
				SET m.status = coalesce($status, m.status),
				    m.attendanceComplete = coalesce($attendanceComplete, m.attendanceComplete),
				    m.updatedAt = datetime()
				""", Params.of("id", input.meetingId(), "status", (input.status() != null) ? input.status().name() : null,
				"attendanceComplete", input.attendanceComplete()));
		return new MeetingPayload(find(input.meetingId()).orElseThrow(), List.of());
	}

	@Transactional
	public AgendaItemPayload addAgendaItem(AddAgendaItemInput input) {
		List<String> concernsIds = (input.concernsIds() != null) ? input.concernsIds() : List.of();
		List<String> boardIds = (input.boardIds() != null) ? input.boardIds() : List.of();
		String published = Validation.trimToNull(input.purposeAsPublished());
		AgendaItem.Purpose purpose = (input.purpose() != null) ? input.purpose()
				: AgendaItem.Purpose.fromPublished(published).orElse(null);
		Validation v = new Validation().required("number", input.number())
			.maxLength("number", input.number(), NUMBER_MAX)
			.name("title", input.title())
			.maxLength("purposeAsPublished", published, Validation.NAME_MAX);
		if (purpose == null) {
			v.add(published == null ? "purpose" : "purposeAsPublished", Code.REQUIRED, published == null
					? "Give purpose, or purposeAsPublished as the agenda prints it"
					: "\"" + published + "\" does not say whether the item is for decision, discussion or noting; give "
							+ "purpose as well");
		}
		requireMeeting(v, "meetingId", input.meetingId());
		if (!boardIds.isEmpty() && input.meetingId() != null) {
			Set<String> notHolding = new HashSet<>(boardIds);
			notHolding.removeAll(this.graph.query("""
					MATCH (:Meeting {id: $meetingId})-[:OF_BOARD]->(b:Board)
					RETURN b.id AS id
					""", Map.of("meetingId", input.meetingId()), row -> row.get("id").asString()));
			v.check(notHolding.isEmpty(), "boardIds", Code.INVALID, "Not a board holding this meeting: " + notHolding);
		}
		v.check(new HashSet<>(concernsIds).size() == concernsIds.size(), "concernsIds", Code.INVALID,
				"concernsIds lists the same subject twice");
		Set<String> unknown = this.graph.missing(SUBJECT_TYPES.keySet(), concernsIds);
		v.check(unknown.isEmpty(), "concernsIds", Code.NOT_FOUND,
				"No organisation, agreement, pooled fund or partnership with id(s) " + unknown);
		String number = Validation.trimToNull(input.number());
		if (!v.hasErrors()) {
			v.check(this.graph.run("""
					MATCH (:AgendaItem {number: $number})-[:ON_AGENDA]->(:Meeting {id: $meetingId})
					RETURN 1
					""", Map.of("number", number, "meetingId", input.meetingId())) == 0, "number", Code.DUPLICATE,
					"The meeting already has an item numbered " + number);
		}
		if (v.hasErrors()) {
			return new AgendaItemPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (mt:Meeting {id: $meetingId})
				CREATE (ai:AgendaItem {id: $id, number: $number, sortKey: $sortKey, title: $title, purpose: $purpose,
				                       purposeAsPublished: $published, createdAt: datetime()})-[:ON_AGENDA]->(mt)
				WITH ai, mt
				CALL (ai, mt) {
				  MATCH (mt)-[:OF_BOARD]->(b:Board)
				  WHERE b.id IN $boardIds
				  CREATE (ai)-[:FOR_BOARD]->(b)
				}
				WITH ai
				UNWIND $concernsIds AS subjectId
				MATCH (s {id: subjectId})
				WHERE %s
				CREATE (ai)-[:CONCERNS]->(s)
				""".formatted(Graph.anyOf("s", SUBJECT_TYPES.keySet())), Params.of("id", id, "meetingId", input.meetingId(), "number", number,
				"sortKey", AgendaItem.sortKey(number), "title", input.title().strip(), "purpose", purpose.name(),
				"published", published, "concernsIds", concernsIds, "boardIds", boardIds));
		return new AgendaItemPayload(findItem(id).orElseThrow(), List.of());
	}

	@Transactional
	public DeclarationPayload recordDeclaration(RecordDeclarationInput input) {
		String nature = Validation.trimToNull(input.nature());
		Validation v = new Validation().required("nature", nature)
			.maxLength("nature", nature, Validation.TEXT_MAX);
		requireItem(v, "itemId", input.itemId());
		this.people.requirePerson(v, "personId", input.personId());
		if (input.organisationId() != null) {
			this.organisations.requireOrganisation(v, "organisationId", input.organisationId());
		}
		if (input.interestId() != null && input.personId() != null) {
			v.check(this.graph.run("""
					MATCH (:Interest {id: $interestId})-[:DECLARED_BY]->(:Person {id: $personId})
					RETURN 1
					""", Map.of("interestId", input.interestId(), "personId", input.personId())) > 0, "interestId",
					Code.NOT_FOUND, "No interest with id " + input.interestId() + " on this person's register");
		}
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new DeclarationPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (ai:AgendaItem {id: $itemId})
				MATCH (p:Person {id: $personId})
				CREATE (d:Declaration {id: $id, nature: $nature, action: $action, createdAt: datetime()}),
				       (d)-[:AGAINST_ITEM]->(ai), (d)-[:DECLARED_BY]->(p)
				WITH d
				OPTIONAL MATCH (o:Organisation {id: $organisationId})
				OPTIONAL MATCH (i:Interest {id: $interestId})
				FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (d)-[:ABOUT_ORGANISATION]->(x))
				FOREACH (x IN CASE WHEN i IS NULL THEN [] ELSE [i] END | CREATE (d)-[:OF_INTEREST]->(x))
				""", Params.of("id", id, "itemId", input.itemId(), "personId", input.personId(), "nature", nature,
				"action", (input.action() != null) ? input.action().name() : null, "organisationId",
				input.organisationId(), "interestId", input.interestId()));
		this.sources.cite(Label.Declaration, id, input.source());
		return new DeclarationPayload(findDeclaration(id).orElseThrow(), List.of());
	}

	@Transactional
	public DecisionPayload recordDecision(RecordDecisionInput input) {
		String text = Validation.trimToNull(input.text());
		String kind = Decision.kind(input.kind());
		DatePrecision precision = DatePrecision.orDay(input.decidedOnPrecision());
		List<String> delegationIds = (input.delegationIds() != null) ? input.delegationIds() : List.of();
		Validation v = new Validation().required("text", text)
			.maxLength("text", text, Validation.TEXT_MAX)
			.maxLength("kind", input.kind(), Validation.NAME_MAX)
			.required("outcome", input.outcome());
		v.check(input.kind() == null || kind != null, "kind", Code.INVALID, "kind must contain letters or digits");
		v.check(input.amount() == null || input.amount().signum() >= 0, "amount", Code.INVALID,
				"amount cannot be negative");
		if ((input.itemId() == null) == (input.postId() == null)) {
			v.add("itemId", Code.INVALID,
					"Give itemId for a decision at a meeting, or postId (and decidedOn) for an officer's decision");
		}
		else if (input.itemId() != null) {
			requireItem(v, "itemId", input.itemId());
			if (!v.hasErrors()) {
				deciding(input, v);
			}
		}
		else {
			v.required("decidedOn", input.decidedOn());
			v.check(this.graph.exists(Label.Post, input.postId()), "postId", Code.NOT_FOUND,
					"No post with id " + input.postId());
		}
		this.sources.validate(v, "source", input.source());
		if (input.onRecommendationId() != null) {
			Optional<Decision> recommendation = findDecision(input.onRecommendationId());
			v.check(recommendation.isPresent(), "onRecommendationId", Code.NOT_FOUND,
					"No decision with id " + input.onRecommendationId());
			v.check(recommendation.isEmpty() || recommendation.get().outcome() == Decision.Outcome.RECOMMENDED
					|| this.graph.run("MATCH (:Decision {id: $id})-[:NEEDS_APPROVAL_FROM]->(b) RETURN b LIMIT 1",
							Map.of("id", input.onRecommendationId())) > 0,
					"onRecommendationId", Code.INVALID, "That decision is neither a recommendation nor awaiting other "
							+ "bodies' approval (its outcome is " + recommendation.map(Decision::outcome).orElse(null)
							+ ")");
		}
		List<String> approvers = (input.needsApprovalFromIds() != null)
				? input.needsApprovalFromIds().stream().distinct().toList() : List.of();
		Set<String> unknownApprovers = this.graph.missing(List.of(Label.Board, Label.Organisation, Label.Post),
				approvers);
		v.check(unknownApprovers.isEmpty(), "needsApprovalFromIds", Code.NOT_FOUND,
				"No board, organisation or post with id " + String.join(", ", unknownApprovers));
		if (!v.hasErrors() && !delegationIds.isEmpty()) {
			Set<String> notToTaker = new HashSet<>(delegationIds);
			notToTaker.removeAll(this.graph.query("""
					OPTIONAL MATCH (:AgendaItem {id: $itemId})-[:ON_AGENDA]->(:Meeting)-[:OF_BOARD]->(b:Board)
					WHERE $boardId IS NULL OR b.id = $boardId
					OPTIONAL MATCH (post:Post {id: $postId})
					MATCH (d:Delegation)-[:DELEGATED_TO]->(taker)
					WHERE d.id IN $ids AND taker IN [b, post]
					RETURN d.id AS id
					""", Params.of("itemId", input.itemId(), "boardId", input.boardId(), "postId", input.postId(), "ids",
					delegationIds),
					row -> row.get("id").asString()));
			v.check(notToTaker.isEmpty(), "delegationIds", Code.INVALID,
					"No delegation to the board or post that took the decision with id(s) " + notToTaker);
		}
		if (v.hasErrors()) {
			return new DecisionPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				OPTIONAL MATCH (ai:AgendaItem {id: $itemId})-[:ON_AGENDA]->(mt:Meeting)-[:OF_BOARD]->(b:Board)
				WHERE $boardId IS NULL OR b.id = $boardId
				OPTIONAL MATCH (post:Post {id: $postId})
				WITH ai, coalesce(b, post) AS taker, coalesce(mt.date, $decidedOn) AS day
				// A date known only to a month, year or financial year is stored as its first day, beside its precision.
				WITH ai, taker, CASE $precision WHEN 'MONTH' THEN date.truncate('month', day)
				                                WHEN 'YEAR' THEN date.truncate('year', day)
				                                WHEN 'FINANCIAL_YEAR' THEN date({year: day.year - CASE WHEN day.month < 4
				                                  THEN 1 ELSE 0 END, month: 4, day: 1}) ELSE day END AS decidedOn
				CREATE (d:Decision {id: $id, text: $text, outcome: $outcome, decidedOn: decidedOn, kind: $kind,
				                    decidedOnPrecision: $precision, amountPence: $amountPence, createdAt: datetime()})
				       -[:TAKEN_BY]->(taker)
				FOREACH (x IN CASE WHEN ai IS NULL THEN [] ELSE [ai] END | CREATE (d)-[:ON_ITEM]->(x))
				WITH d
				OPTIONAL MATCH (rec:Decision {id: $recommendationId})
				FOREACH (x IN CASE WHEN rec IS NULL THEN [] ELSE [rec] END | CREATE (d)-[:ON_RECOMMENDATION]->(x))
				WITH d
				CALL (d) {
				  UNWIND $approvers AS approverId
				  MATCH (body {id: approverId}) WHERE body:Board OR body:Organisation OR body:Post
				  CREATE (d)-[:NEEDS_APPROVAL_FROM]->(body)
				}
				WITH d
				UNWIND $delegationIds AS delegationId
				MATCH (dl:Delegation {id: delegationId})
				CREATE (d)-[:RELIES_ON]->(dl)
				""", Params.of("id", id, "itemId", input.itemId(), "boardId", input.boardId(), "postId", input.postId(),
				"decidedOn", input.decidedOn(), "precision",
				precision.name(), "text", text, "outcome", input.outcome().name(), "kind", kind, "amountPence",
				(input.amount() != null) ? input.amount().movePointRight(2).longValueExact() : null, "delegationIds",
				delegationIds, "recommendationId", input.onRecommendationId(), "approvers", approvers));
		this.sources.cite(Label.Decision, id, input.source());
		return new DecisionPayload(findDecision(id).orElseThrow(), List.of());
	}

	/**
	 * At a meeting in common the decision names the board that took it, one the item is for; at a meeting of one
	 * board it is that board.
	 */
	private void deciding(RecordDecisionInput input, Validation v) {
		List<String> boards = this.graph.query("""
				MATCH (ai:AgendaItem {id: $itemId})-[:ON_AGENDA]->(mt:Meeting)-[:OF_BOARD]->(b:Board)
				WHERE NOT EXISTS { (ai)-[:FOR_BOARD]->() } OR EXISTS { (ai)-[:FOR_BOARD]->(b) }
				RETURN b.id AS id
				""", Map.of("itemId", input.itemId()), row -> row.get("id").asString());
		if (input.boardId() != null) {
			v.check(boards.contains(input.boardId()), "boardId", Code.INVALID,
					"boardId is not a board this item is for at this meeting");
		}
		else {
			v.check(boards.size() == 1, "boardId", Code.REQUIRED,
					"This item is before boards meeting in common: give boardId, the board that decided");
		}
	}

	public void requireMeeting(Validation v, String field, String id) {
		v.required(field, id);
		if (id != null) {
			v.check(this.graph.exists(Label.Meeting, id), field, Code.NOT_FOUND, "No meeting with id " + id);
		}
	}

	public void requireItem(Validation v, String field, String id) {
		v.required(field, id);
		if (id != null) {
			v.check(this.graph.exists(Label.AgendaItem, id), field, Code.NOT_FOUND, "No agenda item with id " + id);
		}
	}

	/** Pages of several boards' meetings, newest first (keyset: date and id), with each board's count, at once. */
	Map<BoardMeetingsKey, Page<Meeting>> meetingsOfBoards(Collection<BoardMeetingsKey> keys) {
		List<BoardMeetingsKey> list = List.copyOf(keys);
		List<Map<String, Object>> params = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			Map<String, Object> key = new HashMap<>(list.get(i).paging().params());
			key.put("i", i);
			key.put("id", list.get(i).id());
			params.add(key);
		}
		Map<BoardMeetingsKey, Page<Meeting>> pages = new HashMap<>();
		this.graph.query("""
				UNWIND $keys AS k
				MATCH (b:Board {id: k.id})
				WITH k, b, COUNT { (b)<-[:OF_BOARD]-(:Meeting) } AS total
				OPTIONAL MATCH (b)<-[:OF_BOARD]-(mt:Meeting)
				WHERE k.after IS NULL OR [mt.date, mt.id] < k.after
				WITH k, total, mt
				ORDER BY mt.date DESC, mt.id DESC
				WITH k, total, collect(mt)[..k.limit] AS meetings
				RETURN k.i AS i, total, [mt IN meetings | {n: mt, cursor: [mt.date, mt.id]}] AS rows
				""", Map.of("keys", params), row -> {
			BoardMeetingsKey key = list.get(row.get("i").asInt());
			List<Paging.Keyed<Meeting>> rows = row.get("rows").asList(r -> new Paging.Keyed<>(
					NodeMapper.map(r.get("n"), Meeting.class), r.get("cursor").asList(Value::asObject)));
			long total = row.get("total").asLong();
			return pages.put(key, new Page<>(key.paging().window(rows), () -> total));
		});
		return pages;
	}

	/** The boards holding each meeting, in the order given when it was scheduled (one, or several in common). */
	Map<Meeting, List<Board>> boards(Collection<Meeting> meetings) {
		return this.graph.grouped("""
				MATCH (mt:Meeting)-[r:OF_BOARD]->(n:Board)
				WHERE mt.id IN $ids
				RETURN mt.id AS key, n
				ORDER BY r.position, n.name
				""", meetings, Meeting::id, Board.class);
	}

	/** The boards an item is for when it is for some of the boards meeting in common; empty means all of them. */
	Map<AgendaItem, List<Board>> itemBoards(Collection<AgendaItem> items) {
		return this.graph.grouped("""
				MATCH (ai:AgendaItem)-[:FOR_BOARD]->(n:Board)
				WHERE ai.id IN $ids
				RETURN ai.id AS key, n
				ORDER BY n.name
				""", items, AgendaItem::id, Board.class);
	}

	Map<Meeting, List<AgendaItem>> items(Collection<Meeting> meetings) {
		return this.graph.grouped("""
				MATCH (n:AgendaItem)-[:ON_AGENDA]->(mt:Meeting)
				WHERE mt.id IN $ids
				RETURN mt.id AS key, n
				ORDER BY n.sortKey
				""", meetings, Meeting::id, AgendaItem.class);
	}

	Map<Meeting, List<Attendance>> attendance(Collection<Meeting> meetings) {
		return this.graph.grouped("""
				MATCH (n:Attendance)-[:AT_MEETING]->(mt:Meeting)
				WHERE mt.id IN $ids
				MATCH (n)-[:ATTENDEE]->(p:Person)
				RETURN mt.id AS key, n
				ORDER BY n.status, p.familyName, p.givenName
				""", meetings, Meeting::id, Attendance.class);
	}

	Map<AgendaItem, Meeting> meetings(Collection<AgendaItem> items) {
		return this.graph.single("""
				MATCH (ai:AgendaItem)-[:ON_AGENDA]->(n:Meeting)
				WHERE ai.id IN $ids
				RETURN ai.id AS key, n
				""", items, AgendaItem::id, Meeting.class);
	}

	Map<AgendaItem, List<Object>> concerns(Collection<AgendaItem> items) {
		return this.graph.groupedByLabel("""
				MATCH (ai:AgendaItem)-[:CONCERNS]->(n)
				WHERE ai.id IN $ids
				RETURN ai.id AS key, n, %s AS label
				ORDER BY n.id
				""".formatted(SUBJECT_LABEL), items, AgendaItem::id, SUBJECT_TYPES);
	}

	Map<AgendaItem, List<Declaration>> declarations(Collection<AgendaItem> items) {
		return this.graph.grouped("""
				MATCH (d:Declaration)-[:AGAINST_ITEM]->(ai:AgendaItem)
				WHERE ai.id IN $ids
				RETURN ai.id AS key, %s AS n
				ORDER BY d.createdAt
				""".formatted(Declaration.projection("d")), items, AgendaItem::id, Declaration.class);
	}

	Map<AgendaItem, List<Decision>> decisions(Collection<AgendaItem> items) {
		return this.graph.grouped("""
				MATCH (n:Decision)-[:ON_ITEM]->(ai:AgendaItem)
				WHERE ai.id IN $ids
				RETURN ai.id AS key, n
				ORDER BY n.createdAt
				""", items, AgendaItem::id, Decision.class);
	}

	Map<Attendance, Person> attendees(Collection<Attendance> attendance) {
		return this.graph.single("""
				MATCH (a:Attendance)-[:ATTENDEE]->(n:Person)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				""", attendance, Attendance::id, Person.class);
	}

	Map<Attendance, Person> chairedInAbsenceOf(Collection<Attendance> attendance) {
		return this.graph.single("""
				MATCH (a:Attendance)-[:IN_ABSENCE_OF]->(n:Person)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				""", attendance, Attendance::id, Person.class);
	}

	/** Each attendance's moves, in the agenda's order. */
	Map<Attendance, List<Movement>> movements(Collection<Attendance> attendance) {
		return this.graph.groupedRows("""
				MATCH (a:Attendance)-[mv:JOINED|LEFT]->(ai:AgendaItem)
				WHERE a.id IN $ids
				RETURN a.id AS key, type(mv) AS kind, mv.timing AS timing, ai, mv.asMinuted AS asMinuted
				ORDER BY ai.sortKey, CASE mv.timing WHEN 'BEFORE' THEN 0 WHEN 'DURING' THEN 1 ELSE 2 END
				""", attendance, Attendance::id, row -> new Movement(Movement.Kind.valueOf(row.get("kind").asString()),
				Movement.Timing.valueOf(row.get("timing").asString()), NodeMapper.map(row.get("ai"), AgendaItem.class),
				row.get("asMinuted").asString(null)));
	}

	Map<Attendance, Person> principals(Collection<Attendance> attendance) {
		return this.graph.single("""
				MATCH (a:Attendance)-[:SUBSTITUTE_FOR]->(n:Person)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				""", attendance, Attendance::id, Person.class);
	}

	Map<Declaration, Person> declarers(Collection<Declaration> declarations) {
		return this.graph.single("""
				MATCH (d:Declaration)-[:DECLARED_BY]->(n:Person)
				WHERE d.id IN $ids
				RETURN d.id AS key, n
				""", declarations, Declaration::id, Person.class);
	}

	Map<Declaration, AgendaItem> declarationItems(Collection<Declaration> declarations) {
		return this.graph.single("""
				MATCH (d:Declaration)-[:AGAINST_ITEM]->(n:AgendaItem)
				WHERE d.id IN $ids
				RETURN d.id AS key, n
				""", declarations, Declaration::id, AgendaItem.class);
	}

	Map<Declaration, Organisation> declarationOrganisations(Collection<Declaration> declarations) {
		return this.graph.single("""
				MATCH (d:Declaration)-[:ABOUT_ORGANISATION]->(n:Organisation)
				WHERE d.id IN $ids
				RETURN d.id AS key, n
				""", declarations, Declaration::id, Organisation.class);
	}

	Map<Declaration, Interest> declarationInterests(Collection<Declaration> declarations) {
		return this.graph.single("""
				MATCH (d:Declaration)-[:OF_INTEREST]->(n:Interest)
				WHERE d.id IN $ids
				RETURN d.id AS key, n
				""", declarations, Declaration::id, Interest.class);
	}

	Map<Declaration, List<SourceCitation>> declarationSources(Collection<Declaration> declarations) {
		return this.sources.citations(Label.Declaration, declarations, Declaration::id);
	}

	Map<Decision, AgendaItem> decisionItems(Collection<Decision> decisions) {
		return this.graph.single("""
				MATCH (d:Decision)-[:ON_ITEM]->(n:AgendaItem)
				WHERE d.id IN $ids
				RETURN d.id AS key, n
				""", decisions, Decision::id, AgendaItem.class);
	}

	Map<Decision, Decision> recommendations(Collection<Decision> decisions) {
		return this.graph.single("""
				MATCH (d:Decision)-[:ON_RECOMMENDATION]->(n:Decision)
				WHERE d.id IN $ids
				RETURN d.id AS key, n
				""", decisions, Decision::id, Decision.class);
	}

	Map<Decision, List<Decision>> decisionsOnRecommendations(Collection<Decision> decisions) {
		return this.graph.grouped("""
				MATCH (d:Decision)<-[:ON_RECOMMENDATION]-(n:Decision)
				WHERE d.id IN $ids
				RETURN d.id AS key, n
				ORDER BY n.decidedOn, n.id
				""", decisions, Decision::id, Decision.class);
	}

	Map<Decision, List<SourceCitation>> decisionSources(Collection<Decision> decisions) {
		return this.sources.citations(Label.Decision, decisions, Decision::id);
	}

}
