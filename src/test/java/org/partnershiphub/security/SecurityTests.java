package org.partnershiphub.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may change things, and who may see a withheld interest. */
@IntegrationTest
class SecurityTests extends GraphTestSupport {

	@LocalServerPort
	private int port;

	private String person;

	private String practice;

	private String interest;

	@BeforeEach
	void aWithheldInterest() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		this.person = fixtures.person("Ana", "Cole");
		this.practice = fixtures.organisation("Northgate Surgery", "GP_PRACTICE");
		this.interest = fixtures.create("declareInterest", map("personId", this.person, "organisationId",
				this.practice, "type", "FINANCIAL", "nature", "GP partner", "validFrom", "2024-01-01", "withheld", true),
				"interest");
	}

	@Test
	void thePublicSeesPeoplesCurrentInterestsButNotTheirHistory() {
		String history = "query($id: ID!, $asOf: Date) { person(id: $id) { interests(asOf: $asOf) { type } memberships(asOf: $asOf) { id } } }";
		as(null, null).document(history).variable("id", this.person).variable("asOf", "2023-06-01")
			.execute()
			.errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(e -> {
				assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
				assertThat(e.getPath()).startsWith("person");
			}));
		as(null, null).document(history).variable("id", this.person)
			.execute()
			.path("person.interests[*].type").entityList(String.class).containsExactly("FINANCIAL");
		as("partner", "partner").document(history).variable("id", this.person).variable("asOf", "2023-06-01")
			.execute()
			.path("person.interests").entityList(Object.class).hasSize(0);
		as(null, null).document("{ interests(first: 5, filter: {asOf: \"2023-06-01\"}) { edges { node { id } } } }")
			.execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
	}

	@Test
	void changesNeedAnOfficerOrAnAdministrator() {
		for (HttpGraphQlTester caller : List.of(as(null, null), as("partner", "partner"), as("auditor", "auditor"))) {
			caller.documentName("recordPerson")
				.variable("input", map("givenName", "Eve", "familyName", "Intruder"))
				.execute()
				.errors()
				.expect(e -> e.getMessage().equals("Changes need the OFFICER or ADMIN role")
						&& List.of("UNAUTHORIZED", "FORBIDDEN").contains(e.getErrorType().toString()))
				.verify()
				.path("recordPerson").pathDoesNotExist();
		}
		as("admin", "admin").documentName("recordPerson")
			.variable("input", map("givenName", "Eve", "familyName", "Allowed"))
			.execute()
			.path("recordPerson.person.displayName").entity(String.class).isEqualTo("Eve Allowed");
		assertThat(count("MATCH (p:Person {familyName: 'Intruder'}) RETURN count(p)")).isZero();
	}

	@Test
	void aWithheldInterestIsRedactedForThePublicAndPartnersButNotForAuditors() {
		String query = "query($id: ID!) { interest(id: $id) { redacted withheld type nature organisation { name } } }";
		for (HttpGraphQlTester caller : List.of(as(null, null), as("partner", "partner"))) {
			caller.document(query).variable("id", this.interest).execute()
				.path("interest.redacted").entity(Boolean.class).isEqualTo(true)
				.path("interest.type").entity(String.class).isEqualTo("FINANCIAL")
				.path("interest.nature").valueIsNull()
				.path("interest.organisation").valueIsNull();
			caller.document("query($id: ID!) { organisation(id: $id) { interests { id } } }")
				.variable("id", this.practice).execute()
				.path("organisation.interests").entityList(Object.class).hasSize(0);
			caller.document("query($id: ID!) { interests(filter: { organisationId: $id }) { edges { node { id } } } }")
				.variable("id", this.practice).execute()
				.path("interests.edges").entityList(Object.class).hasSize(0);
		}
		as("auditor", "auditor").document(query).variable("id", this.interest).execute()
			.path("interest.redacted").entity(Boolean.class).isEqualTo(false)
			.path("interest.nature").entity(String.class).isEqualTo("GP partner")
			.path("interest.organisation.name").entity(String.class).isEqualTo("Northgate Surgery");
	}

	/** The subjects of an ad hoc check are the caller's to choose: answering for a withheld interest is an oracle. */
	@Test
	void thePublicsConflictCheckLeavesOutWithheldInterests() {
		as(null, null).documentName("conflictCheck")
			.variable("personId", this.person)
			.variable("subjectIds", List.of(this.practice))
			.execute()
			.path("conflictCheck").entityList(Object.class).hasSize(0);
		as("officer", "officer").documentName("conflictCheck")
			.variable("personId", this.person)
			.variable("subjectIds", List.of(this.practice))
			.execute()
			.path("conflictCheck[0].action").entity(String.class).isEqualTo("WITHDRAW");
		as(null, null).documentName("conflictCheck")
			.variable("personId", this.person)
			.variable("subjectIds", List.of(this.practice))
			.variable("asOf", "2025-06-01")
			.execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
	}

	@Test
	void aMeetingReportNamesAWithdrawalButNotTheWithheldInterestBehindIt() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String council = fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		String board = fixtures.board("Primary Care Committee", "COMMITTEE", council);
		fixtures.create("appointMember", map("personId", this.person, "boardId", board, "role", "MEMBER", "voting",
				true, "from", "2024-01-01"), "membership");
		String meeting = fixtures.create("scheduleMeeting", map("boardId", board, "date", "2025-06-01"), "meeting");
		fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "1", "title", "Northgate contract",
				"purpose", "DECISION", "concernsIds", List.of(this.practice)), "agendaItem");
		String query = "query($id: ID!) { meetingConflicts(meetingId: $id) { items { exclusions { action reason redacted } } } }";
		as(null, null).document(query).variable("id", meeting).execute()
			.path("meetingConflicts.items[0].exclusions[0].action").entity(String.class).isEqualTo("WITHDRAW")
			.path("meetingConflicts.items[0].exclusions[0].reason").valueIsNull()
			.path("meetingConflicts.items[0].exclusions[0].redacted").entity(Boolean.class).isEqualTo(true);
		as("auditor", "auditor").document(query).variable("id", meeting).execute()
			.path("meetingConflicts.items[0].exclusions[0].reason").entity(String.class)
			.isEqualTo("Ana Cole has a financial interest (GP partner) in Northgate Surgery.");
	}

	@Test
	void noConnectionRunsThroughAWithheldInterestForThePublic() {
		String query = "query($from: ID!, $to: ID!) { connections(fromId: $from, toId: $to) { length } }";
		as(null, null).document(query).variable("from", this.person).variable("to", this.practice).execute()
			.path("connections").entityList(Object.class).hasSize(0);
		as("auditor", "auditor").document(query).variable("from", this.person).variable("to", this.practice).execute()
			.path("connections[*].length").entityList(Integer.class).containsExactly(2);
	}

	@Test
	void aWrongPasswordIsRefusedOutright() throws Exception {
		assertThat(signedIn("officer:wrong").statusCode()).isEqualTo(401);
	}

	/** An API caller signs in on every request and is given no session, which the server would keep for half an hour. */
	@Test
	void anApiCallerIsGivenNoSession() throws Exception {
		HttpResponse<String> response = signedIn("officer:officer");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	/** {@code { __typename }} with HTTP Basic credentials ({@code user:password}). */
	private HttpResponse<String> signedIn(String credentials) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()))
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * HTTP Basic checks the password on every request: a configured {@code {noop}} password must not be re-encoded as
	 * bcrypt at the first sign-in (which made every later request about 80 ms slower).
	 */
	@Test
	void signingInLeavesTheConfiguredPasswordEncodingAlone(@Autowired UserDetailsService users) {
		this.graphQl.document("{ __typename }").execute().path("__typename").entity(String.class).isEqualTo("Query");
		this.graphQl.document("{ __typename }").execute().path("__typename").entity(String.class).isEqualTo("Query");
		assertThat(users.loadUserByUsername("officer").getPassword()).isEqualTo("{noop}officer");
	}


	/**
	 * Signed in with the form, a browser holds a session cookie that another site's form could ride: a change sent
	 * with the cookie and without the session's CSRF token is refused. API callers (Authorization header) need none.
	 */
	@Test
	void aCrossSitePostWithTheSessionCookieIsRefused() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String base = "http://localhost:" + this.port;
		String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(token.find()).as("the sign-in form carries a CSRF token: " + page).isTrue();
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=officer&password=officer&_csrf=" + token.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

		// The forged post: the browser sends the cookie, the other site cannot send the token.
		HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"query\": \"mutation { recordPerson(input: {givenName: \\\"Eve\\\", familyName: \\\"Forged\\\"}) { person { id } } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
		HttpResponse<String> upload = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/imports/registers"))
			.header("Content-Type", "multipart/form-data; boundary=x")
			.POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"; "
					+ "filename=\"r.csv\"\r\n\r\nForename,Surname\r\nEve,Forged\r\n--x--\r\n"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(upload.statusCode()).isEqualTo(403);
		assertThat(count("MATCH (p:Person {familyName: 'Forged'}) RETURN count(p)")).isZero();

		// The session still reads, and a caller with credentials in a header posts without a token.
		assertThat(browser.send(HttpRequest.newBuilder(URI.create(base + "/api/registers?boardId=none")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
		as("officer", "officer").documentName("recordPerson")
			.variable("input", map("givenName", "Eve", "familyName", "Allowed"))
			.execute()
			.path("recordPerson.person.id").hasValue();
	}

}
