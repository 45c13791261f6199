package org.partnershiphub.operations;

import java.io.IOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.micrometer.context.ContextRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One id per HTTP request, in every log line written while answering it (the MDC key {@value #KEY}, carried to the
 * threads GraphQL fields run on), in the {@code X-Request-Id} response header, in every GraphQL error's extensions
 * and in REST problem details: what a caller quotes when reporting a problem, and what an operator greps for. A
 * caller's own {@code X-Request-Id} is kept when it is a plain token, so ids follow a request through a proxy. Errors
 * are also put in the hub's one classification vocabulary on the way out.
 */
@Configuration(proxyBeanMethods = false)
public class RequestIds {

	public static final String KEY = "requestId";

	static final String HEADER = "X-Request-Id";

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	static {
		// Spring for GraphQL restores registered thread-locals around each field, whatever thread it runs on.
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(KEY, () -> MDC.get(KEY), id -> MDC.put(KEY, id), () -> MDC.remove(KEY));
	}

	/** The request id of the request this thread is answering, or null outside one. */
	public static String current() {
		return MDC.get(KEY);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						String given = request.getHeader(HEADER);
						String id = (given != null && PLAIN.matcher(given).matches()) ? given
								: HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
						MDC.put(KEY, id);
						response.setHeader(HEADER, id);
						try {
							chain.doFilter(request, response);
						}
						finally {
							MDC.remove(KEY);
						}
					}
				});
		// Before security, so refusals are logged and answered with the id too.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * graphql-java's own classifications, in the hub's one vocabulary (README, "Errors"): a document that does not
	 * parse or validate is the caller's error; a null where the schema promises none is the hub's.
	 */
	static final Map<String, String> VOCABULARY = Map.of("InvalidSyntax", "BAD_REQUEST", "ValidationError",
			"BAD_REQUEST", "OperationNotSupported", "BAD_REQUEST", "ExecutionAborted", "BAD_REQUEST",
			"NullValueInNonNullableField", "INTERNAL_ERROR", "DataFetchingException", "INTERNAL_ERROR");

	/**
	 * Every error in the hub's vocabulary and with the request id in its extensions; outermost, so errors other
	 * interceptors answer get both too.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	WebGraphQlInterceptor requestIdInErrors() {
		return (request, chain) -> {
			String id = current();
			return chain.next(request).map(response -> response.getErrors().isEmpty() ? response
					: response.transform(builder -> builder
						.errors(response.getErrors().stream().map(error -> rewritten(error, id)).toList())));
		};
	}

	private static GraphQLError rewritten(ResponseError error, String id) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		extensions.remove("classification");
		if (id != null) {
			extensions.put(KEY, id);
		}
		String type = String.valueOf(error.getErrorType());
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getParsedPath().isEmpty() ? null : error.getParsedPath())
			.errorType(VOCABULARY.containsKey(type) ? ErrorClassification.errorClassification(VOCABULARY.get(type))
					: error.getErrorType())
			.extensions(extensions)
			.build();
	}

}
