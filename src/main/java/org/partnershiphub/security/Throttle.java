package org.partnershiphub.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershiphub.common.ProblemDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per caller (the user a request names, or its address when anonymous): requests are limited by a token bucket, and
 * sign-in attempts by failures. After {@code maxFailures} wrong passwords in a row for one user from one address,
 * every attempt is refused for {@code lockout}, the right password too. Both answer 429 with Retry-After. Runs before
 * authentication, so a refused request costs no password check.
 */
class Throttle extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(Throttle.class);

	/**
	 * @param enabled off for tests that send thousands of requests as one user
	 * @param requestsPerSecond sustained requests per caller
	 * @param burst requests a caller may send at once
	 */
	@ConfigurationProperties("hub.rate-limit")
	record Settings(Boolean enabled, double requestsPerSecond, int burst, int maxFailures, Duration lockout) {
		Settings {
			enabled = (enabled == null) || enabled;
			requestsPerSecond = (requestsPerSecond > 0) ? requestsPerSecond : 20;
			burst = (burst > 0) ? burst : 200;
			maxFailures = (maxFailures > 0) ? maxFailures : 5;
			lockout = (lockout != null) ? lockout : Duration.ofMinutes(5);
		}
	}

	/** Tokens left and when they were last counted. */
	private static final class Bucket {

		private double tokens;

		private long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

		/** Takes a token; answers 0, or the seconds to wait for one. */
		synchronized long take(Settings settings, long now) {
			this.tokens = Math.min(settings.burst(), this.tokens + (now - this.at) / 1e9 * settings.requestsPerSecond());
			this.at = now;
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - this.tokens) / settings.requestsPerSecond());
		}

	}

	/** Wrong passwords in a row, and when the last one was. */
	private record Failures(int count, long at) {
	}

	private final Settings settings;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	private final Cache<String, Failures> failures;

	Throttle(Settings settings) {
		this.settings = settings;
		this.failures = Caffeine.newBuilder().expireAfterWrite(settings.lockout()).maximumSize(100_000).build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.settings.enabled()) {
			chain.doFilter(request, response);
			return;
		}
		String user = claimedUser(request);
		String caller = request.getRemoteAddr() + "|" + ((user != null) ? user : "");
		long now = System.nanoTime();
		if (user != null) {
			Failures failed = this.failures.getIfPresent(caller);
			if (failed != null && failed.count() >= this.settings.maxFailures()) {
				long wait = Math.max(1, this.settings.lockout().toSeconds() - (now - failed.at()) / 1_000_000_000);
				refuse(response, wait, "Too many failed sign-ins for " + user + "; try again in " + wait + " s");
				return;
			}
		}
		long wait = this.buckets.get(caller, key -> new Bucket(this.settings.burst(), now)).take(this.settings, now);
		if (wait > 0) {
			refuse(response, wait, "Too many requests; try again in " + wait + " s");
			return;
		}
		chain.doFilter(request, response);
		if (user != null) {
			if (signInFailed(request, response)) {
				Failures failed = this.failures.asMap()
					.merge(caller, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
				if (failed.count() == this.settings.maxFailures()) {
					logger.warn("Sign-in locked for {} from {} after {} failures", user, request.getRemoteAddr(),
							failed.count());
				}
			}
			else if (response.getStatus() < 400) {
				this.failures.invalidate(caller);
			}
		}
	}

	/** The user named by HTTP Basic credentials or a sign-in form, or null. */
	private static String claimedUser(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon >= 0) ? decoded.substring(0, colon) : decoded;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
			return request.getParameter("username");
		}
		return null;
	}

	private static boolean signInFailed(HttpServletRequest request, HttpServletResponse response) {
		if ("/login".equals(request.getServletPath())) {
			String location = response.getHeader(HttpHeaders.LOCATION);
			return location != null && location.contains("error");
		}
		return response.getStatus() == HttpStatus.UNAUTHORIZED.value();
	}

	private static void refuse(HttpServletResponse response, long seconds, String detail) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		ProblemDetails.write(response, HttpStatus.TOO_MANY_REQUESTS, detail);
	}

}
