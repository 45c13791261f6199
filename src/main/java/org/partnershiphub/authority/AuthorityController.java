package org.partnershiphub.authority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.partnershiphub.agreement.Agreement;
import org.partnershiphub.authority.AuthorityQueries.AuthorityGaps;
import org.partnershiphub.authority.AuthorityQueries.DecisionMaker;
import org.partnershiphub.authority.AuthorityService.AppointToPostInput;
import org.partnershiphub.authority.AuthorityService.CreatePostInput;
import org.partnershiphub.authority.AuthorityService.DelegateAuthorityInput;
import org.partnershiphub.authority.AuthorityService.DelegationPayload;
import org.partnershiphub.authority.AuthorityService.EndDelegationInput;
import org.partnershiphub.authority.AuthorityService.PostPayload;
import org.partnershiphub.authority.AuthorityService.ReservationPayload;
import org.partnershiphub.authority.AuthorityService.ReserveMattersInput;
import org.partnershiphub.authority.Connections.Route;
import org.partnershiphub.board.Board;
import org.partnershiphub.common.AsOfLoaders;
import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Label;
import org.partnershiphub.conflict.ConflictService;
import org.partnershiphub.conflict.MeetingConflictReport.DecisionProblem;
import org.partnershiphub.meeting.Decision;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.person.Person;
import org.partnershiphub.security.Role;
import org.partnershiphub.source.SourceCitation;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class AuthorityController {

	private final AuthorityService authority;

	private final AuthorityQueries queries;

	private final Connections connections;

	private final ConflictService conflicts;

	AuthorityController(AuthorityService authority, AuthorityQueries queries, Connections connections,
			ConflictService conflicts, BatchLoaderRegistry registry) {
		this.authority = authority;
		this.queries = queries;
		this.connections = connections;
		this.conflicts = conflicts;
		AsOfLoaders.register(registry, "postHolders", authority::holders);
		AsOfLoaders.register(registry, "postDelegations", keys -> authority.delegations(keys, Label.Post, true));
		AsOfLoaders.register(registry, "boardDelegationsReceived",
				keys -> authority.delegations(keys, Label.Board, true));
		AsOfLoaders.register(registry, "boardDelegationsMade", keys -> authority.delegations(keys, Label.Board, false));
		AsOfLoaders.register(registry, "organisationDelegationsMade",
				keys -> authority.delegations(keys, Label.Organisation, false));
	}

	@QueryMapping
	Post post(@Argument String id) {
		return this.authority.findPost(id).orElse(null);
	}

	@QueryMapping
	Delegation delegation(@Argument String id) {
		return this.authority.findDelegation(id).orElse(null);
	}

	@QueryMapping
	AuthorityChain authorityChain(@Argument String decisionId) {
		return this.queries.authorityChain(decisionId);
	}

	@QueryMapping
	List<DecisionMaker> whoCanDecide(@Argument String kind, @Argument BigDecimal amount,
			@Argument String organisationId, @Argument String placeId, @Argument String fundId,
			@Argument LocalDate asOf) {
		return this.queries.whoCanDecide(kind, amount, organisationId, placeId, fundId, asOf);
	}

	@QueryMapping
	AuthorityGaps authorityGaps(@Argument LocalDate asOf, @Argument LocalDate since,
			@Argument Integer lapsingWithinDays) {
		return this.queries.authorityGaps(asOf, since, (lapsingWithinDays != null) ? lapsingWithinDays : 90);
	}

	@QueryMapping
	List<Route> connections(@Argument String fromId, @Argument String toId, @Argument Integer maxHops,
			@Argument LocalDate asOf, GraphQLContext context) {
		return this.connections.connections(fromId, toId, maxHops, Role.personalAsOf(context, asOf),
				Role.seesWithheld(context));
	}

	@SchemaMapping
	CompletableFuture<List<PostHolder>> holders(Post post, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<PostHolder>> postHolders) {
		return postHolders.load(new AsOfKey(post.id(), Dates.orToday(asOf)));
	}

	@SchemaMapping(typeName = "Post", field = "delegations")
	CompletableFuture<List<Delegation>> postDelegations(Post post, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<Delegation>> postDelegations) {
		return postDelegations.load(new AsOfKey(post.id(), Dates.orToday(asOf)));
	}

	@SchemaMapping(typeName = "Board", field = "delegationsReceived")
	CompletableFuture<List<Delegation>> boardDelegationsReceived(Board board, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<Delegation>> boardDelegationsReceived) {
		return boardDelegationsReceived.load(new AsOfKey(board.id(), Dates.orToday(asOf)));
	}

	@SchemaMapping(typeName = "Board", field = "delegationsMade")
	CompletableFuture<List<Delegation>> boardDelegationsMade(Board board, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<Delegation>> boardDelegationsMade) {
		return boardDelegationsMade.load(new AsOfKey(board.id(), Dates.orToday(asOf)));
	}

	@SchemaMapping(typeName = "Organisation", field = "delegationsMade")
	CompletableFuture<List<Delegation>> organisationDelegationsMade(Organisation organisation,
			@Argument LocalDate asOf, DataLoader<AsOfKey, List<Delegation>> organisationDelegationsMade) {
		return organisationDelegationsMade.load(new AsOfKey(organisation.id(), Dates.orToday(asOf)));
	}

	@BatchMapping(typeName = "Board", field = "reservations")
	Map<Board, List<Reservation>> boardReservations(List<Board> boards) {
		return this.authority.reservations(boards, Label.Board, Board::id);
	}

	@BatchMapping(typeName = "Organisation", field = "reservations")
	Map<Organisation, List<Reservation>> organisationReservations(List<Organisation> organisations) {
		return this.authority.reservations(organisations, Label.Organisation, Organisation::id);
	}

	@BatchMapping(typeName = "Organisation", field = "posts")
	Map<Organisation, List<Post>> posts(List<Organisation> organisations) {
		return this.authority.posts(organisations);
	}

	@BatchMapping(typeName = "Post", field = "organisation")
	Map<Post, Organisation> postOrganisation(List<Post> posts) {
		return this.authority.postOrganisations(posts);
	}

	@BatchMapping(typeName = "PostHolder", field = "person")
	Map<PostHolder, Person> holderPerson(List<PostHolder> holders) {
		return this.authority.holderPeople(holders);
	}

	@BatchMapping(typeName = "PostHolder", field = "post")
	Map<PostHolder, Post> holderPost(List<PostHolder> holders) {
		return this.authority.holderPosts(holders);
	}

	@BatchMapping
	Map<Delegation, Object> delegator(List<Delegation> delegations) {
		return this.authority.delegators(delegations);
	}

	@BatchMapping
	Map<Delegation, Object> delegate(List<Delegation> delegations) {
		return this.authority.delegates(delegations);
	}

	@BatchMapping
	Map<Delegation, Agreement> agreement(List<Delegation> delegations) {
		return this.authority.agreements(delegations);
	}

	@BatchMapping(typeName = "Delegation", field = "sources")
	Map<Delegation, List<SourceCitation>> delegationSources(List<Delegation> delegations) {
		return this.authority.sources(Label.Delegation, delegations, Delegation::id);
	}

	@BatchMapping(typeName = "Reservation", field = "sources")
	Map<Reservation, List<SourceCitation>> reservationSources(List<Reservation> reservations) {
		return this.authority.sources(Label.Reservation, reservations, Reservation::id);
	}

	@BatchMapping(typeName = "Reservation", field = "body")
	Map<Reservation, Object> reservationBody(List<Reservation> reservations) {
		return this.authority.reservationBodies(reservations);
	}

	@BatchMapping(typeName = "Decision", field = "takenBy")
	Map<Decision, Object> takenBy(List<Decision> decisions) {
		return this.authority.takers(decisions);
	}

	/** The decision's own validity beside its chains: one meeting report per meeting, for all chains asked for. */
	@BatchMapping(typeName = "AuthorityChain", field = "decisionProblems")
	Map<AuthorityChain, List<DecisionProblem>> decisionProblems(List<AuthorityChain> chains) {
		Map<String, List<DecisionProblem>> problems = this.conflicts
			.decisionProblems(chains.stream().map(c -> c.decision().id()).toList());
		Map<AuthorityChain, List<DecisionProblem>> byChain = new LinkedHashMap<>();
		chains.forEach(c -> byChain.put(c, problems.getOrDefault(c.decision().id(), List.of())));
		return byChain;
	}

	@BatchMapping(typeName = "Decision", field = "needsApprovalFrom")
	Map<Decision, List<Object>> needsApprovalFrom(List<Decision> decisions) {
		return this.authority.approvers(decisions, false);
	}

	@BatchMapping(typeName = "Decision", field = "approvalsOutstanding")
	Map<Decision, List<Object>> approvalsOutstanding(List<Decision> decisions) {
		return this.authority.approvers(decisions, true);
	}

	@BatchMapping(typeName = "Decision", field = "reliesOn")
	Map<Decision, List<Delegation>> reliesOn(List<Decision> decisions) {
		return this.authority.reliedOn(decisions);
	}

	@MutationMapping
	PostPayload createPost(@Argument CreatePostInput input) {
		return this.authority.createPost(input);
	}

	@MutationMapping
	PostPayload appointToPost(@Argument AppointToPostInput input) {
		return this.authority.appointToPost(input);
	}

	@MutationMapping
	DelegationPayload delegateAuthority(@Argument DelegateAuthorityInput input) {
		return this.authority.delegateAuthority(input);
	}

	@MutationMapping
	DelegationPayload endDelegation(@Argument EndDelegationInput input) {
		return this.authority.endDelegation(input);
	}

	@MutationMapping
	ReservationPayload reserveMatters(@Argument ReserveMattersInput input) {
		return this.authority.reserveMatters(input);
	}

}
