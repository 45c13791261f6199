package org.partnershiphub.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.partnershiphub.pages.HubQueries.PageException;
import org.partnershiphub.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Possible duplicates, people or organisations, with the evidence for each pair: an officer merges one into the
 * other with a reason, or marks the pair as not duplicates (it is then not suggested again). Both through the API's
 * own mutations, so the audit trail and the rules are the API's.
 */
@Controller
class DuplicatePages {

	private static final String CANDIDATES = """
			query($kind: DuplicateKind!, $after: String) { duplicateCandidates(kind: $kind, first: 20, after: $after) {
			  totalCount pageInfo { hasNextPage endCursor }
			  edges { node { score evidence first { id name } second { id name } } } } }""";

	private static final String MERGE = """
			mutation($input: MergeInput!) { merge: %s(input: $input) { keptId aliases userErrors { field message } } }""";

	private static final String NOT_DUPLICATE = """
			mutation($input: MarkNotDuplicateInput!) { markNotDuplicate(input: $input) { marked userErrors { field message } } }""";

	private final HubQueries hub;

	DuplicatePages(HubQueries hub) {
		this.hub = hub;
	}

	@GetMapping("/duplicates")
	String candidates(@RequestParam(defaultValue = "PERSON") Kind kind, @RequestParam(required = false) String after,
			Authentication visitor, Model model) {
		mayMerge(visitor);
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("kind", kind.name());
		variables.put("after", Inputs.given(after));
		model.addAttribute("candidates", this.hub.query(CANDIDATES, variables).get("duplicateCandidates"));
		model.addAttribute("kind", kind);
		return "duplicates";
	}

	@PostMapping("/duplicates/merge")
	String merge(@RequestParam Kind kind, @RequestParam String firstId, @RequestParam String secondId,
			@RequestParam String keep, @RequestParam(required = false) String reason, Authentication visitor,
			RedirectAttributes after) {
		mayMerge(visitor);
		if (Inputs.given(reason) == null) {
			throw new PageException("Give a reason for the merge: it is kept with the merged record");
		}
		boolean keepFirst = "first".equals(keep);
		Map<String, Object> kept = this.hub.change(MERGE.formatted(kind.mutation),
				Map.of("input", Map.of("keepId", keepFirst ? firstId : secondId, "mergeId", keepFirst ? secondId : firstId,
						"reason", reason.strip())),
				"merge");
		after.addFlashAttribute("notice", "Merged. The merged record's names are now aliases: " + kept.get("aliases"));
		return "redirect:/duplicates?kind=" + kind;
	}

	@PostMapping("/duplicates/not-duplicate")
	String notDuplicate(@RequestParam Kind kind, @RequestParam String firstId, @RequestParam String secondId,
			@RequestParam(required = false) String reason, Authentication visitor, RedirectAttributes after) {
		mayMerge(visitor);
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("firstId", firstId);
		input.put("secondId", secondId);
		input.put("reason", Inputs.given(reason));
		this.hub.change(NOT_DUPLICATE, Map.of("input", input), "markNotDuplicate");
		after.addFlashAttribute("notice", "Marked as not duplicates: the pair will not be suggested again.");
		return "redirect:/duplicates?kind=" + kind;
	}

	private static void mayMerge(Authentication visitor) {
		PagesAdvice.require(visitor, "Reviewing duplicates needs the OFFICER or ADMIN role", Role.OFFICER, Role.ADMIN);
	}

	enum Kind {

		PERSON("mergePeople"), ORGANISATION("mergeOrganisations");

		private final String mutation;

		Kind(String mutation) {
			this.mutation = mutation;
		}

	}

}
