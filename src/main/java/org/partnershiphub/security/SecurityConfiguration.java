package org.partnershiphub.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition.Operation;
import org.partnershiphub.common.ProblemDetails;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Authentication and the API's coarse rules. Local and demo runs sign in with HTTP Basic as configured users
 * ({@code hub.security.users}); production uses JWTs from an OAuth2 issuer, roles read from a configurable claim.
 * Anyone not signed in is PUBLIC. Every request reaches GraphQL; what a role may see or do is decided there:
 * mutations need OFFICER or ADMIN, withheld details are redacted for PUBLIC and PARTNER_APP.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * @param users local users: name, password (with its encoding prefix, e.g. {@code {bcrypt}} or {@code {noop}})
	 * and roles
	 * @param rolesClaim the JWT claim that lists a caller's roles
	 */
	@ConfigurationProperties("hub.security")
	record Settings(List<LocalUser> users, String rolesClaim) {
		Settings {
			users = (users != null) ? users : List.of();
			rolesClaim = (rolesClaim != null) ? rolesClaim : "roles";
		}
	}

	record LocalUser(String name, String password, List<Role> roles) {
	}

	/**
	 * API callers authenticate on every request (HTTP Basic or a bearer token) and get no session. People signing in
	 * with the form (for the hub's pages) get a session cookie, and then every change they send needs the session's
	 * CSRF token: a request carrying an Authorization header cannot be forged by another site, one with only a cookie
	 * can. Refusals are problem details: 401 with a Basic challenge, 403, 429 from the {@link Throttle}.
	 */
	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, Settings settings, Throttle.Settings throttling,
			ObjectProvider<JwtDecoder> jwt) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/api/imports/**").hasAnyRole(Role.OFFICER.name(), Role.ADMIN.name())
			.requestMatchers("/actuator/prometheus", "/actuator/metrics/**").hasRole(Role.ADMIN.name())
			.anyRequest().permitAll())
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::forgeable))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			// Read from either; the form's sign-in saves to both, HTTP Basic (below) to the request only.
			.securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
					new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
			.anonymous(anonymous -> anonymous.authorities(AuthorityUtils.createAuthorityList(Role.PUBLIC.authority())))
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized)
				// Kept for the request only: Spring Security would otherwise open a session per API request.
				.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.formLogin(form -> form.loginPage("/login").permitAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::unauthorized)
				.accessDeniedHandler((request, response, denied) -> ProblemDetails.write(response,
						HttpStatus.FORBIDDEN, "Your role may not do this")))
			.addFilterBefore(new Throttle(throttling), BasicAuthenticationFilter.class);
		if (jwt.getIfAvailable() != null) {
			JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
			authorities.setAuthoritiesClaimName(settings.rolesClaim());
			authorities.setAuthorityPrefix("ROLE_");
			JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
			converter.setJwtGrantedAuthoritiesConverter(authorities);
			http.oauth2ResourceServer(server -> server.jwt(token -> token.jwtAuthenticationConverter(converter)));
		}
		return http.build();
	}

	/**
	 * No observation of each security filter: Spring Security would wrap every filter of the chain in an observation on
	 * every request, an aid to tracing (the hub exports metrics, not traces). HTTP and GraphQL requests are still
	 * observed.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** A change sent with a session cookie and no Authorization header: what another site could make a browser send. */
	private static boolean forgeable(HttpServletRequest request) {
		return !List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod())
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& (request.getRequestedSessionId() != null || "/login".equals(request.getServletPath()));
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException refused) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Partnership Hub\"");
		ProblemDetails.write(response, HttpStatus.UNAUTHORIZED, "Sign in to do this");
	}

	/**
	 * The local users, as configured. Only a {@link UserDetailsService}: exposed as the in-memory manager (a
	 * password service too) Spring Security would re-encode a {@code {noop}} password as bcrypt at the first sign-in,
	 * and HTTP Basic would then spend about 80 ms on every request checking it.
	 */
	@Bean
	UserDetailsService localUsers(Settings settings) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(settings.users()
			.stream()
			.map(user -> User.withUsername(user.name())
				.password(user.password())
				.roles(user.roles().stream().map(Role::name).toArray(String[]::new))
				.build())
			.toList());
		return users::loadUserByUsername;
	}

	/** Hands the request's authentication to GraphQL, whatever thread a field is then resolved on. */
	@Bean
	WebGraphQlInterceptor authenticationIntoGraphQlContext() {
		return (request, chain) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null) {
				request.configureExecutionInput((input, builder) -> builder
					.graphQLContext(Map.of(Role.CONTEXT_KEY, authentication))
					.build());
			}
			return chain.next(request);
		};
	}

	/** Mutations need OFFICER or ADMIN; refused before any field runs, UNAUTHORIZED when not signed in. */
	@Bean
	Instrumentation mutationsNeedAnOfficer() {
		return new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				var context = parameters.getExecutionContext();
				if (context.getOperationDefinition().getOperation() == Operation.MUTATION
						&& !Role.any(context.getGraphQLContext(), Role.OFFICER, Role.ADMIN)) {
					boolean signedIn = Role.any(context.getGraphQLContext(), Role.PARTNER_APP, Role.AUDITOR);
					throw new AbortExecutionException(List.of(GraphQLError.newError()
						.errorType(signedIn ? ErrorType.FORBIDDEN : ErrorType.UNAUTHORIZED)
						.message("Changes need the OFFICER or ADMIN role")
						.build()));
				}
				return super.beginExecuteOperation(parameters, state);
			}
		};
	}

}
