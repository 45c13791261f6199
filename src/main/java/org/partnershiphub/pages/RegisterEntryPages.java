package org.partnershiphub.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.partnershiphub.imports.Dates;
import org.partnershiphub.interest.InterestType;
import org.partnershiphub.pages.HubQueries.PageException;
import org.partnershiphub.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keeping a person's register current from their page: declare an interest (its date written as registers write it,
 * "April 2024" or "2024/25" held as such) and end one. Every change is one of the API's mutations, as the officer.
 */
@Controller
class RegisterEntryPages {

	private static final String DECLARE = """
			mutation($input: DeclareInterestInput!) { declareInterest(input: $input) { interest { id }
			  userErrors { field message } } }""";

	private static final String END = """
			mutation($input: EndInterestInput!) { endInterest(input: $input) { interest { id }
			  userErrors { field message } } }""";

	private final HubQueries hub;

	RegisterEntryPages(HubQueries hub) {
		this.hub = hub;
	}

	@PostMapping("/people/{id}/interests")
	String declare(@PathVariable String id, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String nature,
			@RequestParam(required = false) String type, @RequestParam(required = false) String declared,
			@RequestParam(required = false) String validFrom, @RequestParam(required = false) String actionTaken,
			@RequestParam(defaultValue = "false") boolean withheld,
			Authentication visitor, RedirectAttributes after) {
		mayKeep(visitor);
		return back(id, after, () -> {
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("personId", id);
			input.put("organisationId", organisation(Inputs.given(organisation)));
			input.put("subject", Inputs.given(subject));
			input.put("nature", Inputs.given(nature));
			input.put("type", type(Inputs.given(type)));
			String written = Inputs.given(declared);
			if (written != null) {
				Dates.Read read = Dates.parse(written).orElseThrow(() -> new PageException("Declared: \"" + written
						+ "\" is not a date (write it as the register does: 14/03/2024, 14 March 2024, March 2024, "
						+ "2024 or 2024/25)"));
				if (read.guess() != null) {
					throw new PageException("Declared: \"" + written + "\" could be read more than one way ("
							+ read.guess() + "); write the day, month and year in full");
				}
				input.put("declaredOn", read.date().toString());
				input.put("declaredOnPrecision", read.precision().name());
			}
			input.put("validFrom", (Inputs.date("date it began", validFrom) != null) ? validFrom.strip() : null);
			input.put("actionTaken", Inputs.given(actionTaken));
			input.put("withheld", withheld);
			this.hub.change(DECLARE, Map.of("input", input), "declareInterest");
			return "Interest declared.";
		});
	}

	@PostMapping("/people/{id}/interests/{interestId}/end")
	String end(@PathVariable String id, @PathVariable String interestId, @RequestParam(required = false) String validTo,
			Authentication visitor, RedirectAttributes after) {
		mayKeep(visitor);
		return back(id, after, () -> {
			java.time.LocalDate last = Inputs.date("last day it held", validTo);
			if (last == null) {
				throw new PageException("Give the last day the interest held");
			}
			this.hub.change(END, Map.of("input", Map.of("interestId", interestId, "validTo", last.toString())),
					"endInterest");
			return "Interest ended: it held until " + new Words().date(last) + ".";
		});
	}

	/** The organisation named, found by the exact look-up (aliases and "Ltd"/"NHS FT" spellings included). */
	private String organisation(String name) {
		return (name == null) ? null : this.hub.organisationIds(List.of(name), i -> "Organisation",
				"check the spelling, or write what the interest is in under \"Or what else\"").get(0);
	}

	private static String type(String name) {
		if (name == null) {
			throw new PageException("Type: choose the type of interest");
		}
		try {
			return InterestType.valueOf(name).name();
		}
		catch (IllegalArgumentException ex) {
			throw new PageException("Type: \"" + name + "\" is not a type of interest the hub knows");
		}
	}

	private static String back(String id, RedirectAttributes after, Supplier<String> change) {
		return PagesAdvice.back("/people/" + id, "register", after, change);
	}

	private static void mayKeep(Authentication visitor) {
		PagesAdvice.require(visitor, "Keeping registers needs the OFFICER or ADMIN role", Role.OFFICER, Role.ADMIN);
	}

}
