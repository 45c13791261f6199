package org.partnershiphub.duplicates;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import org.partnershiphub.common.Paging;
import org.partnershiphub.duplicates.DuplicateService.Candidate;
import org.partnershiphub.duplicates.DuplicateService.Kind;
import org.partnershiphub.duplicates.DuplicateService.MarkNotDuplicateInput;
import org.partnershiphub.duplicates.DuplicateService.MarkNotDuplicatePayload;
import org.partnershiphub.duplicates.DuplicateService.MergeInput;
import org.partnershiphub.duplicates.DuplicateService.MergePayload;
import org.partnershiphub.security.Role;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class DuplicateController {

	private final DuplicateService duplicates;

	DuplicateController(DuplicateService duplicates) {
		this.duplicates = duplicates;
	}

	@QueryMapping
	DataFetcherResult<Window<Candidate>> duplicateCandidates(@Argument Kind kind, ScrollSubrange subrange,
			GraphQLContext context) {
		Role.require(context, "Duplicate candidates need the OFFICER, AUDITOR or ADMIN role", Role.OFFICER,
				Role.AUDITOR, Role.ADMIN);
		return this.duplicates.candidates(kind, Paging.of(subrange)).result();
	}

	@MutationMapping
	MergePayload mergePeople(@Argument MergeInput input, GraphQLContext context) {
		return this.duplicates.merge(Kind.PERSON, input, Role.caller(context));
	}

	@MutationMapping
	MergePayload mergeOrganisations(@Argument MergeInput input, GraphQLContext context) {
		return this.duplicates.merge(Kind.ORGANISATION, input, Role.caller(context));
	}

	@MutationMapping
	MarkNotDuplicatePayload markNotDuplicate(@Argument MarkNotDuplicateInput input, GraphQLContext context) {
		return this.duplicates.markNotDuplicate(input, Role.caller(context));
	}

}
