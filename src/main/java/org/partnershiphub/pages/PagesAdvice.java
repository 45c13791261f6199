package org.partnershiphub.pages;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershiphub.pages.HubQueries.PageException;
import org.partnershiphub.pages.PagesController.NotFound;
import org.partnershiphub.security.Role;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every page has (plain words, who is looking) and how a page says it cannot be shown: ahead of the API's
 * problem-details advice, which answers JSON.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(basePackageClasses = PagesAdvice.class)
class PagesAdvice {

	private static final Words WORDS = new Words();

	private static final RequestCache REQUESTS = new HttpSessionRequestCache();

	@ModelAttribute("words")
	Words words() {
		return WORDS;
	}

	/** Who is looking, for the header: a name, or null for a PUBLIC visitor. */
	@ModelAttribute("signedInAs")
	static String signedInAs() {
		Authentication visitor = SecurityContextHolder.getContext().getAuthentication();
		return (visitor != null && visitor.isAuthenticated() && !"anonymousUser".equals(visitor.getName()))
				? visitor.getName() : null;
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFound ex, Model model) {
		return problem(ex.getMessage(), model);
	}

	@ExceptionHandler(PageException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String cannotAnswer(PageException ex, Model model) {
		return problem(ex.getMessage(), model);
	}

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(AccessDeniedException ex, Model model) {
		return problem(ex.getMessage(), model);
	}

	/**
	 * Back to the page a form was sent from, at the section used, saying what was done, or what was refused and why
	 * (the officer stays where they were instead of on an error page).
	 */
	static String back(String page, String section, RedirectAttributes after, Supplier<String> change) {
		try {
			after.addFlashAttribute("notice", change.get());
		}
		catch (PageException refused) {
			after.addFlashAttribute("error", refused.getMessage());
			after.addFlashAttribute("errorSection", section);
		}
		return "redirect:" + page + "#" + section;
	}

	/**
	 * Pages for some roles only: a visitor not signed in is sent to sign in (and brought back), a signed-in one
	 * without the role is told so.
	 */
	static void require(Authentication visitor, String what, Role... roles) {
		if (signedInAs() == null) {
			throw new SignInNeeded();
		}
		if (!Role.any(visitor, roles)) {
			throw new AccessDeniedException(what);
		}
	}

	@ExceptionHandler(SignInNeeded.class)
	String signIn(HttpServletRequest request, HttpServletResponse response) {
		REQUESTS.saveRequest(request, response);
		return "redirect:/login";
	}

	/** A plain page saying why (exception handlers get no model attributes of their own). */
	private static String problem(String message, Model model) {
		model.addAttribute("message", message);
		model.addAttribute("signedInAs", signedInAs());
		model.addAttribute("words", WORDS);
		return "problem";
	}

	static class SignInNeeded extends RuntimeException {

	}

}
