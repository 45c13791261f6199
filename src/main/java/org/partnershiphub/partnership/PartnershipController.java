package org.partnershiphub.partnership;

import graphql.execution.DataFetcherResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.partnershiphub.board.Board;
import org.partnershiphub.common.AsOfLoaders;
import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Paging;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.partnership.PartnershipService.AddPartnerInput;
import org.partnershiphub.partnership.PartnershipService.DescribePartnershipInput;
import org.partnershiphub.partnership.PartnershipService.PartnershipRolePayload;
import org.partnershiphub.partnership.PartnershipService.RecordPartnershipCountInput;
import org.partnershiphub.partnership.PartnershipService.RecordPartnershipRoleInput;
import org.partnershiphub.partnership.PartnershipService.StatedCountPayload;
import org.partnershiphub.person.Person;
import org.partnershiphub.partnership.PartnershipService.FormPartnershipInput;
import org.partnershiphub.partnership.PartnershipService.PartnershipFilter;
import org.partnershiphub.partnership.PartnershipService.PartnershipMembershipPayload;
import org.partnershiphub.partnership.PartnershipService.PartnershipPayload;
import org.partnershiphub.partnership.PartnershipService.RemovePartnerInput;
import org.partnershiphub.source.SourceCitation;

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
class PartnershipController {

	private final PartnershipService partnerships;

	PartnershipController(PartnershipService partnerships, BatchLoaderRegistry registry) {
		this.partnerships = partnerships;
		AsOfLoaders.register(registry, "partnershipMembers", partnerships::membersOf);
		AsOfLoaders.register(registry, "organisationPartnerships", partnerships::partnershipsOf);
		AsOfLoaders.register(registry, "partnershipRoles", partnerships::rolesIn);
	}

	@QueryMapping
	Partnership partnership(@Argument String id) {
		return this.partnerships.find(id).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Partnership>> partnerships(@Argument PartnershipFilter filter, ScrollSubrange subrange) {
		return this.partnerships.find(filter, Paging.of(subrange)).result();
	}

	@SchemaMapping
	CompletableFuture<List<PartnershipMembership>> members(Partnership partnership, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<PartnershipMembership>> partnershipMembers) {
		return partnershipMembers.load(new AsOfKey(partnership.id(), Dates.orToday(asOf)));
	}

	@SchemaMapping(typeName = "Organisation", field = "partnerships")
	CompletableFuture<List<PartnershipMembership>> organisationPartnerships(Organisation organisation,
			@Argument LocalDate asOf, DataLoader<AsOfKey, List<PartnershipMembership>> organisationPartnerships) {
		return organisationPartnerships.load(new AsOfKey(organisation.id(), Dates.orToday(asOf)));
	}

	@BatchMapping
	Map<Partnership, Board> board(List<Partnership> partnerships) {
		return this.partnerships.boards(partnerships);
	}

	@BatchMapping
	Map<PartnershipMembership, Organisation> organisation(List<PartnershipMembership> memberships) {
		return this.partnerships.organisations(memberships);
	}

	@BatchMapping
	Map<PartnershipMembership, Partnership> partnership(List<PartnershipMembership> memberships) {
		return this.partnerships.partnerships(memberships);
	}

	@BatchMapping
	Map<PartnershipMembership, List<SourceCitation>> sources(List<PartnershipMembership> memberships) {
		return this.partnerships.sources(memberships);
	}

	@SchemaMapping
	CompletableFuture<List<PartnershipRole>> people(Partnership partnership, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<PartnershipRole>> partnershipRoles) {
		return partnershipRoles.load(new AsOfKey(partnership.id(), Dates.orToday(asOf)));
	}

	@BatchMapping
	Map<Partnership, List<Partnership.StatedCount>> statedCounts(List<Partnership> partnerships) {
		return this.partnerships.counts(partnerships);
	}

	@BatchMapping(typeName = "StatedCount", field = "sources")
	Map<Partnership.StatedCount, List<SourceCitation>> countSources(List<Partnership.StatedCount> counts) {
		return this.partnerships.countSources(counts);
	}

	@BatchMapping(typeName = "Partnership", field = "sources")
	Map<Partnership, List<SourceCitation>> partnershipSources(List<Partnership> partnerships) {
		return this.partnerships.partnershipSources(partnerships);
	}

	@BatchMapping(typeName = "Person", field = "partnershipRoles")
	Map<Person, List<PartnershipRole>> personRoles(List<Person> people) {
		return this.partnerships.rolesOf(people);
	}

	@BatchMapping(typeName = "PartnershipRole", field = "person")
	Map<PartnershipRole, Person> rolePerson(List<PartnershipRole> roles) {
		return this.partnerships.rolePeople(roles);
	}

	@BatchMapping(typeName = "PartnershipRole", field = "partnership")
	Map<PartnershipRole, Partnership> rolePartnership(List<PartnershipRole> roles) {
		return this.partnerships.rolePartnerships(roles);
	}

	@BatchMapping(typeName = "PartnershipRole", field = "sources")
	Map<PartnershipRole, List<SourceCitation>> roleSources(List<PartnershipRole> roles) {
		return this.partnerships.roleSources(roles);
	}

	@MutationMapping
	PartnershipPayload describePartnership(@Argument DescribePartnershipInput input) {
		return this.partnerships.describePartnership(input);
	}

	@MutationMapping
	StatedCountPayload recordPartnershipCount(@Argument RecordPartnershipCountInput input) {
		return this.partnerships.recordPartnershipCount(input);
	}

	@MutationMapping
	PartnershipRolePayload recordPartnershipRole(@Argument RecordPartnershipRoleInput input) {
		return this.partnerships.recordPartnershipRole(input);
	}

	@MutationMapping
	PartnershipPayload formPartnership(@Argument FormPartnershipInput input) {
		return this.partnerships.formPartnership(input);
	}

	@MutationMapping
	PartnershipMembershipPayload addPartner(@Argument AddPartnerInput input) {
		return this.partnerships.addPartner(input);
	}

	@MutationMapping
	PartnershipMembershipPayload removePartner(@Argument RemovePartnerInput input) {
		return this.partnerships.removePartner(input);
	}

}
