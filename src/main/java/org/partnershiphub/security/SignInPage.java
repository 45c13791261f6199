package org.partnershiphub.security;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The sign-in form for people using the hub's pages: a session, with a CSRF token for every change after. */
@RestController
class SignInPage {

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	String signIn(CsrfToken csrf, @RequestParam(required = false) String error) {
		return """
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8"><title>Sign in - Partnership Hub</title>
				<meta name="viewport" content="width=device-width, initial-scale=1"></head>
				<body><main><h1>Sign in to Partnership Hub</h1>%s
				<form method="post" action="/login">
				<p><label for="username">User name</label><br><input id="username" name="username" autocomplete="username" required autofocus></p>
				<p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
				<input type="hidden" name="%s" value="%s">
				<p><button type="submit">Sign in</button></p>
				</form></main></body></html>
				""".formatted((error != null) ? "<p role=\"alert\">The user name or password is wrong, or too many attempts failed: try again later.</p>" : "",
				HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
	}

}
