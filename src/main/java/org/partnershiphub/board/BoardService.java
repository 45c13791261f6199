package org.partnershiphub.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnershiphub.board.Board.BoardKind;
import org.partnershiphub.board.Membership.Role;
import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.SearchText;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.organisation.OrganisationService;
import org.partnershiphub.person.Person;
import org.partnershiphub.person.PersonService;
import org.partnershiphub.source.SourceCitation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Boards and committees, their quorum rules, and the seats people hold on them. */
@Service
public class BoardService {

	/** What a board can be accountable, report or delegate to, or approve as (the GraphQL union {@code Body}). */
	public static final Map<Label, Class<? extends Record>> BODY_TYPES = Map.of(Label.Organisation, Organisation.class,
			Label.Board, Board.class);

	private final BoardRepository repository;

	private final Graph graph;

	private final OrganisationService organisations;

	private final PersonService people;

	private final SourceService sources;

	BoardService(BoardRepository repository, Graph graph, OrganisationService organisations, PersonService people,
			SourceService sources) {
		this.repository = repository;
		this.graph = graph;
		this.organisations = organisations;
		this.people = people;
		this.sources = sources;
	}

	public record BoardFilter(BoardKind kind, String name, String parentId) {
	}

	public record CreateBoardInput(String name, BoardKind kind, List<String> parentBodyIds) {
	}

	/**
	 * Either clauses, or the shorthand of a minimum of voting members (per side), of elected members and a set of
	 * roles one present member must hold.
	 */
	public record SetQuorumRuleInput(String boardId, String text, List<String> sides, List<QuorumRule.Clause> clauses,
			Boolean perSide, Integer minimumVotingMembers, Integer minimumElectedMembers, List<Role> requiredRoles) {
	}

	/** {@code warnings}: clauses the board's seats today cannot meet, accepted but flagged. */
	public record QuorumRulePayload(Board board, List<String> warnings, List<UserError> userErrors) {
	}

	public record AppointMemberInput(String personId, String boardId, Role role, Boolean voting, Boolean electedMember,
			String side, String onBehalfOfId, String substituteForId, LocalDate from, LocalDate to, String title,
			Boolean fromUnknown, SourceInput source) {
	}

	public record EndMembershipInput(String membershipId, LocalDate to, Integer expectedVersion) {
	}

	public record BoardPayload(Board board, List<UserError> userErrors) {
	}

	public record MembershipPayload(Membership membership, List<UserError> userErrors) {
	}

	public Optional<Board> find(String id) {
		return this.repository.findById(id);
	}

	public Optional<Membership> findMembership(String id) {
		return this.repository.findMembership(id);
	}

	public Page<Board> find(BoardFilter filter, Paging paging) {
		BoardFilter f = (filter != null) ? filter : new BoardFilter(null, null, null);
		String name = (f.name() != null && !f.name().isBlank()) ? SearchText.normalise(f.name()) : null;
		return this.repository.find(f.kind(), name, f.parentId(), paging);
	}

	@Transactional
	public BoardPayload createBoard(CreateBoardInput input) {
		List<String> parentIds = (input.parentBodyIds() != null) ? input.parentBodyIds() : List.of();
		Validation v = new Validation().name("name", input.name()).required("kind", input.kind());
		v.check(!parentIds.isEmpty(), "parentBodyIds", Code.REQUIRED,
				"A board is accountable to at least one organisation or board");
		v.check(new HashSet<>(parentIds).size() == parentIds.size(), "parentBodyIds", Code.INVALID,
				"parentBodyIds lists the same body twice");
		Set<String> unknown = this.graph.missing(List.of(Label.Organisation, Label.Board), parentIds);
		v.check(unknown.isEmpty(), "parentBodyIds", Code.NOT_FOUND, "No organisation or board with id(s) " + unknown);
		if (v.hasErrors()) {
			return new BoardPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		String name = input.name().strip();
		this.repository.create(id, name, input.kind(), parentIds, SearchText.of(List.of(name)));
		return new BoardPayload(find(id).orElseThrow(), List.of());
	}

	@Transactional
	public QuorumRulePayload setQuorumRule(SetQuorumRuleInput input) {
		List<String> sides = (input.sides() != null) ? input.sides().stream().map(String::strip).toList() : List.of();
		Validation v = new Validation().maxLength("text", input.text(), Validation.TEXT_MAX)
			.maxLength("sides", sides, Validation.NAME_MAX);
		requireBoard(v, "boardId", input.boardId());
		v.check(sides.stream().noneMatch(String::isEmpty) && new HashSet<>(sides).size() == sides.size(), "sides",
				Code.INVALID, "sides must be distinct and not blank");
		List<QuorumRule.Clause> clauses = clauses(input, v);
		if (v.hasErrors()) {
			return new QuorumRulePayload(null, List.of(), v.errors());
		}
		QuorumRule rule = new QuorumRule(Validation.trimToNull(input.text()), sides, clauses);
		this.repository.replaceQuorumRule(input.boardId(), UUID.randomUUID().toString(), rule);
		List<String> warnings = Quorum.unmetBySeats(rule, this.repository.seats(input.boardId(), Dates.orToday(null)));
		return new QuorumRulePayload(find(input.boardId()).orElseThrow(), warnings, List.of());
	}

	/** The clauses given, or those the shorthand stands for; errors name the clause by its position. */
	private static List<QuorumRule.Clause> clauses(SetQuorumRuleInput input, Validation v) {
		boolean shorthand = input.minimumVotingMembers() != null;
		List<QuorumRule.Clause> given = (input.clauses() != null) ? input.clauses() : List.of();
		if (shorthand == !given.isEmpty()) {
			v.add("clauses", Code.REQUIRED, "Give the rule's clauses, or minimumVotingMembers (not both)");
			return List.of();
		}
		if (shorthand) {
			int voting = input.minimumVotingMembers();
			int elected = (input.minimumElectedMembers() != null) ? input.minimumElectedMembers() : 0;
			v.check(voting >= 1 && voting <= 1000, "minimumVotingMembers", Code.INVALID,
					"minimumVotingMembers must be between 1 and 1000");
			v.check(elected >= 0 && elected <= voting, "minimumElectedMembers", Code.INVALID,
					"minimumElectedMembers must be between 0 and minimumVotingMembers");
			QuorumRule.Stored stored = new QuorumRule.Stored(null, List.of(), null, Boolean.TRUE.equals(input.perSide()),
					voting, elected, (input.requiredRoles() != null) ? input.requiredRoles() : List.of());
			return stored.rule().clauses();
		}
		v.check(given.size() <= 20, "clauses", Code.INVALID, "A quorum rule has at most 20 clauses");
		for (int i = 0; i < given.size(); i++) {
			QuorumRule.Clause clause = given.get(i);
			String field = "clauses[" + i + "]";
			v.maxLength(field + ".description", clause.description(), Validation.TEXT_MAX);
			v.check(clause.majority() == (clause.minimum() == null), field, Code.INVALID,
					"A clause gives either a minimum or majority: true");
			v.check(clause.minimum() == null || (clause.minimum() >= 1 && clause.minimum() <= 1000), field + ".minimum",
					Code.INVALID, "minimum must be between 1 and 1000");
			v.check(clause.anyOf().size() <= 20, field + ".anyOf", Code.INVALID, "anyOf has at most 20 conditions");
			v.check(clause.anyOf().stream().noneMatch(QuorumRule.SeatCondition::namesNothing), field + ".anyOf",
					Code.INVALID, "A condition names at least one of roles, electedMember, onBehalfOfKinds, titles");
			clause.anyOf().forEach(c -> v.maxLength(field + ".anyOf.titles", c.titles(), Validation.NAME_MAX));
		}
		return given;
	}

	@Transactional
	public MembershipPayload appointMember(AppointMemberInput input) {
		Validation v = new Validation().required("role", input.role())
			.required("voting", input.voting())
			.required("from", input.from())
			.maxLength("side", input.side(), Validation.NAME_MAX)
			.maxLength("title", input.title(), Validation.NAME_MAX)
			.dateRange("from", input.from(), "to", input.to());
		this.people.requirePerson(v, "personId", input.personId());
		requireBoard(v, "boardId", input.boardId());
		if (input.onBehalfOfId() != null) {
			this.organisations.requireOrganisation(v, "onBehalfOfId", input.onBehalfOfId());
		}
		if (input.substituteForId() != null) {
			this.people.requirePerson(v, "substituteForId", input.substituteForId());
			v.check(!input.substituteForId().equals(input.personId()), "substituteForId", Code.INVALID,
					"A member cannot be their own substitute");
		}
		this.sources.validate(v, "source", input.source());
		String side = Validation.trimToNull(input.side());
		if (!v.hasErrors()) {
			this.repository.overlapping(input.personId(), input.boardId(), input.role(), side, input.from(), input.to())
				.stream()
				.findFirst()
				.ifPresent(existing -> v.add("personId", Code.DUPLICATE, "This person already holds this seat ("
						+ existing.role() + ", from " + existing.from() + ") for overlapping dates: " + existing.id()));
		}
		if (v.hasErrors()) {
			return new MembershipPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		Membership membership = new Membership(id, input.role(), input.voting(),
				Boolean.TRUE.equals(input.electedMember()), side, input.from(), input.to(),
				Validation.trimToNull(input.title()), Boolean.TRUE.equals(input.fromUnknown()));
		this.repository.appoint(id, input.personId(), input.boardId(), membership, input.onBehalfOfId(),
				input.substituteForId());
		this.sources.cite(Label.Membership, id, input.source());
		return new MembershipPayload(findMembership(id).orElseThrow(), List.of());
	}

	@Transactional
	public MembershipPayload endMembership(EndMembershipInput input) {
		Validation v = new Validation().required("membershipId", input.membershipId()).required("to", input.to());
		Optional<Membership> existing = (input.membershipId() != null) ? findMembership(input.membershipId())
				: Optional.empty();
		v.check(input.membershipId() == null || existing.isPresent(), "membershipId", Code.NOT_FOUND,
				"No membership with id " + input.membershipId());
		existing.ifPresent(m -> v.dateRange("from", m.from(), "to", input.to()));
		if (v.hasErrors()) {
			return new MembershipPayload(null, v.errors());
		}
		this.repository.end(input.membershipId(), input.to());
		return new MembershipPayload(findMembership(input.membershipId()).orElseThrow(), List.of());
	}

	/** Adds a NOT_FOUND error under {@code field} unless {@code id} names a board. */
	public void requireBoard(Validation v, String field, String id) {
		v.required(field, id);
		if (id != null) {
			v.check(this.graph.exists(Label.Board, id), field, Code.NOT_FOUND, "No board with id " + id);
		}
	}

	Map<AsOfKey, List<Membership>> membersOfBoards(Set<AsOfKey> keys) {
		return this.repository.membersOfBoards(keys);
	}

	Map<AsOfKey, List<Membership>> membershipsOfPeople(Set<AsOfKey> keys) {
		return this.repository.membershipsOfPeople(keys);
	}

	Map<AsOfKey, List<Membership>> membershipsOnBehalfOf(Set<AsOfKey> keys) {
		return this.repository.membershipsOnBehalfOf(keys);
	}

	Map<Board, QuorumRule> quorumRules(Collection<Board> boards) {
		Map<Board, QuorumRule> rules = new LinkedHashMap<>();
		this.repository.quorumRules(boards).forEach((board, stored) -> rules.put(board, stored.rule()));
		return rules;
	}

	Map<Board, List<Board>> committees(Collection<Board> boards) {
		return this.repository.committees(boards);
	}

	/** Each board's parents, organisations before boards: two queries whatever the number of boards. */
	Map<Board, List<Object>> parentBodies(Collection<Board> boards) {
		Map<Board, List<Organisation>> organisations = this.repository.parentOrganisations(boards);
		Map<Board, List<Board>> parentBoards = this.repository.parentBoards(boards);
		Map<Board, List<Object>> result = new LinkedHashMap<>();
		for (Board board : boards) {
			List<Object> parents = new ArrayList<>(organisations.get(board));
			parents.addAll(parentBoards.get(board));
			result.put(board, parents);
		}
		return result;
	}

	Map<Organisation, List<Board>> boardsOf(Collection<Organisation> organisations) {
		return this.repository.boardsOf(organisations);
	}

	Map<Membership, Person> people(Collection<Membership> memberships) {
		return this.repository.people(memberships);
	}

	Map<Membership, Person> substitutedPeople(Collection<Membership> memberships) {
		return this.repository.substitutedPeople(memberships);
	}

	Map<Membership, Board> boards(Collection<Membership> memberships) {
		return this.repository.boards(memberships);
	}

	Map<Membership, Organisation> onBehalfOf(Collection<Membership> memberships) {
		return this.repository.onBehalfOf(memberships);
	}

	Map<Membership, List<SourceCitation>> sources(Collection<Membership> memberships) {
		return this.sources.citations(Label.Membership, memberships, Membership::id);
	}

}
