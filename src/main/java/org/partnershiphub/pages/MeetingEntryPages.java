package org.partnershiphub.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.partnershiphub.pages.HubQueries.PageException;
import org.partnershiphub.pages.PagesController.NotFound;
import org.partnershiphub.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a meeting in a few screens: schedule it, then on one page add its agenda items and what each concerns,
 * paste the attendance as minuted (through the attendance import, with its line-by-line check), record who came late
 * or left early, declarations and decisions, and mark it held. Every change is one of the API's mutations, as the
 * officer.
 */
@Controller
class MeetingEntryPages {

	private static final String BOARDS = "{ boards(first: 100) { edges { node { id name } } } }";

	private static final String MEETING = """
			query($id: ID!) { meeting(id: $id) { id date title status attendanceComplete
			  boards { id name members { person { id displayName } }
			    governedAgreements { id reference title } }
			  items { id number title purpose concerns { __typename ... on Organisation { id name }
			    ... on Agreement { id title } ... on PooledFund { id name } ... on Partnership { id name } }
			    declarations { person { displayName } nature action } decisions { id text outcome } }
			  attendance { person { id displayName } status substituteFor { displayName }
			    movements { kind timing item { id number } asMinuted } } } }""";

	private static final String SCHEDULE = """
			mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id }
			  userErrors { field message } } }""";

	private static final String ADD_ITEM = """
			mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { agendaItem { id }
			  userErrors { field message } } }""";

	private static final String DECLARE = """
			mutation($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { declaration { id }
			  userErrors { field message } } }""";

	private static final String DECIDE = """
			mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id }
			  userErrors { field message } } }""";

	private static final String MOVE = """
			mutation($input: MovementInput!) { recordMovement(input: $input) { attendance { id }
			  userErrors { field message } } }""";

	private static final String UNMOVE = """
			mutation($input: MovementInput!) { removeMovement(input: $input) { attendance { id }
			  userErrors { field message } } }""";

	private static final String STATUS = """
			mutation($input: SetMeetingStatusInput!) { setMeetingStatus(input: $input) { meeting { id }
			  userErrors { field message } } }""";

	private final HubQueries hub;

	MeetingEntryPages(HubQueries hub) {
		this.hub = hub;
	}

	@GetMapping("/meetings/new")
	String newMeeting(@RequestParam(required = false) String boardId, Authentication visitor, Model model) {
		mayRecord(visitor);
		model.addAttribute("boards", this.hub.query(BOARDS, Map.of()).get("boards"));
		model.addAttribute("boardId", boardId);
		return "meeting-new";
	}

	@PostMapping("/meetings")
	String schedule(@RequestParam(name = "boardIds", required = false) List<String> boardIds,
			@RequestParam(required = false) String date, @RequestParam(required = false) String title,
			@RequestParam(defaultValue = "SCHEDULED") String status, Authentication visitor) {
		mayRecord(visitor);
		if (boardIds == null || boardIds.isEmpty()) {
			throw new PageException("Choose the board (or, for a joint meeting, the boards) holding the meeting");
		}
		if (Inputs.date("meeting date", date) == null) {
			throw new PageException("Give the meeting's date");
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("boardIds", boardIds);
		input.put("date", date.strip());
		input.put("title", Inputs.given(title));
		input.put("status", status);
		Map<String, Object> done = this.hub.change(SCHEDULE, Map.of("input", input), "scheduleMeeting");
		return "redirect:/meetings/" + ((Map<?, ?>) done.get("meeting")).get("id") + "/edit";
	}

	@GetMapping("/meetings/{id}/edit")
	String edit(@PathVariable String id, Authentication visitor, Model model) {
		mayRecord(visitor);
		Object meeting = this.hub.query(MEETING, Map.of("id", id)).get("meeting");
		if (meeting == null) {
			throw new NotFound("There is no meeting with id " + id);
		}
		model.addAttribute("meeting", meeting);
		return "meeting-edit";
	}

	@PostMapping("/meetings/{id}/items")
	String addItem(@PathVariable String id, @RequestParam String number, @RequestParam String title,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) String purposeAsPublished,
			@RequestParam(required = false) String concerns,
			@RequestParam(name = "agreementIds", required = false) List<String> agreementIds, Authentication visitor,
			RedirectAttributes after) {
		mayRecord(visitor);
		return back(id, "items", after, () -> {
			List<String> concernsIds = new ArrayList<>(organisations(concerns));
			if (agreementIds != null) {
				concernsIds.addAll(agreementIds);
			}
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("meetingId", id);
			input.put("number", number.strip());
			input.put("title", title.strip());
			input.put("purpose", Inputs.given(purpose));
			input.put("purposeAsPublished", Inputs.given(purposeAsPublished));
			input.put("concernsIds", concernsIds);
			this.hub.change(ADD_ITEM, Map.of("input", input), "addAgendaItem");
			return "Item " + number.strip() + " added.";
		});
	}

	@PostMapping("/meetings/{id}/declarations")
	String declare(@PathVariable String id, @RequestParam String itemId, @RequestParam String personId,
			@RequestParam String nature, @RequestParam String action, Authentication visitor, RedirectAttributes after) {
		mayRecord(visitor);
		return back(id, "declarations", after, () -> {
			this.hub.change(DECLARE, Map.of("input",
					Map.of("itemId", itemId, "personId", personId, "nature", nature.strip(), "action", action)),
					"recordDeclaration");
			return "Declaration recorded.";
		});
	}

	@PostMapping("/meetings/{id}/decisions")
	String decide(@PathVariable String id, @RequestParam String itemId, @RequestParam String text,
			@RequestParam String outcome, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String amount, Authentication visitor, RedirectAttributes after) {
		mayRecord(visitor);
		return back(id, "decisions", after, () -> {
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("itemId", itemId);
			input.put("text", text.strip());
			input.put("outcome", outcome);
			input.put("kind", Inputs.given(kind));
			input.put("amount", Inputs.given(amount));
			this.hub.change(DECIDE, Map.of("input", input), "recordDecision");
			return "Decision recorded.";
		});
	}

	@PostMapping("/meetings/{id}/movements")
	String move(@PathVariable String id, @RequestParam String itemId, @RequestParam String personId,
			@RequestParam String kind, @RequestParam String timing, @RequestParam(required = false) String asMinuted,
			@RequestParam(defaultValue = "false") boolean remove, Authentication visitor, RedirectAttributes after) {
		mayRecord(visitor);
		return back(id, "movements", after, () -> {
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("itemId", itemId);
			input.put("personId", personId);
			input.put("kind", kind);
			input.put("timing", timing);
			input.put("asMinuted", Inputs.given(asMinuted));
			this.hub.change(remove ? UNMOVE : MOVE, Map.of("input", input),
					remove ? "removeMovement" : "recordMovement");
			return remove ? "Removed." : "Recorded: the items' quorums now count them only where they were there.";
		});
	}

	@PostMapping("/meetings/{id}/status")
	String status(@PathVariable String id, @RequestParam String status,
			@RequestParam(defaultValue = "false") boolean attendanceComplete, Authentication visitor,
			RedirectAttributes after) {
		mayRecord(visitor);
		return back(id, "status", after, () -> {
			this.hub.change(STATUS, Map.of("input",
					Map.of("meetingId", id, "status", status, "attendanceComplete", attendanceComplete)),
					"setMeetingStatus");
			return "Status recorded.";
		});
	}

	private static String back(String id, String section, RedirectAttributes after, Supplier<String> change) {
		return PagesAdvice.back("/meetings/" + id + "/edit", section, after, change);
	}

	/**
	 * The organisations an item concerns, one name per line as the paper writes it, each found by the exact look-up
	 * (aliases and "Ltd"/"NHS FT" spellings included); a line that finds none, or more than one, is refused by number.
	 */
	private List<String> organisations(String lines) {
		List<String> names = (lines == null) ? List.of()
				: lines.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (names.isEmpty()) {
			return List.of();
		}
		if (names.size() > 20) {
			throw new PageException("An item can name at most 20 organisations here, not " + names.size());
		}
		return this.hub.organisationIds(names, i -> "Concerns, line " + (i + 1), "record it first, or check the spelling");
	}

	private static void mayRecord(Authentication visitor) {
		PagesAdvice.require(visitor, "Recording meetings needs the OFFICER or ADMIN role", Role.OFFICER, Role.ADMIN);
	}

}
