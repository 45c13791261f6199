package org.partnershiphub.interest;

import graphql.execution.DataFetcherResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.partnershiphub.common.AsOfLoaders;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Prefetch;
import org.partnershiphub.interest.InterestService.DeclareInterestInput;
import org.partnershiphub.interest.InterestService.EndInterestInput;
import org.partnershiphub.interest.InterestService.InterestFilter;
import org.partnershiphub.interest.InterestService.InterestPayload;
import org.partnershiphub.interest.InterestService.NilReturnPayload;
import org.partnershiphub.interest.InterestService.RecordNilReturnInput;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.person.Person;
import org.partnershiphub.security.Role;
import org.partnershiphub.source.SourceCitation;

import org.springframework.context.annotation.Bean;
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
class InterestController {

	private final InterestService interests;

	InterestController(InterestService interests, BatchLoaderRegistry registry) {
		this.interests = interests;
		AsOfLoaders.register(registry, "personInterests", interests::interestsOfPeople);
		AsOfLoaders.register(registry, "organisationInterests", interests::interestsInOrganisations);
	}

	/** What {@link Prefetch} may fetch with a whole nested selection. */
	@Bean
	static Prefetch.Hops interestHops() {
		return new Prefetch.Hops(InterestService.PERSON_INTERESTS, InterestService.PERSON, InterestService.ORGANISATION);
	}

	@QueryMapping
	Interest interest(@Argument String id) {
		return this.interests.find(id).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Interest>> interests(@Argument InterestFilter filter, ScrollSubrange subrange,
			GraphQLContext context) {
		InterestFilter f = (filter != null) ? filter : new InterestFilter(null, null, null, null);
		if (!Role.any(context, Role.PARTNER_APP, Role.OFFICER, Role.AUDITOR, Role.ADMIN)) {
			// PUBLIC reads today's register, not interests that have ended.
			f = new InterestFilter(f.personId(), f.organisationId(), f.type(), Role.personalAsOf(context, f.asOf()));
		}
		return this.interests.find(f, Paging.of(subrange), Role.seesWithheld(context)).result();
	}

	@SchemaMapping(typeName = "Person", field = "interests")
	CompletableFuture<List<Interest>> personInterests(Person person, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<Interest>> personInterests, GraphQLContext context) {
		return personInterests.load(new AsOfKey(person.id(), Role.personalAsOf(context, asOf)));
	}

	@SchemaMapping(typeName = "Organisation", field = "interests")
	CompletableFuture<List<Interest>> organisationInterests(Organisation organisation, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<Interest>> organisationInterests, GraphQLContext context) {
		// A withheld interest listed under its organisation would give the organisation away.
		boolean all = Role.seesWithheld(context);
		return organisationInterests.load(new AsOfKey(organisation.id(), Role.personalAsOf(context, asOf)))
			.thenApply(list -> all ? list : list.stream().filter(i -> !i.withheld()).toList());
	}

	@BatchMapping
	Map<Interest, Person> person(List<Interest> interests) {
		return this.interests.people(interests);
	}

	@BatchMapping
	Map<Interest, Organisation> organisation(List<Interest> interests) {
		return this.interests.organisations(interests);
	}

	@BatchMapping
	Map<Interest, List<SourceCitation>> sources(List<Interest> interests) {
		return this.interests.sources(interests);
	}

	@MutationMapping
	NilReturnPayload recordNilReturn(@Argument RecordNilReturnInput input) {
		return this.interests.recordNilReturn(input);
	}

	@MutationMapping
	InterestPayload declareInterest(@Argument DeclareInterestInput input) {
		return this.interests.declareInterest(input);
	}

	@MutationMapping
	InterestPayload endInterest(@Argument EndInterestInput input) {
		return this.interests.endInterest(input);
	}

}
