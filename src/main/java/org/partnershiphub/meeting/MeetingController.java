package org.partnershiphub.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import org.dataloader.DataLoader;
import org.partnershiphub.board.Board;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Paging;
import org.partnershiphub.interest.Interest;
import org.partnershiphub.meeting.AttendanceService.AttendancePayload;
import org.partnershiphub.meeting.AttendanceService.MovementInput;
import org.partnershiphub.meeting.AttendanceService.RecordAttendanceInput;
import org.partnershiphub.meeting.AttendanceService.RemoveAttendanceInput;
import org.partnershiphub.meeting.MeetingService.AddAgendaItemInput;
import org.partnershiphub.meeting.MeetingService.AgendaItemPayload;
import org.partnershiphub.meeting.MeetingService.BoardMeetingsKey;
import org.partnershiphub.meeting.MeetingService.DecisionPayload;
import org.partnershiphub.meeting.MeetingService.DeclarationPayload;
import org.partnershiphub.meeting.MeetingService.MeetingPayload;
import org.partnershiphub.meeting.MeetingService.RecordDecisionInput;
import org.partnershiphub.meeting.MeetingService.RecordDeclarationInput;
import org.partnershiphub.meeting.MeetingService.ScheduleMeetingInput;
import org.partnershiphub.meeting.MeetingService.SetMeetingStatusInput;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.person.Person;
import org.partnershiphub.source.SourceCitation;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class MeetingController {

	private final MeetingService meetings;

	private final AttendanceService attendance;

	MeetingController(MeetingService meetings, AttendanceService attendance, BatchLoaderRegistry registry) {
		this.meetings = meetings;
		this.attendance = attendance;
		registry.<BoardMeetingsKey, Page<Meeting>>forName("boardMeetings")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> meetings.meetingsOfBoards(keys)));
	}

	@QueryMapping
	Meeting meeting(@Argument String id) {
		return this.meetings.find(id).orElse(null);
	}

	@QueryMapping
	AgendaItem agendaItem(@Argument String id) {
		return this.meetings.findItem(id).orElse(null);
	}

	@SchemaMapping(typeName = "Board", field = "meetings")
	CompletableFuture<DataFetcherResult<Window<Meeting>>> boardMeetings(Board board, ScrollSubrange subrange,
			DataLoader<BoardMeetingsKey, Page<Meeting>> boardMeetings) {
		Paging paging = Paging.of(subrange);
		// Refused here, not in the batch, where it would fail every board's page at once.
		paging.requireKeys(MeetingService.MEETING_KEYS);
		return boardMeetings.load(new BoardMeetingsKey(board.id(), paging)).thenApply(Page::result);
	}

	@BatchMapping
	Map<Meeting, Board> board(List<Meeting> meetings) {
		Map<Meeting, Board> first = new HashMap<>();
		this.meetings.boards(meetings).forEach((meeting, boards) -> first.put(meeting, boards.get(0)));
		return first;
	}

	@BatchMapping
	Map<Meeting, List<Board>> boards(List<Meeting> meetings) {
		return this.meetings.boards(meetings);
	}

	@BatchMapping(typeName = "AgendaItem", field = "boards")
	Map<AgendaItem, List<Board>> itemBoards(List<AgendaItem> items) {
		return this.meetings.itemBoards(items);
	}

	@BatchMapping
	Map<Meeting, List<AgendaItem>> items(List<Meeting> meetings) {
		return this.meetings.items(meetings);
	}

	@BatchMapping
	Map<Meeting, List<Attendance>> attendance(List<Meeting> meetings) {
		return this.meetings.attendance(meetings);
	}

	@BatchMapping
	Map<AgendaItem, Meeting> meeting(List<AgendaItem> items) {
		return this.meetings.meetings(items);
	}

	@BatchMapping
	Map<AgendaItem, List<Object>> concerns(List<AgendaItem> items) {
		return this.meetings.concerns(items);
	}

	@BatchMapping
	Map<AgendaItem, List<Declaration>> declarations(List<AgendaItem> items) {
		return this.meetings.declarations(items);
	}

	@BatchMapping
	Map<AgendaItem, List<Decision>> decisions(List<AgendaItem> items) {
		return this.meetings.decisions(items);
	}

	@BatchMapping(typeName = "Attendance", field = "person")
	Map<Attendance, Person> attendee(List<Attendance> attendance) {
		return this.meetings.attendees(attendance);
	}

	@BatchMapping(typeName = "Attendance", field = "chairedInAbsenceOf")
	Map<Attendance, Person> chairedInAbsenceOf(List<Attendance> attendance) {
		return this.meetings.chairedInAbsenceOf(attendance);
	}

	@BatchMapping(typeName = "Attendance", field = "movements")
	Map<Attendance, List<Movement>> movements(List<Attendance> attendance) {
		return this.meetings.movements(attendance);
	}

	@BatchMapping(typeName = "Attendance", field = "substituteFor")
	Map<Attendance, Person> principal(List<Attendance> attendance) {
		return this.meetings.principals(attendance);
	}

	@BatchMapping(typeName = "Declaration", field = "person")
	Map<Declaration, Person> declarer(List<Declaration> declarations) {
		return this.meetings.declarers(declarations);
	}

	@BatchMapping(typeName = "Declaration", field = "item")
	Map<Declaration, AgendaItem> declarationItem(List<Declaration> declarations) {
		return this.meetings.declarationItems(declarations);
	}

	@BatchMapping(typeName = "Declaration", field = "organisation")
	Map<Declaration, Organisation> declarationOrganisation(List<Declaration> declarations) {
		return this.meetings.declarationOrganisations(declarations);
	}

	@BatchMapping(typeName = "Declaration", field = "interest")
	Map<Declaration, Interest> declarationInterest(List<Declaration> declarations) {
		return this.meetings.declarationInterests(declarations);
	}

	@BatchMapping(typeName = "Declaration", field = "sources")
	Map<Declaration, List<SourceCitation>> declarationSources(List<Declaration> declarations) {
		return this.meetings.declarationSources(declarations);
	}

	@BatchMapping(typeName = "Decision", field = "item")
	Map<Decision, AgendaItem> decisionItem(List<Decision> decisions) {
		return this.meetings.decisionItems(decisions);
	}

	@BatchMapping(typeName = "Decision", field = "onRecommendation")
	Map<Decision, Decision> onRecommendation(List<Decision> decisions) {
		return this.meetings.recommendations(decisions);
	}

	@BatchMapping(typeName = "Decision", field = "decisionsOnIt")
	Map<Decision, List<Decision>> decisionsOnIt(List<Decision> decisions) {
		return this.meetings.decisionsOnRecommendations(decisions);
	}

	@BatchMapping(typeName = "Decision", field = "sources")
	Map<Decision, List<SourceCitation>> decisionSources(List<Decision> decisions) {
		return this.meetings.decisionSources(decisions);
	}

	@MutationMapping
	MeetingPayload scheduleMeeting(@Argument ScheduleMeetingInput input) {
		return this.meetings.scheduleMeeting(input);
	}

	@MutationMapping
	MeetingPayload setMeetingStatus(@Argument SetMeetingStatusInput input) {
		return this.meetings.setMeetingStatus(input);
	}

	@MutationMapping
	AgendaItemPayload addAgendaItem(@Argument AddAgendaItemInput input) {
		return this.meetings.addAgendaItem(input);
	}

	@MutationMapping
	AttendancePayload recordAttendance(@Argument RecordAttendanceInput input) {
		return this.attendance.recordAttendance(input);
	}

	@MutationMapping
	AttendancePayload removeAttendance(@Argument RemoveAttendanceInput input) {
		return this.attendance.removeAttendance(input);
	}

	@MutationMapping
	AttendancePayload recordMovement(@Argument MovementInput input) {
		return this.attendance.recordMovement(input, false);
	}

	@MutationMapping
	AttendancePayload removeMovement(@Argument MovementInput input) {
		return this.attendance.recordMovement(input, true);
	}

	@MutationMapping
	DeclarationPayload recordDeclaration(@Argument RecordDeclarationInput input) {
		return this.meetings.recordDeclaration(input);
	}

	@MutationMapping
	DecisionPayload recordDecision(@Argument RecordDecisionInput input) {
		return this.meetings.recordDecision(input);
	}

}
