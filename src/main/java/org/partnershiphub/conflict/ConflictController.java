package org.partnershiphub.conflict;

import java.time.LocalDate;
import java.util.List;

import graphql.GraphQLContext;
import org.partnershiphub.conflict.DispensationService.DispensationPayload;
import org.partnershiphub.conflict.DispensationService.GrantDispensationInput;
import org.partnershiphub.conflict.RegisterGapService.RegisterGaps;
import org.partnershiphub.meeting.AgendaItem.Purpose;
import org.partnershiphub.security.Role;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ConflictController {

	private final ConflictService conflicts;

	private final RegisterGapService gaps;

	private final DispensationService dispensations;

	ConflictController(ConflictService conflicts, RegisterGapService gaps, DispensationService dispensations) {
		this.conflicts = conflicts;
		this.gaps = gaps;
		this.dispensations = dispensations;
	}

	/**
	 * Callers who may not see withheld details are not told of conflicts arising from withheld interests here: the
	 * subjects are theirs to choose, so even a redacted answer would say which organisation a withheld interest is
	 * in. A meeting's report still shows them, redacted, because the withdrawal is on the record.
	 */
	@QueryMapping
	List<Conflict> conflictCheck(@Argument String personId, @Argument List<String> subjectIds,
			@Argument LocalDate asOf, @Argument Integer maxHops, @Argument Purpose purpose, GraphQLContext context) {
		boolean all = Role.seesWithheld(context);
		return this.conflicts.conflictCheck(personId, subjectIds, Role.personalAsOf(context, asOf), maxHops, purpose)
			.stream()
			.filter(c -> all || c.withheldInterestId() == null)
			.toList();
	}

	@QueryMapping
	MeetingConflictReport meetingConflicts(@Argument String meetingId, @Argument Integer maxHops) {
		return this.conflicts.meetingConflicts(meetingId, maxHops).orElse(null);
	}

	@SchemaMapping
	List<MeetingConflictReport.Participant> participants(MeetingConflictReport report, @Argument Boolean notRecorded) {
		return (notRecorded == null) ? report.participants()
				: report.participants().stream().filter(p -> p.notRecorded() == notRecorded).toList();
	}

	@MutationMapping
	DispensationPayload grantDispensation(@Argument GrantDispensationInput input) {
		return this.dispensations.grantDispensation(input);
	}

	@QueryMapping
	RegisterGaps registerGaps(@Argument String boardId, @Argument LocalDate asOf) {
		return this.gaps.registerGaps(boardId, asOf);
	}

}
