package org.partnershiphub.pages;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open which page and send which form, over plain HTTP: officers' pages send a visitor who is not signed in
 * to sign in, refuse other roles with a page saying why, and take changes only with the session's CSRF token; a
 * refused or wrong request is a page naming what is wrong, never a stack trace or JSON.
 */
@IntegrationTest
class PagesAccessTests extends GraphTestSupport {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private String board;

	@BeforeEach
	void aBoard() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		this.board = fixtures.board("Northmere Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD",
				fixtures.organisation("Northmere Council", "LOCAL_AUTHORITY"));
	}

	@Test
	void officersPagesSendAVisitorToSignInAndRefuseOtherRoles() throws Exception {
		HttpClient visitor = HttpClient.newHttpClient();
		for (String page : new String[] { "/imports", "/duplicates", "/meetings/new" }) {
			HttpResponse<String> answer = visitor.send(get(page).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(page).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
		}
		HttpResponse<String> auditor = visitor.send(get("/duplicates").header("Authorization", basic("auditor")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(auditor.statusCode()).isEqualTo(403);
		assertThat(auditor.body()).contains("Reviewing duplicates needs the OFFICER or ADMIN role").doesNotContain("at org.");
		HttpResponse<String> reports = visitor.send(get("/imports").header("Authorization", basic("auditor")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(reports.statusCode()).as("auditors read past imports").isEqualTo(200);
		assertThat(reports.body()).contains("Past imports").doesNotContain("Import a file");
		HttpResponse<String> upload = visitor.send(post("/imports", "kind=REGISTER&text=Forename,Surname%0AEve,Forged")
			.header("Authorization", basic("auditor")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(upload.statusCode()).isEqualTo(403);
		assertThat(count("MATCH (p:Person {familyName: 'Forged'}) RETURN count(p)")).isZero();
	}

	@Test
	void aFormSentWithTheSessionButWithoutItsTokenIsRefused() throws Exception {
		HttpClient browser = signedIn("officer");
		HttpResponse<String> forged = browser.send(post("/meetings", "boardIds=" + this.board + "&date=2026-02-01").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(count("MATCH (m:Meeting) RETURN count(m)")).isZero();

		String form = browser.send(get("/meetings/new").build(), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> sent = browser.send(post("/meetings", "boardIds=" + this.board + "&date=2026-02-01&_csrf="
				+ token(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).matches(".*/meetings/[^/]+/edit");
		assertThat(count("MATCH (m:Meeting {date: date('2026-02-01')}) RETURN count(m)")).isOne();
	}

	@Test
	void wrongInputIsAPageThatNamesTheFieldAndKeepsWhatIsStored() throws Exception {
		HttpClient browser = signedIn("officer");
		String form = browser.send(get("/meetings/new").build(), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> badDate = browser.send(post("/meetings", "boardIds=" + this.board
				+ "&date=31/02/2026&_csrf=" + token(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("The meeting date &quot;31/02/2026&quot; is not a date: write it as YYYY-MM-DD");
		assertThat(count("MATCH (m:Meeting) RETURN count(m)")).isZero();

		HttpResponse<String> past = HttpClient.newHttpClient()
			.send(get("/registers?boardId=" + this.board + "&asOf=2020-01-01").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(past.statusCode()).as("PUBLIC reads the current register only").isEqualTo(403);
		assertThat(past.body()).contains("Past or future registers need sign-in");
		HttpResponse<String> missing = HttpClient.newHttpClient()
			.send(get("/registers?boardId=no-such-board").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("There is no board with id no-such-board");
		HttpResponse<String> both = HttpClient.newHttpClient()
			.send(get("/registers").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(both.statusCode()).isEqualTo(400);
		assertThat(both.body()).contains("Choose a board or an organisation");
	}

	@Test
	void anItemsConcernsAreFoundByNameAndALineThatFindsNoneIsNamed() throws Exception {
		Fixtures fixtures = new Fixtures(this.graphQl);
		fixtures.organisation("Northmere Hospital NHS Foundation Trust", "NHS_FOUNDATION_TRUST");
		String meeting = fixtures.create("scheduleMeeting", map("boardId", this.board, "date", "2026-03-01"), "meeting");
		HttpClient browser = signedIn("officer");
		String page = browser.send(get("/meetings/" + meeting + "/edit").build(), HttpResponse.BodyHandlers.ofString())
			.body();
		HttpResponse<String> unknown = browser.send(post("/meetings/" + meeting + "/items", "number=1&title=Contract"
				+ "&purpose=DECISION&concerns=Northmere+Hospital+NHS+FT%0ASouthmere+Trust&_csrf=" + token(page)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).isEqualTo(302);
		String after = browser.send(get("/meetings/" + meeting + "/edit").build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(after).contains("That was not recorded").contains("Concerns, line 2: &quot;Southmere Trust&quot;");
		assertThat(count("MATCH (i:AgendaItem) RETURN count(i)")).as("nothing half-written").isZero();

		browser.send(post("/meetings/" + meeting + "/items", "number=1&title=Contract&purpose=DECISION"
				+ "&concerns=Northmere+Hospital+NHS+FT&_csrf=" + token(after)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(count("MATCH (:AgendaItem {number: '1'})-[:CONCERNS]->(o:Organisation "
				+ "{name: 'Northmere Hospital NHS Foundation Trust'}) RETURN count(o)")).isOne();
	}

	@Test
	void onlyAnOfficerDeclaresFromAPersonsPageAndADateReadableTwoWaysIsRefused() throws Exception {
		String person = new Fixtures(this.graphQl).person("Wren", "Halloway");
		HttpClient auditor = signedIn("auditor");
		String page = auditor.send(get("/people/" + person).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).doesNotContain("Declare an interest");
		// The auditor's session token, from the one form its pages give it.
		String login = auditor.send(get("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> refused = auditor.send(post("/people/" + person + "/interests", "subject=Shares"
				+ "&type=FINANCIAL&_csrf=" + token(login)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Keeping registers needs the OFFICER or ADMIN role");

		HttpClient officer = signedIn("officer");
		page = officer.send(get("/people/" + person).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("Declare an interest");
		officer.send(post("/people/" + person + "/interests", "subject=Shares+in+Tamar+Pharmacy&type=FINANCIAL"
				+ "&declared=03/14/24&_csrf=" + token(page)).build(), HttpResponse.BodyHandlers.ofString());
		String after = officer.send(get("/people/" + person).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(after).contains("That was not recorded")
			.contains("Declared: &quot;03/14/24&quot; could be read more than one way");
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isZero();
		officer.send(post("/people/" + person + "/interests", "subject=Shares+in+Tamar+Pharmacy&type=FINANCIAL"
				+ "&declared=2024%2F25&_csrf=" + token(after)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(count("MATCH (i:Interest {declaredOn: date('2024-04-01'), declaredOnPrecision: 'FINANCIAL_YEAR'}) "
				+ "RETURN count(i)")).isOne();
	}

	private HttpClient signedIn(String user) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = browser.send(get("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> signedIn = browser.send(post("/login", "username=" + user + "&password=" + user
				+ "&_csrf=" + token(login)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return browser;
	}

	private static String token(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("the page's forms carry the CSRF token").isTrue();
		return token.group(1);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest.Builder post(String path, String form) {
		return get(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes());
	}

}
