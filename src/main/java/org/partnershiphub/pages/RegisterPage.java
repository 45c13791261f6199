package org.partnershiphub.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.partnershiphub.common.Label;
import org.partnershiphub.exports.RegisterExport;
import org.partnershiphub.exports.RegisterExport.Entry;
import org.partnershiphub.pages.HubQueries.PageException;
import org.partnershiphub.pages.PagesController.NotFound;
import org.partnershiphub.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A board's or an organisation's register of interests as at a date, read by the same service as the CSV and XLSX
 * downloads (so the page, the files and the API redact alike), filtered by type or words and shown 50 rows a page.
 */
@Controller
class RegisterPage {

	private static final int ROWS_PER_PAGE = 50;

	private static final String NAME = """
			query($id: ID!) { node(id: $id) { ... on Board { name } ... on Organisation { name } } }""";

	private final RegisterExport registers;

	private final HubQueries hub;

	RegisterPage(RegisterExport registers, HubQueries hub) {
		this.registers = registers;
		this.hub = hub;
	}

	@GetMapping("/registers")
	String register(@RequestParam(required = false) String boardId,
			@RequestParam(required = false) String organisationId, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String type, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") int page, Authentication visitor, Model model) {
		if ((boardId == null) == (organisationId == null)) {
			throw new PageException("Choose a board or an organisation (boardId or organisationId, one of them)");
		}
		Label label = (boardId != null) ? Label.Board : Label.Organisation;
		String id = (boardId != null) ? boardId : organisationId;
		LocalDate date = Role.personalAsOf(visitor, Inputs.date("as-at date", asOf));
		List<Entry> all = this.registers.read(label, id, date, false, visitor)
			.orElseThrow(() -> new NotFound("There is no " + label.name().toLowerCase(Locale.ROOT) + " with id " + id));
		String words = Inputs.given(q);
		String kind = Inputs.given(type);
		List<Entry> shown = all.stream()
			.filter(e -> kind == null || kind.equals(e.type()))
			.filter(e -> words == null || matches(e, words.toLowerCase(Locale.ROOT)))
			.toList();
		int pages = Math.max(1, (shown.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
		int current = Math.min(Math.max(page, 1), pages);
		model.addAttribute("name", ((Map<?, ?>) this.hub.query(NAME, Map.of("id", id)).get("node")).get("name"));
		model.addAttribute("entries", shown.subList((current - 1) * ROWS_PER_PAGE,
				Math.min(shown.size(), current * ROWS_PER_PAGE)));
		model.addAttribute("total", shown.size());
		model.addAttribute("types", all.stream().map(Entry::type).filter(t -> t != null).distinct().sorted().toList());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("asOf", date);
		model.addAttribute("type", kind);
		model.addAttribute("q", words);
		String scope = (label == Label.Board) ? "boardId" : "organisationId";
		model.addAttribute("scope", scope);
		model.addAttribute("id", id);
		UriComponentsBuilder here = UriComponentsBuilder.fromPath("/registers").queryParam(scope, id)
			.queryParam("asOf", date);
		model.addAttribute("download", UriComponentsBuilder.fromPath("/api/registers").queryParam(scope, id)
			.queryParam("asOf", date).encode().toUriString());
		if (kind != null) {
			here.queryParam("type", kind);
		}
		if (words != null) {
			here.queryParam("q", words);
		}
		model.addAttribute("here", here.encode().toUriString());
		return "register";
	}

	private static boolean matches(Entry e, String words) {
		return Stream.of(e.forename(), e.surname(), e.organisation(), e.nature(), e.roles())
			.anyMatch(cell -> cell != null && cell.toLowerCase(Locale.ROOT).contains(words));
	}

}
