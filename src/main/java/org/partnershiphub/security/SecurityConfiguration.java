package org.partnershiphub.security;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition.Operation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

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

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, Settings settings, ObjectProvider<JwtDecoder> jwt)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/api/imports/**").hasAnyRole(Role.OFFICER.name(), Role.ADMIN.name())
			.anyRequest().permitAll())
			// A stateless API authenticated on every request, with no cookies to forge requests with.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.anonymous(anonymous -> anonymous.authorities(AuthorityUtils.createAuthorityList(Role.PUBLIC.authority())))
			.httpBasic(Customizer.withDefaults());
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

	/** Mutations need OFFICER or ADMIN; refused before any field runs. */
	@Bean
	Instrumentation mutationsNeedAnOfficer() {
		return new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				var context = parameters.getExecutionContext();
				if (context.getOperationDefinition().getOperation() == Operation.MUTATION
						&& !Role.any(context.getGraphQLContext(), Role.OFFICER, Role.ADMIN)) {
					throw new AbortExecutionException("Changes need the OFFICER or ADMIN role");
				}
				return super.beginExecuteOperation(parameters, state);
			}
		};
	}

}
