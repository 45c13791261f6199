package org.partnershiphub.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershiphub.interest.InterestType;
import org.partnershiphub.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's pages: boards, a board's meetings, and a meeting's conflicts and quorum item by item, as the API
 * answers them for whoever is looking (signed in with the form, or PUBLIC).
 */
@Controller
class PagesController {

	private static final String BOARDS = """
			{ boards(first: 100) { totalCount edges { node { id name kind } } } }""";

	private static final String SEARCH = """
			query($text: String!) { search(text: $text, first: 20) { totalCount edges { node { score node {
			  __typename ... on Organisation { id name } ... on Person { id displayName } ... on Board { id name }
			  ... on Partnership { id name } ... on Agreement { id reference name: title } } } } } }""";

	private static final String BOARD = """
			query($id: ID!) { node(id: $id) { ... on Board { id name kind meetings(first: 50) { totalCount
			  edges { node { id date title status } } }
			  termsOfReference { adoptedOn adoptedOnPrecision establishedOn establishedOnPrecision reviewDue remit
			    responsibilities standingOrders { topic text } sources { document { title } locator } }
			  reportingLines { relation responsibilities to { ... on Board { id name } ... on Organisation { id name } } }
			  reportedToBy { relation responsibilities board { id name } } } }
			  risks(first: 100, filter: {boardId: $id, status: OPEN}) { totalCount edges { node { reference title
			    ownerName owner { id displayName } escalationThreshold aboveThreshold escalatedTo { id name }
			    escalatedToAsWritten score { quarter residualScore targetScore } } } } }""";

	private static final String PERSON = """
			query($id: ID!, $asOf: Date) { node(id: $id) { ... on Person { id displayName
			  memberships(asOf: $asOf) { board { id name } role voting title onBehalfOf { id name } from fromUnknown to }
			  interests(asOf: $asOf) { id organisation { id name } subject nature actionTaken type typeAsDeclared declaredOn
			    declaredOnPrecision validFrom validTo redacted sources { document { title } locator } } } } }""";

	private static final String ORGANISATION = """
			query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organisation { id name kind odsCode
			  companiesHouseNumber charityNumber
			  memberships(asOf: $asOf) { person { id displayName } board { id name } role }
			  interests(asOf: $asOf) { person { id displayName } nature type declaredOn redacted }
			  partnerships(asOf: $asOf) { partnership { id name } role }
			  agreementParties(asOf: $asOf) { agreement { id title reference } role } } } }""";

	private static final String NAMED = """
			query($id: ID!) { node(id: $id) { __typename ... on Organisation { id name } ... on Person { id name: displayName }
			  ... on Board { id name } ... on Partnership { id name } ... on Agreement { id name: title } } }""";

	private static final String FIND = """
			query($text: String!) { search(text: $text, first: 5) { edges { node { node { __typename
			  ... on Organisation { id name } ... on Person { id name: displayName } ... on Board { id name }
			  ... on Partnership { id name } ... on Agreement { id name: title } } } } } }""";

	private static final String CONNECTIONS = """
			query($from: ID!, $to: ID!, $asOf: Date) { connections(fromId: $from, toId: $to, asOf: $asOf) { length
			  nodes { id kind name } hops { type forward from { id } to { id } } } }""";

	private static final String MEETING = """
			query($id: ID!) {
			  node(id: $id) { ... on Meeting { id date title status boards { id name } } }
			  meetingConflicts(meetingId: $id) {
			    attendanceBasis
			    chairs { person { displayName } chairing note }
			    participants { person { id displayName } board { name } basis attendance notRecorded
			      seat { role title voting } substituteFor { displayName } countsTowardsQuorum }
			    items {
			      item { id number title purpose purposeAsPublished lead decisions { id text outcome }
			        papers { title reference purposeAsPublished contributors { role nameAsWritten post capacity
			          notApplicable on person { id displayName } } previouslyConsidered { board { name } on outcome } } }
			      conflicts { person { displayName } explanation severity action redacted dispensation { applied note } ...path }
			      undeclared { person { displayName } explanation action redacted ...path }
			      declarations { person { displayName } nature action redacted }
			      exclusions { person { displayName } action reason redacted }
			      quorum { known before { ...quorum } after { ...quorum } }
			      decisionProblems { decision { id } problem explanation }
			      noted { person { displayName } explanation dismissedBy redacted }
			      possible { person { displayName } explanation redacted }
			      notThroughout { person { displayName } presence asMinuted }
			    }
			  }
			}
			fragment path on Conflict { path { nodes { id kind name } relationships { type } } }
			fragment quorum on QuorumResult { quorate votingMembersPresent failures { message } }""";

	private static final String AUTHORITY = """
			query($id: ID!) { authorityChain(decisionId: $id) {
			  decision { id text outcome decidedOn kind amount item { number title meeting { id title date } }
			    takenBy { ...body } }
			  verdict explanation decisionProblems { problem explanation }
			  chains { verdict root { id name } basis links { problems delegation { id instrument instrumentReference scope
			    financialLimit conditions validFrom validTo delegator { ...body } delegate { ...body }
			    sources { document { title } locator } } } }
			} }
			fragment body on Node { __typename id ... on Board { name } ... on Organisation { name } ... on Post { title } }""";

	private static final String GAPS = """
			query($asOf: Date, $since: Date) { authorityGaps(asOf: $asOf, since: $since) { asOf
			  decisions { decision { id text decidedOn takenBy { ... on Board { name } ... on Post { title } } } verdict explanation
			    decisionProblems { problem } }
			  lapsing { id validTo instrument delegator { ... on Board { name } ... on Organisation { name } }
			    delegate { ... on Board { name } ... on Post { title } ... on Organisation { name } } } } }""";

	private final HubQueries hub;

	PagesController(HubQueries hub) {
		this.hub = hub;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("boards", this.hub.query(BOARDS, Map.of()).get("boards"));
		return "home";
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", defaultValue = "") String text, Model model) {
		model.addAttribute("q", text);
		if (!text.isBlank()) {
			model.addAttribute("results", this.hub.query(SEARCH, Map.of("text", text)).get("search"));
		}
		return "search";
	}

	@GetMapping("/boards/{id}")
	String board(@PathVariable String id, Model model) {
		Map<String, Object> data = this.hub.query(BOARD, Map.of("id", id));
		if (data.get("node") == null) {
			throw new NotFound("There is no board with id " + id);
		}
		model.addAttribute("board", data.get("node"));
		model.addAttribute("risks", data.get("risks"));
		return "board";
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable String id, @RequestParam(required = false) String asOf, Authentication visitor,
			Model model) {
		// An officer keeps the register current from here: declare an interest, end one.
		model.addAttribute("mayKeep", Role.any(visitor, Role.OFFICER, Role.ADMIN));
		model.addAttribute("interestTypes", InterestType.values());
		return profile("person", PERSON, id, asOf, model);
	}

	@GetMapping("/organisations/{id}")
	String organisation(@PathVariable String id, @RequestParam(required = false) String asOf, Model model) {
		return profile("organisation", ORGANISATION, id, asOf, model);
	}

	/** A person's or organisation's page as at a date (today when none is given): seats, interests, partnerships. */
	private String profile(String view, String document, String id, String asOf, Model model) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("id", id);
		variables.put("asOf", Inputs.given(asOf));
		Object found = this.hub.query(document, variables).get("node");
		if (!(found instanceof Map<?, ?> node) || node.isEmpty()) {
			throw new NotFound("There is no " + view + " with id " + id);
		}
		model.addAttribute(view, found);
		model.addAttribute("asOf", variables.get("asOf"));
		model.addAttribute("graph", view.equals("person") ? GraphView.ofPerson(node) : GraphView.ofOrganisation(node));
		return view;
	}

	/**
	 * The shortest routes between two entities as at a date, each drawn as a chain and all together as a graph. Each
	 * end is an id, or words to search for (the best match is taken, the next ones offered).
	 */
	@GetMapping("/connections")
	String connections(@RequestParam(required = false) String fromId, @RequestParam(required = false) String toId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String asOf, Model model) {
		model.addAttribute("from", Inputs.given(from));
		model.addAttribute("to", Inputs.given(to));
		model.addAttribute("asOf", Inputs.given(asOf));
		List<Map<String, Object>> fromMatches = matches(fromId, from);
		List<Map<String, Object>> toMatches = matches(toId, to);
		model.addAttribute("fromMatches", fromMatches);
		model.addAttribute("toMatches", toMatches);
		if (fromMatches.isEmpty() || toMatches.isEmpty()) {
			return "connections";
		}
		Object start = fromMatches.get(0).get("id");
		Object end = toMatches.get(0).get("id");
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("from", start);
		variables.put("to", end);
		variables.put("asOf", Inputs.given(asOf));
		List<?> routes = (List<?>) this.hub.query(CONNECTIONS, variables).get("connections");
		model.addAttribute("routes", routes);
		model.addAttribute("graph", GraphView.ofRoutes(routes, start, end));
		return "connections";
	}

	/** The entity an id names, or the best matches for the words; empty when neither is given or nothing matches. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> matches(String id, String words) {
		if (Inputs.given(id) != null) {
			Map<String, Object> node = (Map<String, Object>) this.hub.query(NAMED, Map.of("id", id.strip())).get("node");
			if (node == null || node.isEmpty()) {
				throw new NotFound("There is nothing with id " + id);
			}
			return List.of(node);
		}
		if (Inputs.given(words) == null) {
			return List.of();
		}
		Map<String, Object> found = (Map<String, Object>) this.hub.query(FIND, Map.of("text", words.strip())).get("search");
		return ((List<Map<String, Object>>) found.get("edges")).stream()
			.map(edge -> (Map<String, Object>) ((Map<String, Object>) edge.get("node")).get("node"))
			.toList();
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable String id, Model model) {
		Map<String, Object> data = new LinkedHashMap<>(this.hub.query(MEETING, Map.of("id", id)));
		if (data.get("node") == null || data.get("meetingConflicts") == null) {
			throw new NotFound("There is no meeting with id " + id);
		}
		model.addAttribute("meeting", data.get("node"));
		model.addAttribute("report", data.get("meetingConflicts"));
		return "meeting";
	}

	@GetMapping("/decisions/{id}/authority")
	String authority(@PathVariable String id, Model model) {
		Object chain = this.hub.query(AUTHORITY, Map.of("id", id)).get("authorityChain");
		if (chain == null) {
			throw new NotFound("There is no decision with id " + id);
		}
		model.addAttribute("authority", chain);
		return "authority";
	}

	/** Decisions whose authority does not hold up, and delegations about to lapse: the auditor's starting point. */
	@GetMapping("/authority")
	String authorityGaps(@RequestParam(required = false) String asOf, @RequestParam(required = false) String since,
			Model model) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("asOf", Inputs.given(asOf));
		variables.put("since", Inputs.given(since));
		model.addAttribute("gaps", this.hub.query(GAPS, variables).get("authorityGaps"));
		model.addAttribute("asOf", variables.get("asOf"));
		model.addAttribute("since", variables.get("since"));
		return "authority-gaps";
	}

	/** A page about something the hub does not hold: 404 with a plain message. */
	static class NotFound extends RuntimeException {

		NotFound(String message) {
			super(message);
		}

	}

}
