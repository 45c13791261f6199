package org.partnershiphub.remit;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

/**
 * A health and wellbeing board's terms of reference as a council's constitution gives them: its remit, what it is
 * responsible for ("the BCF and the STP"), its standing orders on interests and exempt items, and a new version
 * adopted later. What did the board's terms say on the date of a meeting, and who reports to it?
 */
@IntegrationTest
class RemitTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String hwb;

	private String bcfBoard;

	@BeforeEach
	void aHealthAndWellbeingBoardAndTheBcfBoard() {
		this.fixtures = new Fixtures(this.graphQl);
		String council = this.fixtures.organisation("Brackenford Council", "LOCAL_AUTHORITY");
		this.hwb = this.fixtures.board("Brackenford Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD", council);
		this.bcfBoard = this.fixtures.board("BCF Pooled Budget Board", "POOLED_BUDGET_BOARD", council);
	}

	@Test
	void theTermsInForceOnADateAndWhoReportsToTheBoard() {
		this.fixtures.write("adoptTermsOfReference", map("boardId", this.hwb, "adoptedOn", "2019-01-01",
				"adoptedOnPrecision", "YEAR", "establishedOn", "2013-04-01", "remit",
				"To improve the health and wellbeing of the people of Brackenford", "responsibilities",
				List.of("The Joint Strategic Needs Assessment", "The Better Care Fund", "The STP"), "standingOrders",
				List.of(map("topic", "DECLARATIONS_OF_INTEREST", "text",
						"A member with a disclosable pecuniary interest leaves the room for the item"),
						map("topic", "EXCLUSION_OF_PRESS_AND_PUBLIC", "text",
								"Press and public may be excluded for exempt items under Schedule 12A"))),
				"termsOfReference");
		this.fixtures.write("adoptTermsOfReference", map("boardId", this.hwb, "adoptedOn", "2024-07-18", "remit",
				"To lead the Brackenford place partnership", "responsibilities", List.of("The Better Care Fund")),
				"termsOfReference");
		this.fixtures.write("recordReportingLine", map("boardId", this.bcfBoard, "relation", "REPORTS_TO", "toId",
				this.hwb, "responsibilities", List.of("Quarterly BCF returns"), "validFrom", "2017-04-01"),
				"reportingLine");
		String query = "query($b: ID!, $on: Date) { node(id: $b) { ... on Board { termsOfReference(asOf: $on) { "
				+ "remit responsibilities adoptedOnPrecision establishedOn standingOrders { topic text } } "
				+ "termsOfReferenceHistory { adoptedOn } reportedToBy(asOf: $on) { board { name } relation "
				+ "responsibilities } } } }";
		this.graphQl.document(query).variable("b", this.hwb).variable("on", "2023-11-09").execute()
			.path("node.termsOfReference.remit").entity(String.class)
			.isEqualTo("To improve the health and wellbeing of the people of Brackenford")
			.path("node.termsOfReference.responsibilities").entityList(String.class).hasSize(3)
			.path("node.termsOfReference.adoptedOnPrecision").entity(String.class).isEqualTo("YEAR")
			.path("node.termsOfReference.standingOrders[*].topic").entityList(String.class)
			.containsExactly("DECLARATIONS_OF_INTEREST", "EXCLUSION_OF_PRESS_AND_PUBLIC")
			.path("node.termsOfReferenceHistory[*].adoptedOn").entityList(String.class)
			.containsExactly("2019-01-01", "2024-07-18")
			.path("node.reportedToBy[0].board.name").entity(String.class).isEqualTo("BCF Pooled Budget Board")
			.path("node.reportedToBy[0].responsibilities").entityList(String.class)
			.containsExactly("Quarterly BCF returns");
		this.graphQl.document(query).variable("b", this.hwb).variable("on", "2025-01-01").execute()
			.path("node.termsOfReference.remit").entity(String.class).isEqualTo("To lead the Brackenford place partnership");
		// Before the first terms were adopted (2019), none are known; the reporting line started in 2017.
		this.graphQl.document(query).variable("b", this.hwb).variable("on", "2016-06-01").execute()
			.path("node.termsOfReference").valueIsNull()
			.path("node.reportedToBy").entityList(Object.class).hasSize(0);
	}

	@Test
	void emptyTermsAndSelfReportingAreRefused() {
		this.graphQl.document("mutation { adoptTermsOfReference(input: {boardId: \"" + this.hwb + "\"}) { userErrors { "
				+ "field } } recordReportingLine(input: {boardId: \"" + this.hwb + "\", relation: REPORTS_TO, toId: \""
				+ this.hwb + "\"}) { userErrors { field } } }")
			.execute()
			.path("adoptTermsOfReference.userErrors[*].field[1]").entityList(String.class).containsExactly("remit")
			.path("recordReportingLine.userErrors[*].field[1]").entityList(String.class).containsExactly("toId");
	}

}
