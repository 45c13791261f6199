package org.partnershiphub.board;

import graphql.execution.DataFetcherResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.partnershiphub.board.BoardService.AppointMemberInput;
import org.partnershiphub.board.BoardService.BoardFilter;
import org.partnershiphub.board.BoardService.BoardPayload;
import org.partnershiphub.board.BoardService.QuorumRulePayload;
import org.partnershiphub.board.BoardService.CreateBoardInput;
import org.partnershiphub.board.BoardService.EndMembershipInput;
import org.partnershiphub.board.BoardService.MembershipPayload;
import org.partnershiphub.board.BoardService.SetQuorumRuleInput;
import org.partnershiphub.common.AsOfLoaders;
import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Prefetch;
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
class BoardController {

	private final BoardService boards;

	BoardController(BoardService boards, BatchLoaderRegistry registry) {
		this.boards = boards;
		AsOfLoaders.register(registry, "boardMembers", boards::membersOfBoards);
		AsOfLoaders.register(registry, "personMemberships", boards::membershipsOfPeople);
		AsOfLoaders.register(registry, "organisationMemberships", boards::membershipsOnBehalfOf);
	}

	/** What {@link Prefetch} may fetch with a whole nested selection. */
	@Bean
	static Prefetch.Hops boardHops() {
		return new Prefetch.Hops(BoardRepository.MEMBERS, BoardRepository.PERSON_MEMBERSHIPS,
				BoardRepository.ORGANISATION_MEMBERSHIPS, BoardRepository.COMMITTEES, BoardRepository.ORGANISATION_BOARDS,
				BoardRepository.PERSON, BoardRepository.SUBSTITUTE_FOR, BoardRepository.BOARD, BoardRepository.ON_BEHALF_OF);
	}

	@QueryMapping
	Board board(@Argument String id) {
		return this.boards.find(id).orElse(null);
	}

	@QueryMapping
	Membership membership(@Argument String id) {
		return this.boards.findMembership(id).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Board>> boards(@Argument BoardFilter filter, ScrollSubrange subrange) {
		return this.boards.find(filter, Paging.of(subrange)).result();
	}

	@SchemaMapping
	CompletableFuture<List<Membership>> members(Board board, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<Membership>> boardMembers) {
		return boardMembers.load(new AsOfKey(board.id(), Dates.orToday(asOf)));
	}

	@SchemaMapping(typeName = "Person", field = "memberships")
	CompletableFuture<List<Membership>> personMemberships(Person person, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<Membership>> personMemberships, GraphQLContext context) {
		return personMemberships.load(new AsOfKey(person.id(), Role.personalAsOf(context, asOf)));
	}

	@SchemaMapping(typeName = "Organisation", field = "memberships")
	CompletableFuture<List<Membership>> organisationMemberships(Organisation organisation, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<Membership>> organisationMemberships) {
		return organisationMemberships.load(new AsOfKey(organisation.id(), Dates.orToday(asOf)));
	}

	@BatchMapping
	Map<Board, QuorumRule> quorumRule(List<Board> boards) {
		return this.boards.quorumRules(boards);
	}

	@SchemaMapping(typeName = "QuorumClause", field = "description")
	String clauseDescription(QuorumRule.Clause clause) {
		return clause.describe();
	}

	@BatchMapping
	Map<Board, List<Board>> committees(List<Board> boards) {
		return this.boards.committees(boards);
	}

	@BatchMapping
	Map<Board, List<Object>> parentBodies(List<Board> boards) {
		return this.boards.parentBodies(boards);
	}

	@BatchMapping(typeName = "Organisation", field = "boards")
	Map<Organisation, List<Board>> organisationBoards(List<Organisation> organisations) {
		return this.boards.boardsOf(organisations);
	}

	@BatchMapping
	Map<Membership, Person> person(List<Membership> memberships) {
		return this.boards.people(memberships);
	}

	@BatchMapping
	Map<Membership, Board> board(List<Membership> memberships) {
		return this.boards.boards(memberships);
	}

	@BatchMapping
	Map<Membership, Organisation> onBehalfOf(List<Membership> memberships) {
		return this.boards.onBehalfOf(memberships);
	}

	@BatchMapping
	Map<Membership, Person> substituteFor(List<Membership> memberships) {
		return this.boards.substitutedPeople(memberships);
	}

	@BatchMapping(typeName = "Membership", field = "sources")
	Map<Membership, List<SourceCitation>> membershipSources(List<Membership> memberships) {
		return this.boards.sources(memberships);
	}

	@MutationMapping
	BoardPayload createBoard(@Argument CreateBoardInput input) {
		return this.boards.createBoard(input);
	}

	@MutationMapping
	QuorumRulePayload setQuorumRule(@Argument SetQuorumRuleInput input) {
		return this.boards.setQuorumRule(input);
	}

	@MutationMapping
	MembershipPayload appointMember(@Argument AppointMemberInput input) {
		return this.boards.appointMember(input);
	}

	@MutationMapping
	MembershipPayload endMembership(@Argument EndMembershipInput input) {
		return this.boards.endMembership(input);
	}

}
