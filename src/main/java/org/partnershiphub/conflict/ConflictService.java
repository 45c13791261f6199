package org.partnershiphub.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.partnershiphub.board.Board;
import org.partnershiphub.board.Membership;
import org.partnershiphub.board.Quorum;
import org.partnershiphub.board.QuorumRule;
import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.conflict.MeetingConflictReport.AttendanceBasis;
import org.partnershiphub.conflict.MeetingConflictReport.BoardQuorum;
import org.partnershiphub.conflict.MeetingConflictReport.Chair;
import org.partnershiphub.conflict.MeetingConflictReport.DecisionProblem;
import org.partnershiphub.conflict.MeetingConflictReport.Exclusion;
import org.partnershiphub.conflict.MeetingConflictReport.ItemPresence;
import org.partnershiphub.conflict.MeetingConflictReport.ItemQuorum;
import org.partnershiphub.conflict.MeetingConflictReport.ItemReport;
import org.partnershiphub.conflict.MeetingConflictReport.Participant;
import org.partnershiphub.conflict.MeetingConflictReport.Participant.Basis;
import org.partnershiphub.conflict.MeetingConflictReport.PossibleConflict;
import org.partnershiphub.interest.Interest;
import org.partnershiphub.interest.InterestService;
import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.AgendaItem.Purpose;
import org.partnershiphub.meeting.Attendance;
import org.partnershiphub.meeting.Decision;
import org.partnershiphub.meeting.Declaration;
import org.partnershiphub.meeting.Meeting;
import org.partnershiphub.meeting.Movement;
import org.partnershiphub.meeting.MeetingService;
import org.partnershiphub.person.Person;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflict checks as at a date, the whole-meeting conflict and quorum report. Each is one read transaction of a
 * fixed number of queries: one for a check, two for a meeting (its context, then every participant's conflicts
 * with every subject on the agenda). A meeting of boards in common is one report: participants per board, and per
 * item each board's own quorum.
 */
@Service
public class ConflictService {

	static final int MAX_SUBJECTS = 50;

	/** Everyone who may take part in the meeting {@code mt}: seat-holders of its boards and anyone recorded at it. */
	private static final String PEOPLE = """
			CALL (mt) {
			      MATCH (mt)-[:OF_BOARD]->(:Board)<-[:ON_BOARD]-(:Membership)-[:HELD_BY]->(p:Person) RETURN p
			      UNION
			      MATCH (mt)<-[:AT_MEETING]-(:Attendance)-[:ATTENDEE]->(p:Person) RETURN p
			    }""";

	static final String MEETING_CONTEXT = """
			MATCH (mt:Meeting {id: $meetingId})
			RETURN mt,
			  COLLECT {
			    MATCH (mt)-[r:OF_BOARD]->(b:Board)
			    RETURN {board: b, rule: [(b)-[:HAS_QUORUM_RULE]->(q:QuorumRule) | q][0]} ORDER BY r.position, b.name
			  } AS boards,
			  COLLECT {
			    MATCH (ai:AgendaItem)-[:ON_AGENDA]->(mt)
			    RETURN {item: ai, subjectIds: [(ai)-[:CONCERNS]->(s) | s.id],
			            boardIds: [(ai)-[:FOR_BOARD]->(fb:Board) | fb.id],
			            decisions: [(ai)<-[:ON_ITEM]-(d:Decision) | d],
			            subjectNames: [(ai)-[:CONCERNS]->(s) | coalesce(s.name, s.title, s.reference)]} ORDER BY ai.sortKey
			  } AS items,
			  [(mt)-[:OF_BOARD]->(b:Board)<-[:ON_BOARD]-(m:Membership)-[:HELD_BY]->(p:Person)
			     WHERE m.from <= mt.date AND (m.to IS NULL OR m.to >= mt.date)
			     | {seat: m, person: p, boardId: b.id, kind: [(m)-[:ON_BEHALF_OF]->(o:Organisation) | o.kind][0],
			        principalId: [(m)-[:SUBSTITUTE_FOR]->(x:Person) | x.id][0]}] AS seats,
			  [(mt)<-[:AT_MEETING]-(a:Attendance)-[:ATTENDEE]->(p:Person)
			     | {attendance: a, person: p, principalId: [(a)-[:SUBSTITUTE_FOR]->(x:Person) | x.id][0],
			        inAbsenceOf: [(a)-[:IN_ABSENCE_OF]->(x:Person) | x][0],
			        moves: [(a)-[mv:JOINED|LEFT]->(mi:AgendaItem)
			                | {kind: type(mv), timing: mv.timing, item: mi, asMinuted: mv.asMinuted}]}] AS attendance,
			  [(mt)<-[:ON_AGENDA]-(ai:AgendaItem)<-[:AGAINST_ITEM]-(d:Declaration)-[:DECLARED_BY]->(p:Person)
			     | {declaration: %1$s, itemId: ai.id, person: p,
			        organisationId: [(d)-[:ABOUT_ORGANISATION]->(o:Organisation) | o.id][0],
			        interestId: [(d)-[:OF_INTEREST]->(i:Interest) | i.id][0]}] AS declarations,
			  COLLECT {
			    %2$s
			    WITH p, {asOf: mt.date} AS k
			    MATCH (p)<-[:DECLARED_BY]-(i:Interest)
			    WHERE i.subject IS NOT NULL AND NOT (i)-[:IN_ORGANISATION]->() AND %3$s
			    RETURN {person: p, interest: i}
			  } AS wordedInterests,
			  COLLECT {
			    %2$s
			    MATCH (p)<-[:GRANTED_TO]-(x:Dispensation)
			    RETURN {personId: p.id, dispensation: %4$s, subjectIds: [(x)-[:COVERS]->(s) | s.id],
			            itemIds: [(x)-[:FOR_ITEM]->(ai) | ai.id], grantedBy: [(x)-[:GRANTED_BY]->(b) | b.name][0]}
			  } AS dispensations
			""".formatted(Declaration.projection("d"), PEOPLE, InterestService.VALID_AT, DispensationService.PROJECTION);

	private final Graph graph;

	private final ConflictFinder finder;

	private final ConflictPolicy policy;

	ConflictService(Graph graph, ConflictFinder finder, ConflictPolicy policy) {
		this.graph = graph;
		this.finder = finder;
		this.policy = policy;
	}

	/** Every interest of the person, valid on {@code asOf} (default today), that reaches any of the subjects. */
	@Transactional(readOnly = true)
	public List<Conflict> conflictCheck(String personId, List<String> subjectIds, LocalDate asOf, Integer maxHops,
			Purpose purpose) {
		if (subjectIds.isEmpty() || subjectIds.size() > MAX_SUBJECTS) {
			throw new BadRequestException("subjectIds must name between 1 and " + MAX_SUBJECTS + " subjects");
		}
		List<Conflict> conflicts = this.finder.find(List.of(personId), subjectIds, Dates.orToday(asOf),
				hops(maxHops), (purpose != null) ? purpose : Purpose.DECISION, this.policy);
		if (conflicts.isEmpty()) {
			requireKnown(personId, subjectIds);
		}
		return conflicts;
	}

	/** Tells "no conflict" from a mistyped id: only asked when a check found nothing. */
	private void requireKnown(String personId, List<String> subjectIds) {
		if (!this.graph.exists(Label.Person, personId)) {
			throw new BadRequestException("No person with id " + personId);
		}
		Set<String> unknown = this.graph.missing(MeetingService.SUBJECT_TYPES.keySet(), subjectIds);
		if (!unknown.isEmpty()) {
			throw new BadRequestException("No organisation, agreement, pooled fund or partnership with id(s) "
					+ new TreeSet<>(unknown));
		}
	}

	/** The report for a meeting as at its date; empty when there is no such meeting. */
	@Transactional(readOnly = true)
	public Optional<MeetingConflictReport> meetingConflicts(String meetingId, Integer maxHops) {
		int hops = hops(maxHops);
		return this.graph.query(MEETING_CONTEXT, Map.of("meetingId", meetingId), Context::of)
			.stream()
			.findFirst()
			.map(context -> report(context, hops));
	}

	/**
	 * What is wrong with each decision taken at a meeting (see {@link DecisionProblem}), by decision id: one meeting
	 * report per meeting the decisions were taken at, however many decisions it holds.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<DecisionProblem>> decisionProblems(Collection<String> decisionIds) {
		List<String> meetingIds = this.graph.query("""
				MATCH (d:Decision)-[:ON_ITEM]->(:AgendaItem)-[:ON_AGENDA]->(m:Meeting)
				WHERE d.id IN $ids
				RETURN DISTINCT m.id AS id
				""", Map.of("ids", List.copyOf(decisionIds)), row -> row.get("id").asString());
		Map<String, List<DecisionProblem>> problems = new HashMap<>();
		meetingIds.forEach(meetingId -> meetingConflicts(meetingId, null).ifPresent(report -> report.items()
			.forEach(item -> item.decisionProblems()
				.forEach(p -> problems.computeIfAbsent(p.decision().id(), id -> new ArrayList<>()).add(p)))));
		return problems;
	}

	private int hops(Integer maxHops) {
		int hops = (maxHops != null) ? maxHops : this.policy.defaultMaxHops();
		if (hops < 0 || hops > this.policy.maxHopsLimit()) {
			throw new BadRequestException("maxHops must be between 0 and " + this.policy.maxHopsLimit());
		}
		return hops;
	}

	private MeetingConflictReport report(Context context, int hops) {
		LocalDate date = context.meeting().date();
		List<Participant> participants = new ArrayList<>();
		context.boards().forEach(board -> participants.addAll(participants(context, board.board())));
		List<String> takingPart = participants.stream()
			.filter(p -> !p.notRecorded())
			.map(p -> p.person().id())
			.distinct()
			.toList();
		Set<String> subjectIds = new HashSet<>();
		context.items().forEach(item -> subjectIds.addAll(item.subjectIds()));
		List<Conflict> all = this.finder.find(takingPart, subjectIds, date, hops, Purpose.DECISION, this.policy);
		List<ItemReport> items = context.items()
			.stream()
			.map(item -> itemReport(item, all, context, participants))
			.toList();
		return new MeetingConflictReport(context.meeting(), date,
				context.meeting().attendanceAsRecorded() ? AttendanceBasis.AS_RECORDED : AttendanceBasis.FORECAST,
				participants, chairs(context), items);
	}

	private ItemReport itemReport(ItemRow row, List<Conflict> all, Context context, List<Participant> everyone) {
		AgendaItem item = row.item();
		Map<String, ItemPresence> away = away(item, context);
		// Those who had left before the item, or came after it, take no part in it; those there for part of it are
		// counted neither way until the quorum is checked both ways.
		List<Participant> participants = everyone.stream()
			.filter(p -> !away.containsKey(p.person().id())
					|| away.get(p.person().id()).presence() != Movement.Presence.ABSENT)
			.toList();
		List<Participant> throughout = participants.stream()
			.filter(p -> !away.containsKey(p.person().id()))
			.toList();
		List<Conflict> reaching = all.stream()
			.filter(c -> row.subjectIds().contains(c.subjectId()))
			.filter(c -> !away.containsKey(c.person().id())
					|| away.get(c.person().id()).presence() != Movement.Presence.ABSENT)
			.map(c -> this.policy.judge(c, item.purposeForChecks()))
			.toList();
		List<Conflict> conflicts = reaching.stream()
			.filter(c -> c.dismissedBy() == null)
			.map(c -> dispensed(c, row, context))
			.toList();
		List<Conflict> noted = reaching.stream().filter(c -> c.dismissedBy() != null).toList();
		List<DeclarationRow> declared = context.declarations()
			.stream()
			.filter(d -> d.itemId().equals(item.id()))
			.toList();
		List<Conflict> undeclared = conflicts.stream()
			.filter(c -> c.action() != ManagementAction.NO_ACTION)
			.filter(c -> declared.stream().noneMatch(d -> d.covers(c)))
			.toList();
		Map<String, Exclusion> exclusions = new LinkedHashMap<>();
		conflicts.stream()
			.filter(c -> c.action().excludesFromQuorum())
			.sorted(Comparator.comparing(Conflict::action))
			.forEach(c -> exclusions.putIfAbsent(c.person().id(),
					new Exclusion(c.person(), c.action(), c.explanation(), c.withheldInterestId())));
		declared.stream()
			.filter(d -> d.declaration().action() != null && d.declaration().action().excludesFromQuorum())
			.forEach(d -> exclusions.putIfAbsent(d.person().id(),
					new Exclusion(d.person(),
							(d.declaration().action() == Declaration.Action.WITHDREW) ? ManagementAction.WITHDRAW
									: ManagementAction.NO_PART_IN_DISCUSSION_OR_VOTE,
							"Declared at the meeting: " + d.declaration().nature(),
							d.declaration().withheldInterestId())));
		List<BoardQuorum> quorums = quorums(row, context, throughout, exclusions.keySet());
		List<BoardQuorum> withPart = quorums(row, context, participants, exclusions.keySet());
		return new ItemReport(item, conflicts, declared.stream().map(DeclarationRow::declaration).toList(), undeclared,
				List.copyOf(exclusions.values()), quorums.isEmpty() ? null : quorums.get(0).quorum(), quorums,
				decisionProblems(row, conflicts, declared, quorums, withPart, throughout, away), noted,
				possible(row, context, participants), List.copyOf(away.values()));
	}

	/** The quorum of each board the item is before that has a rule, counting {@code participants}. */
	private static List<BoardQuorum> quorums(ItemRow row, Context context, List<Participant> participants,
			Set<String> excluded) {
		return context.boards()
			.stream()
			.filter(b -> b.rule() != null)
			.filter(b -> row.boardIds().isEmpty() || row.boardIds().contains(b.board().id()))
			.map(b -> boardQuorum(b, context, participants, excluded))
			.toList();
	}

	/**
	 * Who was recorded present but not there for the whole item, by the moves the minutes record (joining or leaving
	 * before, during or after an item), by person id.
	 */
	private static Map<String, ItemPresence> away(AgendaItem item, Context context) {
		Map<String, ItemPresence> away = new LinkedHashMap<>();
		context.attendance()
			.stream()
			.filter(a -> !a.moves().isEmpty())
			.sorted(Comparator.comparing(a -> a.person().displayName()))
			.forEach(a -> {
				Movement.Presence presence = Movement.presence(a.moves(), item);
				if (presence != Movement.Presence.THROUGHOUT) {
					away.put(a.person().id(), new ItemPresence(a.person(), presence, a.moves()
						.stream()
						.map(m -> "item " + m.item().number() + ": " + ((m.asMinuted() != null) ? m.asMinuted()
								: m.kind().name().toLowerCase(Locale.ROOT) + " " + m.timing().name()
									.toLowerCase(Locale.ROOT) + " it"))
						.distinct()
						.collect(Collectors.joining("; "))));
				}
			});
		return away;
	}

	/**
	 * A conflict that calls for withdrawal or no part, weighed against the member's dispensations: the first in force
	 * on the meeting date that covers the item replaces the action with what it allows; one out of date or out of
	 * scope is ignored, and the report says so.
	 */
	private static Conflict dispensed(Conflict conflict, ItemRow item, Context context) {
		if (!conflict.action().excludesFromQuorum()) {
			return conflict;
		}
		LocalDate date = context.meeting().date();
		List<DispensationRow> held = context.dispensations()
			.stream()
			.filter(d -> d.personId().equals(conflict.person().id()))
			.toList();
		if (held.isEmpty()) {
			return conflict;
		}
		return held.stream()
			.filter(d -> d.dispensation().inForce(date) && d.covers(item))
			.findFirst()
			.map(d -> conflict.dispensed(new DispensationUse(d.dispensation(), true, conflict.action(),
					grantedBy(d) + ": may " + DispensationUse.allows(d.dispensation()) + " on this item, instead of: "
							+ conflict.action().name().toLowerCase(Locale.ROOT).replace('_', ' '))))
			.orElseGet(() -> {
				DispensationRow ignored = held.get(0);
				String why = ignored.dispensation().inForce(date) ? "it does not cover this item"
						: DispensationUse.outOfForce(ignored.dispensation(), date);
				return conflict.dispensed(new DispensationUse(ignored.dispensation(), false, conflict.action(),
						grantedBy(ignored) + " ignored: " + why));
			});
	}

	private static String grantedBy(DispensationRow row) {
		return "Dispensation granted by " + ((row.grantedBy() != null) ? row.grantedBy() : "its body")
				+ ((row.dispensation().grantedByRole() != null) ? " (" + row.dispensation().grantedByRole() + ")" : "");
	}

	/**
	 * Interests declared only in words, of those taking part, that share distinctive words with the item's title or
	 * the names of what it concerns (the words of the boards' own names set aside): possible conflicts, each with the
	 * words matched.
	 */
	private static List<PossibleConflict> possible(ItemRow row, Context context, List<Participant> participants) {
		Set<String> takingPart = new HashSet<>();
		participants.stream().filter(p -> !p.notRecorded()).forEach(p -> takingPart.add(p.person().id()));
		List<String> texts = new ArrayList<>(row.subjectNames());
		texts.add(row.item().title());
		Set<String> itemWords = SubjectWords.itemWords(texts,
				context.boards().stream().map(b -> b.board().name()).toList());
		List<PossibleConflict> possible = new ArrayList<>();
		for (WordedInterest worded : context.wordedInterests()) {
			if (!takingPart.contains(worded.person().id())) {
				continue;
			}
			List<String> matched = SubjectWords.shared(worded.interest().subject(), itemWords);
			if (!matched.isEmpty()) {
				possible.add(new PossibleConflict(worded.person(), worded.interest(), matched,
						worded.person().displayName() + " declared \"" + worded.interest().subject() + "\""
								+ ((worded.interest().nature() != null) ? " (" + worded.interest().nature() + ")" : "")
								+ ", which shares " + String.join(", ", matched)
								+ " with this item: possibly a conflict, to check with them"));
			}
		}
		possible.sort(Comparator.comparing((PossibleConflict p) -> p.person().displayName())
			.thenComparing(p -> p.interest().id()));
		return possible;
	}

	/**
	 * Decisions taken (approved or rejected) on an item that was not quorate once those excluded had left, or while
	 * someone present had to withdraw or take no part and is not minuted as having done so. The explanation names
	 * no interest (withheld ones included): the conflicts and exclusions say why, redacted per caller.
	 */
	private static List<DecisionProblem> decisionProblems(ItemRow row, List<Conflict> conflicts,
			List<DeclarationRow> declared, List<BoardQuorum> quorums, List<BoardQuorum> withPart,
			List<Participant> throughout, Map<String, ItemPresence> away) {
		List<DecisionProblem> problems = new ArrayList<>();
		Set<String> present = new HashSet<>();
		throughout.stream()
			.filter(p -> p.attendance() == Attendance.Status.PRESENT)
			.forEach(p -> present.add(p.person().id()));
		Set<String> stoodAside = new HashSet<>();
		declared.stream()
			.filter(d -> d.declaration().action() != null && d.declaration().action().excludesFromQuorum())
			.forEach(d -> stoodAside.add(d.person().id()));
		Map<String, Conflict> tookPart = new LinkedHashMap<>();
		conflicts.stream()
			.filter(c -> c.action().excludesFromQuorum())
			.filter(c -> present.contains(c.person().id()) && !stoodAside.contains(c.person().id()))
			.forEach(c -> tookPart.putIfAbsent(c.person().id(), c));
		for (Decision decision : row.decisions()) {
			if (!decision.outcome().decides()) {
				continue;
			}
			quorums.stream().filter(q -> !q.known()).forEach(q -> problems.add(new DecisionProblem(decision,
					DecisionProblem.Problem.ATTENDANCE_NOT_RECORDED, null,
					"No attendance is recorded for " + q.board().name() + " at this meeting, so whether it was quorate "
							+ "cannot be checked: record the attendance as the minutes give it")));
			for (int i = 0; i < quorums.size(); i++) {
				BoardQuorum q = quorums.get(i);
				if (!q.known() || q.after().quorate()) {
					continue;
				}
				String failures = q.after().failures().stream().map(Quorum.Failure::message)
					.collect(Collectors.joining("; "));
				if (withPart.get(i).after().quorate()) {
					// Quorate only with those who came or went during the item: whether they were there when it
					// was decided is not minuted.
					problems.add(new DecisionProblem(decision, DecisionProblem.Problem.QUORUM_UNCERTAIN, null,
							q.board().name() + " was quorate for this item only if "
									+ away.values().stream()
										.filter(a -> a.presence() == Movement.Presence.PART)
										.map(a -> a.person().displayName())
										.collect(Collectors.joining(" and "))
									+ " (who came or went during it) were there when it was decided, which the minutes "
									+ "do not say (without them: " + failures + ")"));
				}
				else {
					problems.add(new DecisionProblem(decision, DecisionProblem.Problem.INQUORATE, null,
							q.board().name() + " was not quorate for this item" + (q.before().quorate() ? " once those "
									+ "who had to withdraw or take no part had left" : "") + " (" + failures + ")"));
				}
			}
			tookPart.values().forEach(c -> problems.add(new DecisionProblem(decision,
					DecisionProblem.Problem.CONFLICTED_MEMBER_TOOK_PART, c.person(),
					c.person().displayName() + " is recorded present and had to " + words(c.action())
							+ " on this item, and the minutes do not record that they did")));
		}
		return problems;
	}

	private static String words(ManagementAction action) {
		return (action == ManagementAction.WITHDRAW) ? "withdraw" : "take no part in the discussion or vote";
	}

	/** One board's quorum for an item: its own rule, over its own seats, before and after the exclusions leave. */
	private static BoardQuorum boardQuorum(BoardRow board, Context context, List<Participant> participants,
			Set<String> excluded) {
		Map<String, Quorum.Seat> seats = new LinkedHashMap<>();
		context.seats()
			.stream()
			.filter(s -> s.boardId().equals(board.board().id()))
			.filter(s -> s.seat().role() != Membership.Role.SUBSTITUTE && s.seat().role() != Membership.Role.DEPUTY_MEMBER)
			.forEach(s -> seats.put(s.seat().id(), s.quorumSeat()));
		List<Participant> counted = participants.stream()
			.filter(p -> p.board().id().equals(board.board().id()) && p.countsTowardsQuorum())
			.toList();
		String noSeats = "Nobody holds a seat on " + board.board().name() + " on " + context.meeting().date()
				+ ", so it cannot be quorate";
		Set<String> recorded = new HashSet<>();
		context.attendance().forEach(a -> recorded.add(a.person().id()));
		boolean known = !context.meeting().attendanceAsRecorded() || context.seats()
			.stream()
			.anyMatch(s -> s.boardId().equals(board.board().id()) && recorded.contains(s.person().id()));
		return new BoardQuorum(board.board(), new ItemQuorum(
				Quorum.evaluate(board.rule(), seats.values(), present(counted, seats), noSeats),
				Quorum.evaluate(board.rule(), seats.values(),
						present(counted.stream().filter(p -> !excluded.contains(p.person().id())).toList(), seats),
						noSeats),
				known));
	}

	private static List<Quorum.Seat> present(List<Participant> counted, Map<String, Quorum.Seat> seats) {
		return counted.stream().map(p -> seats.get(p.seat().id())).filter(Objects::nonNull).toList();
	}

	/** Who chaired, as the minutes say: co-chairs, a chair for part of the meeting, someone without a seat. */
	private static List<Chair> chairs(Context context) {
		Set<String> seated = new HashSet<>();
		context.seats().forEach(s -> seated.add(s.person().id()));
		return context.attendance()
			.stream()
			.filter(a -> a.attendance().chairing() != null)
			.map(a -> new Chair(a.person(), a.attendance().chairing(), a.inAbsenceOf(), a.attendance().chairNote(),
					seated.contains(a.person().id())))
			.sorted(Comparator.comparing(Chair::chairing)
				.thenComparing(c -> !c.holdsSeat())
				.thenComparing(c -> c.person().displayName()))
			.toList();
	}

	/**
	 * One board's participants: members holding a seat on the date and not sending apologies or absent, substitutes
	 * present (in the seat of whom they replace, who is then not expected), and those in attendance. Named
	 * substitutes and deputies are expected only when recorded present. Once attendance is as recorded (the meeting
	 * is HELD or its list complete), a seat-holder with no record is listed as not recorded and does not count.
	 */
	static List<Participant> participants(Context context, Board board) {
		boolean asRecorded = context.meeting().attendanceAsRecorded();
		Map<String, SeatRow> seats = new LinkedHashMap<>();
		context.seats().stream()
			.filter(s -> s.boardId().equals(board.id()))
			.sorted(Comparator.comparing((SeatRow s) -> !s.seat().voting()).thenComparing(s -> s.seat().role()))
			.forEach(s -> seats.putIfAbsent(s.person().id(), s));
		Map<String, AttendanceRow> attendance = new LinkedHashMap<>();
		context.attendance().forEach(a -> attendance.put(a.person().id(), a));
		// Who stands in for whom: a substitute present, for a member who holds a seat and is not present themselves.
		Map<String, String> principals = new LinkedHashMap<>();
		attendance.values()
			.stream()
			.filter(a -> a.attendance().status() == Attendance.Status.PRESENT)
			.forEach(a -> {
				SeatRow own = seats.get(a.person().id());
				String principal = (a.principalId() != null) ? a.principalId() : (own != null) ? own.principalId() : null;
				AttendanceRow principalAttendance = (principal != null) ? attendance.get(principal) : null;
				boolean principalPresent = principalAttendance != null
						&& principalAttendance.attendance().status() == Attendance.Status.PRESENT;
				if (principal != null && seats.containsKey(principal) && !principalPresent) {
					principals.put(a.person().id(), principal);
				}
			});
		Set<String> replaced = new HashSet<>(principals.values());
		List<Participant> participants = new ArrayList<>();
		seats.values().forEach(s -> {
			String id = s.person().id();
			AttendanceRow a = attendance.get(id);
			Attendance.Status status = (a != null) ? a.attendance().status() : null;
			boolean standby = s.seat().role() == Membership.Role.SUBSTITUTE
					|| s.seat().role() == Membership.Role.DEPUTY_MEMBER;
			if (status == Attendance.Status.APOLOGIES || status == Attendance.Status.ABSENT || replaced.contains(id)
					|| principals.containsKey(id) || (standby && status == null)) {
				return;
			}
			if (status == null && asRecorded) {
				participants.add(new Participant(s.person(), board, Basis.MEMBER, null, s.seat(), null, false, true));
				return;
			}
			// A named substitute who came but stands in for no one sits without a vote.
			boolean member = status != Attendance.Status.IN_ATTENDANCE && !standby;
			participants.add(new Participant(s.person(), board, member ? Basis.MEMBER : Basis.IN_ATTENDANCE, status,
					s.seat(), null, member && s.seat().voting(), false));
		});
		attendance.values().forEach(a -> {
			String id = a.person().id();
			if (principals.containsKey(id)) {
				SeatRow principal = seats.get(principals.get(id));
				participants.add(new Participant(a.person(), board, Basis.SUBSTITUTE, a.attendance().status(),
						principal.seat(), principal.person(), principal.seat().voting(), false));
			}
			else if (!seats.containsKey(id) && a.attendance().status() == Attendance.Status.IN_ATTENDANCE
					&& context.boards().get(0).board().id().equals(board.id())) {
				// Listed once, under the first board, however many boards meet in common.
				participants.add(new Participant(a.person(), board, Basis.IN_ATTENDANCE, a.attendance().status(), null,
						null, false, false));
			}
		});
		participants.sort(Comparator.comparing((Participant p) -> p.person().familyName(),
				Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(p -> p.person().displayName()));
		return participants;
	}

	/** A seat held on the date, with the kind of organisation it sits for (quorum clauses may name it). */
	record SeatRow(Quorum.Seat quorumSeat, Person person, String boardId, String principalId) {

		Membership seat() {
			return this.quorumSeat.membership();
		}

	}

	record AttendanceRow(Attendance attendance, Person person, String principalId, Person inAbsenceOf,
			List<Movement> moves) {
	}

	record ItemRow(AgendaItem item, List<String> subjectIds, List<String> boardIds, List<Decision> decisions,
			List<String> subjectNames) {
	}

	/** An interest declared only in words, of someone who may take part. */
	record WordedInterest(Person person, Interest interest) {
	}

	record BoardRow(Board board, QuorumRule rule) {
	}

	/** A declaration at the meeting, and what it names: an interest, an organisation, or only its nature. */
	record DeclarationRow(Declaration declaration, String itemId, Person person, String organisationId,
			String interestId) {

		/** Whether this declaration answers the conflict: same person, and the same interest or organisation. */
		boolean covers(Conflict conflict) {
			if (!this.person.id().equals(conflict.person().id())) {
				return false;
			}
			if (this.interestId != null) {
				return this.interestId.equals(conflict.interest().id());
			}
			return this.organisationId == null || this.organisationId.equals(conflict.organisationId())
					|| this.organisationId.equals(conflict.subjectId());
		}

	}

	/** A dispensation held by someone who may take part, and the matters it names. */
	record DispensationRow(String personId, Dispensation dispensation, List<String> subjectIds, List<String> itemIds,
			String grantedBy) {

		/** Whether it covers the item: names it, or what it concerns, or a kind of decision taken on it, or nothing. */
		boolean covers(ItemRow item) {
			boolean unscoped = this.subjectIds.isEmpty() && this.itemIds.isEmpty()
					&& this.dispensation.decisionKinds().isEmpty();
			return unscoped || this.itemIds.contains(item.item().id())
					|| item.subjectIds().stream().anyMatch(this.subjectIds::contains)
					|| item.decisions().stream().anyMatch(d -> this.dispensation.decisionKinds().contains(d.kind()));
		}

	}

	record Context(Meeting meeting, List<BoardRow> boards, List<ItemRow> items, List<SeatRow> seats,
			List<AttendanceRow> attendance, List<DeclarationRow> declarations, List<WordedInterest> wordedInterests,
			List<DispensationRow> dispensations) {

		static Context of(org.neo4j.driver.Record row) {
			return new Context(NodeMapper.map(row.get("mt"), Meeting.class),
					row.get("boards").asList(v -> new BoardRow(NodeMapper.map(v.get("board"), Board.class),
							v.get("rule").isNull() ? null
									: NodeMapper.map(v.get("rule"), QuorumRule.Stored.class).rule())),
					row.get("items").asList(v -> new ItemRow(NodeMapper.map(v.get("item"), AgendaItem.class),
							v.get("subjectIds").asList(Value::asString), v.get("boardIds").asList(Value::asString),
							v.get("decisions").asList(d -> NodeMapper.map(d, Decision.class)),
							v.get("subjectNames").asList(n -> n.isNull() ? "" : n.asString()))),
					row.get("seats").asList(v -> new SeatRow(Quorum.Seat.of(v.get("seat"), v.get("kind")),
							NodeMapper.map(v.get("person"), Person.class), v.get("boardId").asString(),
							string(v.get("principalId")))),
					row.get("attendance").asList(v -> new AttendanceRow(
							NodeMapper.map(v.get("attendance"), Attendance.class),
							NodeMapper.map(v.get("person"), Person.class), string(v.get("principalId")),
							NodeMapper.map(v.get("inAbsenceOf"), Person.class),
							v.get("moves").asList(m -> new Movement(Movement.Kind.valueOf(m.get("kind").asString()),
									Movement.Timing.valueOf(m.get("timing").asString()),
									NodeMapper.map(m.get("item"), AgendaItem.class), string(m.get("asMinuted")))))),
					row.get("declarations").asList(v -> new DeclarationRow(
							NodeMapper.map(v.get("declaration"), Declaration.class), v.get("itemId").asString(),
							NodeMapper.map(v.get("person"), Person.class), string(v.get("organisationId")),
							string(v.get("interestId")))),
					row.get("wordedInterests").asList(v -> new WordedInterest(
							NodeMapper.map(v.get("person"), Person.class),
							NodeMapper.map(v.get("interest"), Interest.class))),
					row.get("dispensations").asList(v -> new DispensationRow(v.get("personId").asString(),
							DispensationUse.dispensation(v.get("dispensation")), v.get("subjectIds").asList(Value::asString),
							v.get("itemIds").asList(Value::asString), string(v.get("grantedBy")))));
		}

		private static String string(Value value) {
			return value.isNull() ? null : value.asString();
		}

	}

}
