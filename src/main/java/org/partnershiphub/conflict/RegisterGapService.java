package org.partnershiphub.conflict;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.partnershiphub.board.Board;
import org.partnershiphub.board.BoardService;
import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.meeting.Declaration;
import org.partnershiphub.person.Person;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a board's register of interests falls short as at a date: members who never declared (not even a nil
 * return), declarations more than 12 months old, and interests declared at the board's meetings that did not reach
 * the register within the 28 days the codes of conduct allow.
 */
@Service
public class RegisterGapService {

	static final String STALE_AFTER = "P12M";

	static final String REGISTER_WITHIN = "P28D";

	private final Graph graph;

	private final BoardService boards;

	RegisterGapService(Graph graph, BoardService boards) {
		this.graph = graph;
		this.boards = boards;
	}

	public record RegisterGaps(Board board, LocalDate asOf, List<Person> noDeclaration,
			List<OutOfDate> outOfDate, List<NotOnRegister> notOnRegister) {
	}

	/** A member whose latest declaration or nil return is too old; {@code lastDeclaredOn} null when undated. */
	public record OutOfDate(Person person, LocalDate lastDeclaredOn) {
	}

	/** An interest declared at a meeting that should have been on the register by {@code dueBy}. */
	public record NotOnRegister(Declaration declaration, Person person, LocalDate meetingDate, LocalDate dueBy) {
	}

	private record Member(Person person, long declarations, LocalDate lastDeclaredOn) {
	}

	@Transactional(readOnly = true)
	public RegisterGaps registerGaps(String boardId, LocalDate asOf) {
		Board board = this.boards.find(boardId)
			.orElseThrow(() -> new BadRequestException("No board with id " + boardId));
		LocalDate date = Dates.orToday(asOf);
		List<Member> members = this.graph.query("""
				MATCH (:Board {id: $boardId})<-[:ON_BOARD]-(m:Membership)-[:HELD_BY]->(p:Person)
				WHERE m.from <= $asOf AND (m.to IS NULL OR m.to >= $asOf)
				WITH DISTINCT p
				CALL (p) {
				  OPTIONAL MATCH (p)<-[:DECLARED_BY]-(x)
				  WHERE (x:Interest OR x:NilReturn)
				    AND coalesce(x.declaredOn, x.validFrom, date('0001-01-01')) <= $asOf
				  RETURN count(x) AS declarations, max(coalesce(x.declaredOn, x.validFrom)) AS lastDeclaredOn
				}
				RETURN p, declarations, lastDeclaredOn
				ORDER BY p.familyName, p.givenName, p.id
				""", Map.of("boardId", boardId, "asOf", date),
				row -> new Member(NodeMapper.map(row.get("p"), Person.class), row.get("declarations").asLong(),
						row.get("lastDeclaredOn").isNull() ? null : row.get("lastDeclaredOn").asLocalDate()));
		LocalDate staleBefore = date.minus(java.time.Period.parse(STALE_AFTER));
		List<NotOnRegister> late = this.graph.query("""
				MATCH (:Board {id: $boardId})<-[:OF_BOARD]-(mt:Meeting)<-[:ON_AGENDA]-(:AgendaItem)
				      <-[:AGAINST_ITEM]-(d:Declaration)-[:DECLARED_BY]->(p:Person)
				WITH d, p, mt, mt.date + duration($within) AS dueBy
				WHERE dueBy < $asOf
				  AND NOT EXISTS {
				    MATCH (p)<-[:DECLARED_BY]-(i:Interest)
				    WHERE coalesce(i.declaredOn, i.validFrom, date('0001-01-01')) <= dueBy
				      AND (i.validTo IS NULL OR i.validTo >= mt.date)
				      AND CASE
				        WHEN EXISTS { (d)-[:OF_INTEREST]->() } THEN EXISTS { (d)-[:OF_INTEREST]->(i) }
				        WHEN EXISTS { (d)-[:ABOUT_ORGANISATION]->() }
				          THEN EXISTS { (d)-[:ABOUT_ORGANISATION]->(:Organisation)<-[:IN_ORGANISATION]-(i) }
				        ELSE toLower(d.nature) IN [toLower(i.nature), toLower(i.subject)]
				      END
				  }
				RETURN %s AS d, p, mt.date AS meetingDate, dueBy
				ORDER BY mt.date, p.familyName, d.id
				""".formatted(Declaration.projection("d")), Map.of("boardId", boardId, "asOf", date, "within", REGISTER_WITHIN),
				row -> new NotOnRegister(NodeMapper.map(row.get("d"), Declaration.class),
						NodeMapper.map(row.get("p"), Person.class), row.get("meetingDate").asLocalDate(),
						row.get("dueBy").asLocalDate()));
		return new RegisterGaps(board, date,
				members.stream().filter(m -> m.declarations() == 0).map(Member::person).toList(),
				members.stream()
					.filter(m -> m.declarations() > 0)
					.filter(m -> m.lastDeclaredOn() == null || m.lastDeclaredOn().isBefore(staleBefore))
					.map(m -> new OutOfDate(m.person(), m.lastDeclaredOn()))
					.toList(),
				late);
	}

}
