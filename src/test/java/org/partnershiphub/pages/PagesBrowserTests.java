package org.partnershiphub.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnershiphub.db.CypherScript;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (Debian's chromium and chromium-driver; .ci/run installs them), on the demo
 * partnership: the September 2025 joint sub-committee shows the undeclared NED on item 3 and the quorum lost on items
 * 2 and 5, to the public and to a signed-in officer alike, and the links lead there from the home page. A screenshot
 * of each page is written under target/screenshots for review.
 */
@IntegrationTest
// As in production: the fields of a page's queries run on other threads than the page's own, and must still know who
// is looking (the audit trail names them).
@TestPropertySource(properties = "spring.threads.virtual.enabled=true")
class PagesBrowserTests extends GraphTestSupport {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void openTheBrowser() {
		ChromeOptions options = new ChromeOptions().setBinary(executable("chromium", "/usr/bin/chromium"))
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--window-size=1100,1400");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(executable("chromedriver", "/usr/bin/chromedriver")).toFile())
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	/** Debian's browser; a clear failure where it is missing, rather than a download. */
	private static String executable(String name, String path) {
		if (!Files.isExecutable(Path.of(path))) {
			throw new IllegalStateException(name + " is not installed at " + path + ": run .ci/run, or "
					+ "apt-get install chromium chromium-driver");
		}
		return path;
	}

	@AfterAll
	static void closeTheBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void loadTheDemoPartnership() throws IOException {
		String script = new ClassPathResource("neo4j/demo/demo-data.cypher").getContentAsString(StandardCharsets.UTF_8);
		this.driver.session().executeWriteWithoutResult(tx -> CypherScript.statements(script)
			.forEach(statement -> tx.run(statement).consume()));
		browser.manage().deleteAllCookies();
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	private static String item(String number) {
		return find(By.id("item-" + number)).getText();
	}

	/** The element, once the page has it (up to 20 s); failing, the page's text says what was shown instead. */
	private static WebElement find(By by) {
		try {
			return new WebDriverWait(browser, Duration.ofSeconds(20))
				.until(ExpectedConditions.presenceOfElementLocated(by));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("No " + by + " on " + browser.getCurrentUrl() + ", which shows:\n"
					+ browser.findElement(By.tagName("body")).getText(), ex);
		}
	}

	/**
	 * What a board is for and what it watches: the health and wellbeing board's terms and standing orders and the BCF
	 * board reporting to it; the BCF board's open risks with their latest scores, owners named as the register names
	 * them; the July business case's cover sheet on its meeting page, "N/A" kept.
	 */
	@Test
	void boardPagesShowTermsOfReferenceReportingLinesAndRisksAndTheMeetingPageItsPapers() throws IOException {
		open("/boards/board-brackenford-hwb");
		String hwb = find(By.tagName("main")).getText();
		assertThat(hwb).contains("Terms of reference").contains("Adopted 18 July 2024; established 1 April 2013")
			.contains("Oversight of the Better Care Fund").contains("Declarations of interest")
			.contains("Brackenford Better Care Fund Pooled Budget Board reports to this board: Quarterly BCF returns");
		open("/boards/board-bcf");
		String bcf = find(By.tagName("main")).getText();
		assertThat(bcf).contains("Risk register").contains("Reports to Brackenford Health and Wellbeing Board")
			.contains("Demand for discharge packages exceeds the pooled budget").contains("Laura Pemberton")
			.contains("Head of Housing Services").contains("At or above 15");
		screenshot("board-bcf");
		open("/meetings/meeting-bcf-2025-07-10");
		assertThat(item("3")).contains("Paper: Discharge to assess: business case for additional beds (BCF/25/11)")
			.contains("Signed off by (Finance): R. Patel, Deputy Section 151 Officer, 27 June 2025")
			.contains("Signed off by (Legal): N/A")
			.contains("Considered before by Kestrel ICB Finance and Performance Committee on 26 June 2025 (supported)");
	}

	@Test
	void theMeetingPageShowsWhoMustWithdrawTheUndeclaredConflictAndTheQuorumItemByItem() throws IOException {
		open("/meetings/meeting-jsc-2025-09-18");
		assertThat(find(By.tagName("h1")).getText()).contains("18 September 2025");
		assertThat(item("3")).contains("Conflicts not declared at the meeting").contains("Dr Priya Shah")
			.contains("Non-Executive Director");
		assertThat(item("2")).contains("Not quorate").contains("Eastwater: 2 present, 3 required")
			.contains("Taken without a quorum");
		assertThat(item("5")).contains("Not quorate");
		assertThat(item("1")).doesNotContain("Not quorate");
		assertThat(item("4")).contains("Dispensation granted by Brackenford Council (Monitoring Officer) ignored: "
				+ "it ended on 2025-03-31");
		assertThat(item("4")).contains("Quorate").contains("Noted, not a conflict").contains("Cllr Rosa Lindqvist")
			.contains("Registered patient: being a patient")
			.contains("Possible conflicts, to check with the member").contains("Ashgrove Residents' Association");
		screenshot("meeting-public");
		browser.executeScript("arguments[0].scrollIntoView()", find(By.id("item-2")));
		screenshot("meeting-items");
	}

	@Test
	void anOfficerSignsInWithTheFormAndFindsTheMeetingFromTheHomePage() throws IOException {
		signIn("officer");
		assertThat(find(By.className("hub-user")).getText()).contains("Signed in as officer");
		screenshot("home");

		find(By.linkText("Brackenford and Eastwater Joint Health and Wellbeing Sub-Committee")).click();
		heading("Brackenford and Eastwater Joint Health and Wellbeing Sub-Committee");
		screenshot("board");
		List<WebElement> meetings = browser.findElements(By.cssSelector("tbody a"));
		meetings.stream().filter(a -> a.getAttribute("href").endsWith("/meetings/meeting-jsc-2025-09-18")).findFirst()
			.orElseThrow().click();
		assertThat(item("3")).contains("Dr Priya Shah");
		screenshot("meeting-officer");
	}

	@Test
	void aPersonsRegisterIsRedactedForThePublicAndWholeForAnOfficer() throws IOException {
		open("/people/person-david-kowalczyk");
		String register = find(By.className("register")).getText();
		assertThat(register).contains("Withheld from publication").doesNotContain("Details withheld")
			.doesNotContain("Sensitive interest");
		assertThat(browser.getPageSource()).doesNotContain("Sensitive interest");
		screenshot("person-public");

		signIn("officer");
		open("/people/person-david-kowalczyk");
		assertThat(find(By.className("register")).getText())
			.contains("Details withheld (sensitive interest)");
		screenshot("person-officer");
	}

	/**
	 * An officer keeps a register current from the person's page: a declaration dated only to its month is held and
	 * shown so, an organisation the hub does not hold is refused by name with nothing written, and an interest ends.
	 */
	@Test
	void anOfficerDeclaresAndEndsAnInterestFromThePersonsPage() throws IOException {
		open("/people/person-tomas-brennan");
		assertThat(browser.findElements(By.id("declare-interest"))).as("the public cannot declare").isEmpty();
		signIn("officer");
		open("/people/person-tomas-brennan");
		long before = single("MATCH (i:Interest)-[:DECLARED_BY]->(:Person {id: 'person-tomas-brennan'}) "
				+ "RETURN count(i) AS n", "n").asLong();
		find(By.tagName("summary")).click();
		find(By.id("int-organisation")).sendKeys("Kestrel Homecare Limited");
		find(By.id("int-nature")).sendKeys("Trustee");
		new Select(find(By.id("int-type"))).selectByValue("NON_FINANCIAL_PERSONAL");
		find(By.id("int-declared")).sendKeys("April 2024");
		find(By.id("int-action")).sendKeys("Withdraws from items on home care contracts");
		find(By.id("int-declared")).submit();
		assertThat(find(By.className("notice")).getText()).isEqualTo("Interest declared.");
		WebElement row = browser.findElements(By.cssSelector(".register tbody tr")).stream()
			.filter(r -> r.getText().contains("Trustee")).findFirst().orElseThrow();
		assertThat(row.getText()).contains("Kestrel Homecare Ltd").contains("April 2024").doesNotContain("1 April")
			.contains("Managed: Withdraws from items on home care contracts");

		find(By.tagName("summary")).click();
		find(By.id("int-organisation")).sendKeys("Kestrel Homecare Group");
		find(By.id("int-nature")).sendKeys("Director");
		find(By.id("int-nature")).submit();
		assertThat(find(By.className("error-summary")).getText())
			.contains("\"Kestrel Homecare Group\" is not an organisation the hub holds");
		assertThat(single("MATCH (i:Interest)-[:DECLARED_BY]->(:Person {id: 'person-tomas-brennan'}) "
				+ "RETURN count(i) AS n", "n").asLong()).isEqualTo(before + 1);

		row = browser.findElements(By.cssSelector(".register tbody tr")).stream()
			.filter(r -> r.getText().contains("Trustee")).findFirst().orElseThrow();
		WebElement ended = row.findElement(By.cssSelector("input[name=validTo]"));
		browser.executeScript("arguments[0].value = '2024-12-31'", ended);
		ended.submit();
		assertThat(find(By.className("notice")).getText()).isEqualTo("Interest ended: it held until 31 December 2024.");
		assertThat(find(By.tagName("main")).getText()).as("ended: not on today's register").doesNotContain("Trustee");
		assertThat(single("MATCH (i:Interest {nature: 'Trustee'})-[:DECLARED_BY]->(:Person {id: 'person-tomas-brennan'}) "
				+ "RETURN i.declaredOnPrecision + ' ' + toString(i.validTo) AS s", "s").asString())
			.isEqualTo("MONTH 2024-12-31");
		screenshot("person-register-entry");
	}

	@Test
	void aParticipantLeadsToTheirProfileAndItsOrganisations() {
		open("/meetings/meeting-jsc-2025-09-18");
		find(By.linkText("Dr Priya Shah")).click();
		heading("Dr Priya Shah");
		find(By.linkText("Brackenford Hospital NHS Foundation Trust")).click();
		heading("Brackenford Hospital NHS Foundation Trust");
		assertThat(find(By.tagName("main")).getText()).contains("Dr Priya Shah");
	}

	/** One value read straight from the database: what the pages wrote, checked apart from what they show. */
	private org.neo4j.driver.Value single(String query, String column) {
		return this.driver.session().executeRead(tx -> tx.run(query).single().get(column));
	}

	/** Waits for the page whose heading this is (a click's navigation may still be under way). */
	private static void heading(String text) {
		try {
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("Expected the page \"" + text + "\" but " + browser.getCurrentUrl() + " shows:\n"
					+ browser.findElement(By.tagName("body")).getText(), ex);
		}
	}

	/** Signs in with the form and waits until the page after says so. */
	private void signIn(String user) {
		open("/login");
		find(By.id("username")).sendKeys(user);
		find(By.id("password")).sendKeys(user);
		find(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.className("hub-user"), "Signed in as " + user));
	}

	@Test
	void theSearchBoxFindsANameSpeltRoughly() throws IOException {
		open("/");
		find(By.id("q")).sendKeys("brackenford hospitl");
		find(By.cssSelector(".hub-search button")).click();
		assertThat(find(By.className("results")).getText())
			.contains("Brackenford Hospital NHS Foundation Trust");
		screenshot("search");
	}

	@Test
	void anUnknownMeetingIsAPlainNotFound() {
		open("/meetings/no-such-meeting");
		heading("This page cannot be shown");
		assertThat(browser.getPageSource()).contains("There is no meeting with id no-such-meeting");
	}


	@Test
	void theExplorerRunsFromTheJarAndAnswersAsTheSignedInOfficer() throws IOException {
		signIn("officer");
		open("/graphiql");
		find(By.className("graphiql-container"));
		for (WebElement asset : browser.findElements(By.cssSelector("script[src], link[href]"))) {
			String address = (asset.getAttribute("src") != null) ? asset.getAttribute("src") : asset.getAttribute("href");
			assertThat(address).as("every asset from the hub itself").startsWith("http://localhost:" + this.port + "/");
		}
		find(By.className("graphiql-execute-button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.className("result-window"), "Brackenford Health and Wellbeing Board"));
		screenshot("explorer");
	}

	@Test
	void aBoardsRegisterIsFilteredRedactedForThePublicAndDownloadable() throws IOException {
		open("/registers?boardId=board-icb");
		heading("Register of interests: NHS Kestrel ICB Board");
		String register = find(By.className("register")).getText();
		assertThat(register).contains("David Kowalczyk").contains("Details withheld").doesNotContain("(sensitive interest)");
		screenshot("register-public");

		signIn("officer");
		open("/registers?boardId=board-icb");
		assertThat(find(By.className("register")).getText()).contains("Details withheld (sensitive interest)")
			.contains("Non financial personal interest");
		find(By.id("filter-q")).sendKeys("kowalczyk");
		find(By.cssSelector(".filters button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("q=kowalczyk"));
		assertThat(browser.findElements(By.cssSelector(".register tbody tr")))
			.allSatisfy(row -> assertThat(row.getText()).contains("David Kowalczyk"));
		String csv = find(By.linkText("CSV")).getAttribute("href");
		assertThat(csv).contains("/api/registers?boardId=board-icb").endsWith("format=csv");
		screenshot("register-officer");
	}

	@Test
	void anOfficerChecksARegisterBeforeApplyingItThenMergesTheDuplicateItSuggests() throws IOException {
		signIn("officer");
		open("/imports");
		find(By.id("file")).sendKeys(Path.of("src/test/resources/imports/register-messy.csv").toAbsolutePath().toString());
		find(By.id("source")).sendKeys("Riverside register of interests, 2025");
		find(By.cssSelector(".import-form button[type=submit]")).click();
		heading("Check before importing");
		assertThat(find(By.className("error-summary")).getText()).contains("2 row(s) could not be read");
		List<String> lines = browser.findElements(By.cssSelector(".report-lines tbody tr")).stream()
			.map(WebElement::getText).toList();
		assertThat(lines.get(0)).startsWith("20 Failed").contains("Gifts and hospitality");
		assertThat(lines.get(2)).contains("Guessed");
		assertThat(lines.get(lines.size() - 1)).doesNotContain("Guessed").doesNotContain("Failed");
		assertThat(single("MATCH (o:Organisation {name: 'Riverside Council'}) RETURN count(o) AS n", "n").asLong())
			.as("a dry run writes nothing").isZero();
		screenshot("import-dry-run");

		find(By.name("skipBadRows")).click();
		find(By.cssSelector(".apply button")).click();
		heading("Import report");
		assertThat(find(By.tagName("main")).getText()).contains("Applied");
		open("/imports");
		assertThat(find(By.tagName("table")).getText()).contains("register-messy.csv").contains("Applied");
		screenshot("imports");

		open("/duplicates?kind=ORGANISATION");
		WebElement pair = browser.findElements(By.className("candidate")).stream()
			.filter(c -> c.getText().contains("Riverside Council")).findFirst().orElseThrow();
		pair.findElement(By.name("reason")).sendKeys("Same council: the register shortens its name");
		screenshot("duplicates");
		pair.findElement(By.cssSelector("button[value=first]")).click();
		assertThat(find(By.className("notice")).getText()).contains("Merged");
		assertThat(single("MATCH (o:Organisation) WHERE o.name IN ['Riverside Council', 'Riverside Borough Council'] "
				+ "RETURN count(o) AS n", "n").asLong()).isEqualTo(1);
		assertThat(single("MATCH (c:ChangeRecord {operation: 'merge'}) RETURN c.actor AS actor", "actor")
			.asString()).as("the audit trail names the officer who merged").isEqualTo("officer");
	}

	@Test
	void anOfficerRecordsAWholeMeetingInAFewScreens() throws IOException {
		signIn("officer");
		open("/meetings/new?boardId=board-joint-hwb");
		browser.executeScript("arguments[0].value = '2026-01-15'", find(By.id("date")));
		find(By.id("title")).sendKeys("Extraordinary meeting");
		find(By.cssSelector("main form button[type=submit]")).click();
		heading("Record the meeting: Brackenford and Eastwater Joint Health and Wellbeing Sub-Committee, 15 January 2026");

		find(By.id("number")).sendKeys("1");
		find(By.id("item-title")).sendKeys("Acute services contract variation");
		new Select(find(By.id("purpose"))).selectByValue("DECISION");
		find(By.id("concerns")).sendKeys("Brackenford Hospital NHS Foundation Trust");
		find(By.cssSelector("#item-title")).submit();
		assertThat(find(By.className("notice")).getText()).contains("Item 1 added");

		find(By.id("attendance-text")).sendKeys("""
				PRESENT:
				Cllr Rosa Lindqvist (in the Chair)
				Dr Priya Shah - Kestrel ICB
				Tomas Brennan
				Dr Niamh Callaghan

				APOLOGIES:
				Cllr Peter Watts""");
		find(By.id("attendance-text")).submit();
		heading("Check before importing");
		find(By.cssSelector(".apply button")).click();
		heading("Import report");

		assertThat(find(By.tagName("main")).getText()).contains("Applied");
		String id = single("MATCH (m:Meeting {date: date('2026-01-15')}) RETURN m.id AS id", "id").asString();
		open("/meetings/" + id + "/edit");
		find(By.id("agenda-text")).sendKeys("""
				AGENDA
				1.  Acute services contract variation
				2.  Winter Plan 2025/26 (For approval)
				    Lead: Jo Marsh, Director of Operations""");
		find(By.id("agenda-text")).submit();
		heading("Check before importing");
		assertThat(find(By.className("report-lines")).getText()).contains("already held").contains("for decision");
		find(By.cssSelector(".apply button")).click();
		heading("Import report");
		open("/meetings/" + id + "/edit");
		assertThat(find(By.cssSelector("#items ~ table")).getText()).contains("Winter Plan 2025/26 Decision");
		new Select(find(By.id("decl-person"))).selectByVisibleText("Dr Priya Shah");
		find(By.id("decl-nature")).sendKeys("Non-Executive Director of Brackenford Hospital");
		find(By.id("decl-nature")).submit();
		assertThat(find(By.className("notice")).getText()).contains("Declaration recorded");
		find(By.id("dec-text")).sendKeys("Variation approved");
		find(By.id("dec-text")).submit();
		assertThat(find(By.className("notice")).getText()).contains("Decision recorded");
		new Select(find(By.id("move-person"))).selectByVisibleText("Tomas Brennan");
		new Select(find(By.id("move-timing"))).selectByValue("AFTER");
		new Select(find(By.id("move-item"))).selectByVisibleText("1. Acute services contract variation");
		find(By.id("move-words")).sendKeys("Mr Brennan left the meeting after item 1.");
		find(By.id("move-words")).submit();
		assertThat(find(By.className("notice")).getText()).contains("Recorded");
		assertThat(find(By.id("movements")).findElement(By.xpath("following-sibling::ul")).getText())
			.contains("Tomas Brennan left after item 1. Minuted: Mr Brennan left the meeting after item 1.");
		screenshot("meeting-entry");

		open("/meetings/" + id);
		assertThat(item("1")).contains("Dr Priya Shah").contains("Declared at the meeting").contains("Variation approved");
		assertThat(item("2")).contains("(decision)").contains("Lead: Jo Marsh, Director of Operations")
			.contains("Not there for the whole item").contains("Tomas Brennan: not there for it");
		assertThat(item("1")).doesNotContain("Not there for the whole item");
		assertThat(find(By.className("participants")).getText()).contains("Dr Niamh Callaghan")
			.as("apologies sent: not a participant").doesNotContain("Peter Watts");
	}

	@Test
	void aDecisionsAuthorityIsDrawnLinkByLinkForAnAuditor() throws IOException {
		signIn("auditor");
		open("/authority?since=2025-01-01");
		find(By.linkText("Community services contract with Eastwater Community Health extended to 31 March 2027")).click();
		heading("By what authority");
		assertThat(find(By.className("verdict")).getText()).contains("Delegation expired");
		assertThat(find(By.tagName("main")).getText()).contains("The decision itself").contains("Taken without a quorum");
		List<WebElement> chains = browser.findElements(By.className("authority-chain"));
		assertThat(chains).hasSize(2);
		assertThat(chains.get(1).getText()).contains("Eastwater Health and Wellbeing Board delegated to")
			.contains("Delegation expired");
		screenshot("authority");
	}

	@Test
	void aProfileDrawsItsConnectionsAndFindsTheRouteToAnother() throws IOException {
		open("/people/person-priya-shah");
		WebElement graph = find(By.id("graph"));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> graph.getAttribute("data-drawn") != null);
		assertThat(Integer.parseInt(graph.getAttribute("data-drawn"))).isGreaterThan(3);
		assertThat(browser.findElements(By.tagName("canvas"))).isNotEmpty();
		browser.executeScript("arguments[0].scrollIntoView()", graph);
		screenshot("person-graph");

		find(By.id("to")).sendKeys("Eastwater Council");
		find(By.id("to")).submit();
		heading("Connections");
		assertThat(find(By.className("routes")).getText()).contains("Dr Priya Shah").contains("Eastwater Council");
		screenshot("connections");
	}

}
