package org.partnershiphub.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import graphql.GraphQLContext;
import org.partnershiphub.common.Dates;

import org.springframework.security.access.AccessDeniedException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who may do what. Anyone not signed in is PUBLIC. */
public enum Role {

	PUBLIC, PARTNER_APP, OFFICER, AUDITOR, ADMIN;

	/** Key under which each request's authentication travels in the GraphQL context. */
	static final String CONTEXT_KEY = Authentication.class.getName();

	/** The GraphQL context entry that carries a caller's authentication (for requests made inside the hub). */
	public static Map<String, Object> context(Authentication authentication) {
		return Map.of(CONTEXT_KEY, authentication);
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether the request's caller holds any of the roles. */
	public static boolean any(GraphQLContext context, Role... roles) {
		return any((context != null) ? (Authentication) context.get(CONTEXT_KEY) : null, roles);
	}

	/** Whether an authenticated caller (of a REST endpoint, say) holds any of the roles. */
	public static boolean any(Authentication authentication, Role... roles) {
		if (authentication == null) {
			return false;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		for (Role role : roles) {
			if (authorities.stream().anyMatch(a -> role.authority().equals(a.getAuthority()))) {
				return true;
			}
		}
		return false;
	}

	/** Refuses the field (FORBIDDEN, or UNAUTHORIZED for PUBLIC) unless the caller holds one of the roles. */
	public static void require(GraphQLContext context, String refusal, Role... roles) {
		if (!any(context, roles)) {
			throw new AccessDeniedException(refusal);
		}
	}

	/** The signed-in caller's name, or null for PUBLIC. */
	public static String caller(GraphQLContext context) {
		Authentication authentication = (context != null) ? context.get(CONTEXT_KEY) : null;
		return (authentication != null) ? authentication.getName() : null;
	}

	/**
	 * The date a person's interests or seats are read at. PUBLIC callers see the current register only, not a
	 * person's history: any other date is refused.
	 */
	public static LocalDate personalAsOf(GraphQLContext context, LocalDate asOf) {
		return personalAsOf((context != null) ? (Authentication) context.get(CONTEXT_KEY) : null, asOf);
	}

	/** {@link #personalAsOf(GraphQLContext, LocalDate)} for a REST caller: the same rule. */
	public static LocalDate personalAsOf(Authentication caller, LocalDate asOf) {
		LocalDate today = Dates.orToday(null);
		if (!any(caller, PARTNER_APP, OFFICER, AUDITOR, ADMIN) && asOf != null && !asOf.equals(today)) {
			throw new AccessDeniedException("Past or future registers need sign-in: PUBLIC sees people's current "
					+ "interests and seats only");
		}
		return (asOf != null) ? asOf : today;
	}

	/** Withheld details (of interests) are for officers, auditors and administrators only. */
	public static boolean seesWithheld(GraphQLContext context) {
		return any(context, OFFICER, AUDITOR, ADMIN);
	}

}
