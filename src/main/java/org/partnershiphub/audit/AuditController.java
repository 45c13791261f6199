package org.partnershiphub.audit;

import graphql.execution.DataFetcherResult;
import graphql.GraphQLContext;
import org.partnershiphub.audit.AuditTrail.ChangeRecord;
import org.partnershiphub.audit.AuditTrail.Verification;
import org.partnershiphub.common.Paging;
import org.partnershiphub.security.Role;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@QueryMapping
	DataFetcherResult<Window<ChangeRecord>> history(@Argument String id, ScrollSubrange subrange,
			GraphQLContext context) {
		Role.require(context, "The audit trail is for the AUDITOR and ADMIN roles", Role.AUDITOR, Role.ADMIN);
		return this.trail.history(id, Paging.of(subrange)).result();
	}

	@QueryMapping
	Verification verifyAuditTrail(GraphQLContext context) {
		Role.require(context, "The audit trail is for the AUDITOR and ADMIN roles", Role.AUDITOR, Role.ADMIN);
		return this.trail.verify();
	}

}
