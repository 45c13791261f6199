package org.partnershiphub.pages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}, every script from the jar (Spring for GraphQL's own page loads them from a CDN and
 * never starts offline). It queries as the visitor: signed in with the form, it sends the session's CSRF token.
 * Off with {@code hub.explorer.enabled=false}, as in production.
 */
@Controller
@ConditionalOnBooleanProperty(name = "hub.explorer.enabled", matchIfMissing = true)
class ExplorerController {

	@GetMapping("/graphiql")
	String explorer() {
		return "explorer";
	}

}
