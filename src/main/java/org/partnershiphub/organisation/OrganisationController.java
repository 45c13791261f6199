package org.partnershiphub.organisation;

import graphql.execution.DataFetcherResult;
import java.util.List;
import java.util.Map;

import org.partnershiphub.common.Paging;
import org.partnershiphub.organisation.OrganisationRepository.Related;
import org.partnershiphub.organisation.OrganisationService.CreateOrganisationInput;
import org.partnershiphub.organisation.OrganisationService.LinkOrganisationToParentInput;
import org.partnershiphub.organisation.OrganisationService.OrganisationFilter;
import org.partnershiphub.organisation.OrganisationService.OrganisationPayload;
import org.partnershiphub.organisation.OrganisationService.RecordSuccessionInput;
import org.partnershiphub.organisation.OrganisationService.RenameOrganisationInput;
import org.partnershiphub.organisation.OrganisationService.UpdateOrganisationInput;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class OrganisationController {

	private final OrganisationService organisations;

	OrganisationController(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@QueryMapping
	Organisation organisation(@Argument String id) {
		return this.organisations.find(id).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Organisation>> organisations(@Argument OrganisationFilter filter, ScrollSubrange subrange) {
		return this.organisations.find(filter, Paging.of(subrange)).result();
	}

	@BatchMapping
	Map<Organisation, List<Organisation>> predecessors(List<Organisation> organisations) {
		return this.organisations.related(organisations, Related.PREDECESSORS);
	}

	@BatchMapping
	Map<Organisation, List<Organisation>> successors(List<Organisation> organisations) {
		return this.organisations.related(organisations, Related.SUCCESSORS);
	}

	@BatchMapping
	Map<Organisation, List<Organisation>> parents(List<Organisation> organisations) {
		return this.organisations.related(organisations, Related.PARENTS);
	}

	@BatchMapping
	Map<Organisation, List<Organisation>> children(List<Organisation> organisations) {
		return this.organisations.related(organisations, Related.CHILDREN);
	}

	@MutationMapping
	OrganisationPayload createOrganisation(@Argument CreateOrganisationInput input) {
		return this.organisations.createOrganisation(input);
	}

	@QueryMapping
	List<Organisation> organisationLookup(@Argument String name, @Argument String identifier) {
		return this.organisations.lookup(name, identifier);
	}

	@MutationMapping
	OrganisationPayload updateOrganisation(@Argument UpdateOrganisationInput input) {
		return this.organisations.updateOrganisation(input);
	}

	@MutationMapping
	OrganisationPayload renameOrganisation(@Argument RenameOrganisationInput input) {
		return this.organisations.renameOrganisation(input);
	}

	@MutationMapping
	OrganisationPayload recordSuccession(@Argument RecordSuccessionInput input) {
		return this.organisations.recordSuccession(input);
	}

	@MutationMapping
	OrganisationPayload linkOrganisationToParent(@Argument LinkOrganisationToParentInput input) {
		return this.organisations.linkOrganisationToParent(input);
	}

}
