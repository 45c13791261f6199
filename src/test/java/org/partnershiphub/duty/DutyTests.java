package org.partnershiphub.duty;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

/**
 * "Before the start of each financial year, an integrated care board and its partner NHS trusts must prepare a joint
 * forward plan (NHS Act 2006 s.14Z52, inserted by the Health and Care Act 2022), and share a draft with each health
 * and wellbeing board." What is due, by when, and who holds it?
 */
@IntegrationTest
class DutyTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String icb;

	private String trust;

	@BeforeEach
	void anIcbAndATrust() {
		this.fixtures = new Fixtures(this.graphQl);
		this.icb = this.fixtures.organisation("Kestrel ICB", "INTEGRATED_CARE_BOARD");
		this.trust = this.fixtures.organisation("Brackenford Hospitals NHS Foundation Trust", "NHS_FOUNDATION_TRUST");
	}

	@Test
	void whatIsDueByWhenAndWhoHoldsIt() {
		String plan = this.fixtures.write("recordDuty", map("title", "Prepare a joint forward plan", "legislation",
				"NHS Act 2006 s.14Z52 (Health and Care Act 2022)", "holderIds", List.of(this.icb, this.trust),
				"deadlines", List.of(
						map("due", "2025-03-31", "description", "Plan for 2025/26 to 2029/30 published"),
						map("due", "2026-01-01", "duePrecision", "MONTH", "description",
								"Draft shared with the health and wellbeing boards"),
						map("due", "2026-03-31", "description", "Plan reviewed for 2026/27"))), "duty");
		String first = this.graphQl.document("{ duty(id: \"" + plan + "\") { deadlines { id } } }").execute()
			.path("duty.deadlines[0].id").entity(String.class).get();
		this.fixtures.write("markDeadlineMet", map("deadlineId", first, "metOn", "2025-03-27"), "duty");
		this.graphQl.document("""
				query($icb: ID!) { duties(holderId: $icb, dueFrom: "2026-01-15", dueTo: "2026-03-31") {
				  title holders { ... on Organisation { name } }
				  nextDeadline(asOf: "2026-01-15") { due duePrecision latestDue description }
				  deadlines { metOn } } }""")
			.variable("icb", this.icb)
			.execute()
			.path("duties[*].title").entityList(String.class).containsExactly("Prepare a joint forward plan")
			.path("duties[0].holders[*].name").entityList(String.class)
			.containsExactly("Brackenford Hospitals NHS Foundation Trust", "Kestrel ICB")
			// January 2026, known only to the month: still open on the 15th.
			.path("duties[0].nextDeadline.due").entity(String.class).isEqualTo("2026-01-01")
			.path("duties[0].nextDeadline.duePrecision").entity(String.class).isEqualTo("MONTH")
			.path("duties[0].nextDeadline.latestDue").entity(String.class).isEqualTo("2026-01-31")
			.path("duties[0].deadlines[0].metOn").entity(String.class).isEqualTo("2025-03-27");
		// Nothing unmet falls in April 2025: the met deadline does not count.
		this.graphQl.document("{ duties(dueFrom: \"2025-03-01\", dueTo: \"2025-04-30\") { title } }").execute()
			.path("duties").entityList(Object.class).hasSize(0);
		this.graphQl.document("query($trust: ID!) { node(id: $trust) { ... on Organisation { duties { title } } } }")
			.variable("trust", this.trust).execute()
			.path("node.duties[*].title").entityList(String.class).containsExactly("Prepare a joint forward plan");
	}

	@Test
	void aRoughDateMustBeGivenAsItsFirstDayAndAnUnknownHolderIsNamed() {
		this.graphQl.document("mutation($input: RecordDutyInput!) { recordDuty(input: $input) { userErrors { field } } }")
			.variable("input", map("title", "Publish an annual report", "holderIds", List.of(this.icb, "nobody"),
					"deadlines", List.of(map("due", "2026-06-15", "duePrecision", "MONTH"))))
			.execute()
			.path("recordDuty.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("holderIds", "deadlines[0].due");
	}

}
