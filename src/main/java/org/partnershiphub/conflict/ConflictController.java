package org.partnershiphub.conflict;

import java.time.LocalDate;
import java.util.List;

import graphql.GraphQLContext;
import org.partnershiphub.conflict.RegisterGapService.RegisterGaps;
import org.partnershiphub.meeting.AgendaItem.Purpose;
import org.partnershiphub.security.Role;
import org.partnershiphub.security.WithheldReads;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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

	@SchemaMapping
	List<MeetingConflictReport.Participant> participants(MeetingConflictReport report, @Argument Boolean notRecorded) {
		return (notRecorded == null) ? report.participants()
				: report.participants().stream().filter(p -> p.notRecorded() == notRecorded).toList();
	}

	/** A withheld interest still counts, but PUBLIC and PARTNER_APP callers see neither its organisation nor the way. */
	@SchemaMapping
	Conflict.Path path(Conflict conflict, GraphQLContext context) {
		if (!hidden(conflict, context)) {
			WithheldReads.note(context, conflict.interest().id(), conflict.interest().withheld());
			return conflict.path();
		}
		List<Conflict.PathNode> nodes = conflict.path().nodes();
		Conflict.PathNode interest = nodes.get(1);
		return new Conflict.Path(List.of(nodes.get(0), new Conflict.PathNode(interest.id(), interest.kind(), null),
				nodes.get(nodes.size() - 1)), List.of(conflict.path().relationships().get(0)));
	}

	@SchemaMapping
	String explanation(Conflict conflict, GraphQLContext context) {
		if (!hidden(conflict, context)) {
			WithheldReads.note(context, conflict.interest().id(), conflict.interest().withheld());
			return conflict.explanation();
		}
		List<Conflict.PathNode> nodes = conflict.path().nodes();
		return nodes.get(0).name() + " has a withheld interest that reaches " + nodes.get(nodes.size() - 1).name() + ".";
	}

	@SchemaMapping
	String reason(MeetingConflictReport.Exclusion exclusion, GraphQLContext context) {
		return (exclusion.withheld() && !Role.seesWithheld(context))
				? exclusion.person().displayName() + " has a withheld interest in what the item concerns." : exclusion.reason();
	}

	private static boolean hidden(Conflict conflict, GraphQLContext context) {
		return conflict.interest().withheld() && !Role.seesWithheld(context);
	}

	@QueryMapping
	RegisterGaps registerGaps(@Argument String boardId, @Argument LocalDate asOf) {
		return this.gaps.registerGaps(boardId, asOf);
	}

}
