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
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.partnershiphub.db.CypherScript;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (Debian's chromium and chromium-driver; .ci/run installs them), on the demo
 * partnership: the September 2025 joint sub-committee shows the undeclared NED on item 3 and the quorum lost on items
 * 2 and 5, to the public and to a signed-in officer alike, and the links lead there from the home page. A screenshot
 * of each page is written under target/screenshots for review.
 */
@IntegrationTest
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
		return browser.findElement(By.id("item-" + number)).getText();
	}

	@Test
	void theMeetingPageShowsWhoMustWithdrawTheUndeclaredConflictAndTheQuorumItemByItem() throws IOException {
		open("/meetings/meeting-jsc-2025-09-18");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("18 September 2025");
		assertThat(item("3")).contains("Conflicts not declared at the meeting").contains("Dr Priya Shah")
			.contains("Non-Executive Director");
		assertThat(item("2")).contains("Not quorate").contains("Eastwater: 2 present, 3 required");
		assertThat(item("5")).contains("Not quorate");
		assertThat(item("1")).doesNotContain("Not quorate");
		assertThat(item("4")).contains("Quorate");
		screenshot("meeting-public");
	}

	@Test
	void anOfficerSignsInWithTheFormAndFindsTheMeetingFromTheHomePage() throws IOException {
		signIn("officer");
		assertThat(browser.findElement(By.className("hub-user")).getText()).contains("Signed in as officer");
		screenshot("home");

		browser.findElement(By.linkText("Brackenford and Eastwater Joint Health and Wellbeing Sub-Committee")).click();
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
		String register = browser.findElement(By.className("register")).getText();
		assertThat(register).contains("Withheld from publication").doesNotContain("Details withheld")
			.doesNotContain("Sensitive interest");
		assertThat(browser.getPageSource()).doesNotContain("Sensitive interest");
		screenshot("person-public");

		signIn("officer");
		open("/people/person-david-kowalczyk");
		assertThat(browser.findElement(By.className("register")).getText())
			.contains("Details withheld (sensitive interest)");
		screenshot("person-officer");
	}

	@Test
	void aParticipantLeadsToTheirProfileAndItsOrganisations() {
		open("/meetings/meeting-jsc-2025-09-18");
		browser.findElement(By.linkText("Dr Priya Shah")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dr Priya Shah");
		browser.findElement(By.linkText("Brackenford Hospital NHS Foundation Trust")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Brackenford Hospital NHS Foundation Trust");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Dr Priya Shah");
	}

	private void signIn(String user) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(user);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	@Test
	void theSearchBoxFindsANameSpeltRoughly() throws IOException {
		open("/");
		browser.findElement(By.id("q")).sendKeys("brackenford hospitl");
		browser.findElement(By.cssSelector(".hub-search button")).click();
		assertThat(browser.findElement(By.className("results")).getText())
			.contains("Brackenford Hospital NHS Foundation Trust");
		screenshot("search");
	}

	@Test
	void anUnknownMeetingIsAPlainNotFound() {
		open("/meetings/no-such-meeting");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This page cannot be shown");
		assertThat(browser.getPageSource()).contains("There is no meeting with id no-such-meeting");
	}

}
