package org.partnershiphub.budget;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.imports.ImportReport;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.imports.ImportService;
import org.partnershiphub.imports.ImportService.Options;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Better Care Fund finance report as the pooled budget board receives it: lines in £000s, brackets for
 * underspends, a total row, the month in the title. "Which lines are forecast to overspend at Month 6, and by how
 * much?"
 */
@IntegrationTest
class BudgetTests extends GraphTestSupport {

	private static final String MONTH_6 = """
			Brackenford BCF - Finance report, Month 6 2025/26
			Scheme,Annual Budget £000,Actual to date £000,Forecast outturn £000,Variance £000
			Disabled Facilities Grant,"2,100",980,"2,350",250
			Carers' support,640,300,610,(30)
			Hospital discharge,"1,500",812,"1,580",80
			Reablement,900,-,,
			Total,"5,140","2,092","4,540",300
			""";

	@Autowired
	ImportService imports;

	private String fund;

	@BeforeEach
	void aBetterCareFund() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String council = fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		String agreement = fixtures.create("recordAgreement", map("reference", "S75-BRK-BCF", "title",
				"Brackenford BCF", "purposes", List.of("POOLED_BUDGET"), "startDate", "2023-04-01", "status", "ACTIVE"),
				"agreement");
		fixtures.create("addAgreementParty", map("agreementId", agreement, "organisationId", council, "role", "HOST"),
				"agreementParty");
		this.fund = fixtures.create("addPooledFund", map("agreementId", agreement, "name", "Brackenford BCF Pool"),
				"pooledFund");
	}

	@Test
	void whichLinesAreForecastToOverspendAtMonthSix() {
		// The month is the title's: "Finance report, Month 6 2025/26".
		ImportReport report = importBudget(MONTH_6, null);
		assertThat(report.status()).isEqualTo(Status.APPLIED);
		assertThat(report.lines()).extracting(ImportReport.ReportLine::outcome)
			.containsExactly(Outcome.IMPORTED, Outcome.IMPORTED, Outcome.IMPORTED, Outcome.IMPORTED, Outcome.SKIPPED);
		this.graphQl.document("query($fund: ID!) { budgetLines(pooledFundId: $fund, month: \"September 2025\", "
				+ "minForecastOverspend: \"50000\") { name financialYear position(month: \"M6 25/26\") { monthLabel "
				+ "annualBudget forecast variance forecastOverspend } } }")
			.variable("fund", this.fund)
			.execute()
			.path("budgetLines[*].name").entityList(String.class)
			.containsExactly("Disabled Facilities Grant", "Hospital discharge")
			.path("budgetLines[0].financialYear").entity(String.class).isEqualTo("2025/26")
			.path("budgetLines[0].position.monthLabel").entity(String.class)
			.isEqualTo("Month 6 2025/26 (September 2025)")
			.path("budgetLines[0].position.annualBudget").entity(String.class).isEqualTo("2100000.00")
			.path("budgetLines[0].position.forecastOverspend").entity(String.class).isEqualTo("250000.00");
		// The underspend keeps its printed sign; a line with no forecast has no worked-out overspend.
		this.graphQl.document("query($fund: ID!) { budgetLines(pooledFundId: $fund) { name position { variance "
				+ "forecastOverspend actualToDate } } }")
			.variable("fund", this.fund)
			.execute()
			.path("budgetLines[0].name").entity(String.class).isEqualTo("Carers' support")
			.path("budgetLines[0].position.variance").entity(String.class).isEqualTo("-30000.00")
			.path("budgetLines[0].position.forecastOverspend").entity(String.class).isEqualTo("-30000.00");
	}

	@Test
	void theSameReportTwiceChangesNothingAndMonthSevenAddsPositions() {
		importBudget(MONTH_6, "Month 6 2025/26");
		importBudget(MONTH_6, "Month 6 2025/26");
		assertThat(count("MATCH (l:BudgetLine) RETURN count(l)")).isEqualTo(4);
		assertThat(count("MATCH (p:BudgetPosition) RETURN count(p)")).isEqualTo(4);
		importBudget("Line,Month,Budget,Forecast\nDisabled Facilities Grant,October 2025,2100000,2400000\n", null);
		assertThat(count("MATCH (l:BudgetLine) RETURN count(l)")).isEqualTo(4);
		assertThat(count("MATCH (:BudgetLine {name: 'Disabled Facilities Grant'})<-[:POSITION_OF]-(p) RETURN count(p)"))
			.isEqualTo(2);
	}

	@Test
	void anAmountThatIsNotAnAmountFailsItsRowAndAFileWithNoMonthIsRefused() {
		ImportReport bad = importBudget("Scheme,Budget,Forecast\nCarers,640,six hundred\n", "Month 6 2025/26");
		assertThat(bad.status()).isEqualTo(Status.REJECTED);
		assertThat(bad.lines()).extracting(ImportReport.ReportLine::message)
			.containsExactly("Forecast: \"six hundred\" is not an amount");
		ImportReport undated = importBudget("Scheme,Budget,Forecast\nCarers,640,610\n", null);
		assertThat(undated.status()).isEqualTo(Status.REJECTED);
		assertThat(undated.error()).contains("no Month column");
		assertThat(count("MATCH (n) WHERE n:BudgetLine OR n:BudgetPosition RETURN count(n)")).isZero();
	}

	@Test
	void aPositionByMutation() {
		this.graphQl.document("mutation($input: ReportBudgetPositionInput!) { reportBudgetPosition(input: $input) { "
				+ "budgetLine { name } position { forecastOverspend } userErrors { field } } }")
			.variable("input", Map.of("pooledFundId", this.fund, "line", "Reablement", "month", "2025-09",
					"annualBudget", "900000", "forecast", "960000"))
			.execute()
			.path("reportBudgetPosition.position.forecastOverspend").entity(String.class).isEqualTo("60000.00");
		this.graphQl.document("mutation($input: ReportBudgetPositionInput!) { reportBudgetPosition(input: $input) { "
				+ "userErrors { field } } }")
			.variable("input", Map.of("pooledFundId", this.fund, "line", "Reablement", "month", "Month 6"))
			.execute()
			.path("reportBudgetPosition.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("month", "forecast");
	}

	private ImportReport importBudget(String csv, String month) {
		return this.imports.importBudget(csv.getBytes(StandardCharsets.UTF_8), "finance.csv", this.fund, month,
				new Options("BCF finance report", false, false, true, Map.of(), "officer"));
	}

}
