package org.partnershiphub.conflict;

import java.time.LocalDate;
import java.util.List;

import org.partnershiphub.conflict.RegisterGapService.RegisterGaps;
import org.partnershiphub.meeting.AgendaItem.Purpose;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ConflictController {

	private final ConflictService conflicts;

	private final RegisterGapService gaps;

	ConflictController(ConflictService conflicts, RegisterGapService gaps) {
		this.conflicts = conflicts;
		this.gaps = gaps;
	}

	@QueryMapping
	List<Conflict> conflictCheck(@Argument String personId, @Argument List<String> subjectIds,
			@Argument LocalDate asOf, @Argument Integer maxHops, @Argument Purpose purpose) {
		return this.conflicts.conflictCheck(personId, subjectIds, asOf, maxHops, purpose);
	}

	@QueryMapping
	MeetingConflictReport meetingConflicts(@Argument String meetingId, @Argument Integer maxHops) {
		return this.conflicts.meetingConflicts(meetingId, maxHops).orElse(null);
	}

	@QueryMapping
	RegisterGaps registerGaps(@Argument String boardId, @Argument LocalDate asOf) {
		return this.gaps.registerGaps(boardId, asOf);
	}

}
