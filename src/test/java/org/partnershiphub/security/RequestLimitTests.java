package org.partnershiphub.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;
import org.partnershiphub.support.RoundTripCounter;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-caller limits, sign-in throttling and the request timeout, with small limits so that they show: a context of
 * their own.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "hub.rate-limit.enabled=true", "hub.rate-limit.burst=20",
		"hub.rate-limit.requests-per-second=1", "hub.rate-limit.max-failures=3", "hub.rate-limit.lockout=60s",
		"hub.graphql.timeout=1s", "hub.graphql.max-complexity=1000000000", "hub.graphql.max-depth=100",
		"hub.graphql.list-estimate=1" })
class RequestLimitTests extends GraphTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void aCallerSendingTooFastIsToldToWait() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		HttpResponse<String> refused = null;
		for (int i = 0; i < 30; i++) {
			HttpResponse<String> response = post(null);
			statuses.add(response.statusCode());
			if (response.statusCode() == 429 && refused == null) {
				refused = response;
			}
		}
		assertThat(statuses.subList(0, 15)).containsOnly(200);
		assertThat(statuses).contains(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(refused.body()).contains("\"status\":429").contains("Too many requests");
	}

	@Test
	void wrongPasswordsLockThatSignInForAWhileEvenWithTheRightOne() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(post("partner:wrong").statusCode()).isEqualTo(401);
		}
		HttpResponse<String> right = post("partner:partner");
		assertThat(right.statusCode()).isEqualTo(429);
		assertThat(right.body()).contains("Too many failed sign-ins for partner");
		assertThat(post("auditor:auditor").statusCode()).as("another user signs in").isEqualTo(200);
	}

	/**
	 * A request past its time is cancelled: no further field runs (no more database round trips), the caller gets
	 * one error and the log one line, not a stack trace per field.
	 */
	@Test
	void aRequestPastItsTimeStopsWorking(CapturedOutput output) throws Exception {
		// One person with interests in two organisations: each hop through the graph doubles the fields to fetch, so
		// the query outlasts any deadline while the fields pending at the cancellation stay few (a wider graph left
		// millions pending and kept a busy machine's request thread working for minutes).
		cypher("""
				CREATE (p:Person {id: 'p1', givenName: 'P', familyName: 'Person', displayName: 'P 1', version: 1})
				WITH p
				UNWIND range(1, 2) AS o
				CREATE (p)<-[:DECLARED_BY]-(:Interest {id: 'i' + o, type: 'FINANCIAL', nature: 'Director',
				                                      withheld: false, version: 1})
				          -[:IN_ORGANISATION]->(:Organisation {id: 'o' + o, name: 'Organisation ' + o,
				                                               kind: 'COMPANY', version: 1})
				""");
		String query = "{ person(id: \"p1\") { %s } }".formatted(hops(24));
		int before = output.getAll().split("\n").length;
		this.graphQl.document(query).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(e -> {
				assertThat(e.getMessage()).isEqualTo("The request took longer than 1 s and was stopped; ask for less");
				assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			}));
		Thread.sleep(1000);
		int trips = RoundTripCounter.count();
		Thread.sleep(3000);
		assertThat(RoundTripCounter.count()).as("database round trips after the cancellation").isEqualTo(trips);
		List<String> logged = List.of(output.getAll().split("\n")).subList(before, output.getAll().split("\n").length);
		assertThat(logged.stream().filter(line -> line.contains(" ERROR ") || line.contains(" WARN "))).singleElement()
			.satisfies(line -> assertThat(line).contains("cancelled after PT1S"));
	}

	/** {@code n} hops from a person through their interests' organisations back to the people declaring them. */
	private static String hops(int n) {
		return (n == 0) ? "displayName"
				: "interests { organisation { interests { person { %s } } } }".formatted(hops(n - 1));
	}

	private HttpResponse<String> post(String credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}"));
		if (credentials != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
