package org.partnershiphub.meeting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.meeting.Attendance.Chairing;
import org.partnershiphub.meeting.Attendance.Status;
import org.partnershiphub.person.PersonService;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came to a meeting, as the minutes state it: one record per person and meeting, recorded, corrected or removed
 * (each audited), and combined when two people are merged. Contradictions (a chair who sent apologies, a substitute
 * for a member who was present, two people in the Chair) are refused with an error naming the field.
 */
@Service
public class AttendanceService {

	/** The stronger status wins when two records meet; the order of {@link Status}. */
	static final String STATUS_RANK = """
			CASE a.status WHEN 'PRESENT' THEN 0 WHEN 'IN_ATTENDANCE' THEN 1 WHEN 'APOLOGIES' THEN 2 ELSE 3 END""";

	private final Graph graph;

	private final MeetingService meetings;

	private final PersonService people;

	private final SourceService sources;

	AttendanceService(Graph graph, MeetingService meetings, PersonService people, SourceService sources) {
		this.graph = graph;
		this.meetings = meetings;
		this.people = people;
		this.sources = sources;
	}

	/**
	 * @param chair shorthand for {@code chairing: CHAIR}
	 * @param chairedInAbsenceOfId the member the minutes say this person chaired in the absence of
	 */
	public record RecordAttendanceInput(String meetingId, String personId, Status status, String substituteForId,
			Boolean chair, Chairing chairing, String chairedInAbsenceOfId, String chairNote, SourceInput source) {
	}

	public record RemoveAttendanceInput(String attendanceId, String reason) {
	}

	public record AttendancePayload(Meeting meeting, Attendance attendance, List<UserError> userErrors) {
	}

	/** Records or corrects a person's attendance at a meeting (one record per person and meeting). */
	@Transactional
	public AttendancePayload recordAttendance(RecordAttendanceInput input) {
		Chairing chairing = (input.chairing() != null) ? input.chairing()
				: Boolean.TRUE.equals(input.chair()) ? Chairing.CHAIR : null;
		String note = Validation.trimToNull(input.chairNote());
		Validation v = new Validation().required("status", input.status()).maxLength("chairNote", note,
				Validation.NAME_MAX);
		this.meetings.requireMeeting(v, "meetingId", input.meetingId());
		this.people.requirePerson(v, "personId", input.personId());
		boolean away = input.status() == Status.APOLOGIES || input.status() == Status.ABSENT;
		v.check(chairing == null || !away, "chairing", Code.INVALID,
				"Someone who sent apologies or was absent cannot have chaired the meeting");
		v.check(chairing != null || input.chairedInAbsenceOfId() == null, "chairedInAbsenceOfId", Code.INVALID,
				"chairedInAbsenceOfId needs chairing");
		if (input.substituteForId() != null) {
			this.people.requirePerson(v, "substituteForId", input.substituteForId());
			v.check(!input.substituteForId().equals(input.personId()), "substituteForId", Code.INVALID,
					"A member cannot substitute for themselves");
			v.check(input.status() == Status.PRESENT, "substituteForId", Code.INVALID,
					"Only someone present can stand in for a member");
		}
		if (input.chairedInAbsenceOfId() != null) {
			this.people.requirePerson(v, "chairedInAbsenceOfId", input.chairedInAbsenceOfId());
		}
		this.sources.validate(v, "source", input.source());
		if (!v.hasErrors()) {
			checkAgainstRecorded(input, chairing, v);
		}
		if (v.hasErrors()) {
			return new AttendancePayload(null, null, v.errors());
		}
		String id = this.graph.query("""
				MATCH (mt:Meeting {id: $meetingId})
				MATCH (p:Person {id: $personId})
				MERGE (a:Attendance {key: $key})
				  ON CREATE SET a.id = $id, a.createdAt = datetime()
				MERGE (a)-[:AT_MEETING]->(mt)
				MERGE (a)-[:ATTENDEE]->(p)
				SET a.status = $status, a.chair = $chair, a.chairing = $chairing, a.chairNote = $chairNote,
				    a.updatedAt = datetime()
				WITH a
				CALL (a) {
				  MATCH (a)-[old:SUBSTITUTE_FOR|IN_ABSENCE_OF]->()
				  DELETE old
				}
				CALL (a) {
				  MATCH (principal:Person {id: $substituteForId})
				  CREATE (a)-[:SUBSTITUTE_FOR]->(principal)
				}
				CALL (a) {
				  MATCH (absent:Person {id: $inAbsenceOfId})
				  CREATE (a)-[:IN_ABSENCE_OF]->(absent)
				}
				RETURN a.id AS id
				""", Params.of("meetingId", input.meetingId(), "personId", input.personId(), "key",
				key(input.meetingId(), input.personId()), "id", UUID.randomUUID().toString(), "status",
				input.status().name(), "chair", chairing != null, "chairing", (chairing != null) ? chairing.name() : null,
				"chairNote", note, "substituteForId", input.substituteForId(), "inAbsenceOfId",
				input.chairedInAbsenceOfId()), row -> row.get("id").asString()).get(0);
		this.sources.cite(Label.Attendance, id, input.source());
		return new AttendancePayload(this.meetings.find(input.meetingId()).orElseThrow(), find(id), List.of());
	}

	/** The contradictions with what is already recorded for the meeting, each under the field at fault. */
	private void checkAgainstRecorded(RecordAttendanceInput input, Chairing chairing, Validation v) {
		Map<String, Object> recorded = this.graph.query("""
				MATCH (mt:Meeting {id: $meetingId})
				RETURN EXISTS {
				         MATCH (mt)-[:OF_BOARD]->(:Board)<-[:ON_BOARD]-(m:Membership)-[:HELD_BY]->(:Person {id: $seatHolderId})
				         WHERE m.from <= mt.date AND (m.to IS NULL OR m.to >= mt.date)
				       } AS seated,
				       EXISTS {
				         MATCH (mt)<-[:AT_MEETING]-(:Attendance {status: 'PRESENT'})-[:ATTENDEE]->(:Person {id: $substituteForId})
				       } AS principalPresent,
				       [(mt)<-[:AT_MEETING]-(a:Attendance)-[:SUBSTITUTE_FOR]->(:Person {id: $personId}) | a.id] AS standIns,
				       [(mt)<-[:AT_MEETING]-(a:Attendance)-[:ATTENDEE]->(x:Person)
				          WHERE a.chairing IS NOT NULL AND x.id <> $personId | a.chairing] AS otherChairs,
				       EXISTS {
				         MATCH (mt)<-[:AT_MEETING]-(:Attendance {status: 'PRESENT'})-[:ATTENDEE]->(:Person {id: $inAbsenceOfId})
				       } AS absentPresent
				""", Params.of("meetingId", input.meetingId(), "personId", input.personId(), "seatHolderId",
				(input.substituteForId() != null) ? input.substituteForId() : input.personId(), "substituteForId",
				input.substituteForId(), "inAbsenceOfId", input.chairedInAbsenceOfId()), row -> row.asMap()).get(0);
		if (input.substituteForId() != null) {
			v.check((Boolean) recorded.get("seated"), "substituteForId", Code.INVALID,
					"The person substituted for holds no seat on the board at the meeting date");
			v.check(!(Boolean) recorded.get("principalPresent"), "substituteForId", Code.INVALID,
					"The member substituted for is recorded as present at this meeting");
		}
		else if (input.status() == Status.PRESENT) {
			v.check((Boolean) recorded.get("seated"), "status", Code.INVALID,
					"Present as a member needs a seat on the board at the meeting date; record this person as "
							+ "IN_ATTENDANCE (who may still chair, when the minutes say so) or as a substitute");
		}
		if (input.status() == Status.PRESENT) {
			v.check(((List<?>) recorded.get("standIns")).isEmpty(), "status", Code.INVALID,
					"Someone is recorded as substituting for this person at this meeting; correct that record first");
		}
		List<?> otherChairs = (List<?>) recorded.get("otherChairs");
		if (chairing == Chairing.CHAIR || chairing == Chairing.CO_CHAIR) {
			Chairing clash = (chairing == Chairing.CHAIR) ? null : Chairing.CHAIR;
			v.check(otherChairs.stream().noneMatch(c -> clash == null ? !Chairing.CHAIR_FOR_PART.name().equals(c)
					: clash.name().equals(c)), "chairing", Code.INVALID,
					"Someone else is already recorded as chairing this meeting; record co-chairs as CO_CHAIR, or "
							+ "chairing for part of the meeting as CHAIR_FOR_PART");
		}
		v.check(!(Boolean) recorded.get("absentPresent"), "chairedInAbsenceOfId", Code.INVALID,
				"The member this person chaired in the absence of is recorded as present");
	}

	public record MovementInput(String itemId, String personId, Movement.Kind kind, Movement.Timing timing,
			String asMinuted) {
	}

	/**
	 * Records a move of someone recorded present or in attendance at the item's meeting; the same move (person, kind,
	 * timing and item) again only updates its words. With {@code remove}, removes it.
	 */
	@Transactional
	public AttendancePayload recordMovement(MovementInput input, boolean remove) {
		String words = Validation.trimToNull(input.asMinuted());
		Validation v = new Validation().required("itemId", input.itemId()).required("personId", input.personId())
			.required("kind", input.kind()).required("timing", input.timing())
			.maxLength("asMinuted", words, Validation.TEXT_MAX);
		if (v.hasErrors()) {
			return new AttendancePayload(null, null, v.errors());
		}
		v.check(this.graph.exists(Label.AgendaItem, input.itemId()), "itemId", Code.NOT_FOUND,
				"No agenda item with id " + input.itemId());
		List<List<String>> attendance = this.graph.query("""
				MATCH (:AgendaItem {id: $itemId})-[:ON_AGENDA]->(mt:Meeting)<-[:AT_MEETING]-(a:Attendance)
				      -[:ATTENDEE]->(:Person {id: $personId})
				WHERE a.status IN ['PRESENT', 'IN_ATTENDANCE']
				RETURN a.id AS id, mt.id AS meetingId
				""", Map.of("itemId", input.itemId(), "personId", input.personId()),
				row -> List.of(row.get("id").asString(), row.get("meetingId").asString()));
		v.check(v.hasErrors() || !attendance.isEmpty(), "personId", Code.INVALID,
				"This person is not recorded present or in attendance at the item's meeting; record their attendance "
						+ "first");
		if (v.hasErrors()) {
			return new AttendancePayload(null, null, v.errors());
		}
		// The relationship type comes from the enum, never from input.
		this.graph.run(remove ? """
				MATCH (a:Attendance {id: $id})-[mv:%s {timing: $timing}]->(:AgendaItem {id: $itemId})
				DELETE mv
				""".formatted(input.kind().name()) : """
				MATCH (a:Attendance {id: $id})
				MATCH (ai:AgendaItem {id: $itemId})
				MERGE (a)-[mv:%s {timing: $timing}]->(ai)
				SET mv.asMinuted = $asMinuted
				""".formatted(input.kind().name()), Params.of("id", attendance.get(0).get(0), "itemId", input.itemId(),
				"timing", input.timing().name(), "asMinuted", words));
		return new AttendancePayload(this.meetings.find(attendance.get(0).get(1)).orElseThrow(),
				find(attendance.get(0).get(0)), List.of());
	}

	/** Removes a record made in error (audited, with the values it had). */
	@Transactional
	public AttendancePayload removeAttendance(RemoveAttendanceInput input) {
		Validation v = new Validation().required("attendanceId", input.attendanceId()).maxLength("reason",
				input.reason(), Validation.NAME_MAX);
		if (input.attendanceId() != null) {
			v.check(this.graph.exists(Label.Attendance, input.attendanceId()), "attendanceId", Code.NOT_FOUND,
					"No attendance record with id " + input.attendanceId());
		}
		if (v.hasErrors()) {
			return new AttendancePayload(null, null, v.errors());
		}
		String meetingId = this.graph.query("""
				MATCH (a:Attendance {id: $id})-[:AT_MEETING]->(mt:Meeting)
				WITH a, mt.id AS meetingId
				DETACH DELETE a
				RETURN meetingId
				""", Map.of("id", input.attendanceId()), row -> row.get("meetingId").asString()).get(0);
		return new AttendancePayload(this.meetings.find(meetingId).orElseThrow(), null, List.of());
	}

	/**
	 * After two people are merged the kept one may have two records for one meeting: the stronger status is kept,
	 * with the chairing and sources of both, and the other removed, so one person has one record per meeting.
	 */
	public void combineAfterMerge(String personId) {
		this.graph.run("""
				MATCH (p:Person {id: $personId})<-[:ATTENDEE]-(a:Attendance)-[:AT_MEETING]->(mt:Meeting)
				WITH p, mt, a
				ORDER BY %s, a.createdAt
				WITH p, mt, collect(a) AS records
				WITH p, mt, records[0] AS kept, records[1..] AS others
				CALL (kept, others, p) {
				  UNWIND others AS other
				  SET kept.chair = coalesce(kept.chair, false) OR coalesce(other.chair, false),
				      kept.chairing = coalesce(kept.chairing, other.chairing),
				      kept.chairNote = coalesce(kept.chairNote, other.chairNote)
				  WITH kept, other, p
				  CALL (kept, other) {
				    MATCH (other)-[r:SOURCED_FROM]->(d:SourceDocument)
				    MERGE (kept)-[n:SOURCED_FROM]->(d)
				      ON CREATE SET n = properties(r)
				  }
				  CALL (kept, other, p) {
				    MATCH (other)-[r:SUBSTITUTE_FOR|IN_ABSENCE_OF]->(x:Person)
				    WHERE NOT EXISTS { (kept)-[:SUBSTITUTE_FOR|IN_ABSENCE_OF]->() } AND x <> p
				    CREATE (kept)-[:$(type(r))]->(x)
				  }
				  DETACH DELETE other
				}
				SET kept.key = mt.id + '|' + p.id
				""".formatted(STATUS_RANK), Map.of("personId", personId));
		// A merged person cannot stand in for themselves.
		this.graph.run("""
				MATCH (p:Person {id: $personId})<-[:ATTENDEE]-(a:Attendance)-[r:SUBSTITUTE_FOR|IN_ABSENCE_OF]->(p)
				DELETE r
				""", Map.of("personId", personId));
	}

	private Attendance find(String id) {
		return this.graph.byId(Attendance.class, id)
			.orElseThrow();
	}

	static String key(String meetingId, String personId) {
		return meetingId + "|" + personId;
	}

}
