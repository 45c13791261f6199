package org.partnershiphub.paper;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cover sheet as printed: "Report of: Director of Adult Social Care. Author: J. Okafor. Presented by: the Chief
 * Finance Officer. Sign-off: Finance - R. Patel, 3 March; Legal - N/A. For sign-off / confirmation. Previously
 * considered by: Finance and Performance Committee, 20 February 2025 (endorsed)."
 */
@IntegrationTest
class PaperTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String item;

	private String director;

	private String financeCommittee;

	@BeforeEach
	void anItemOnTheIcbBoardsAgenda() {
		this.fixtures = new Fixtures(this.graphQl);
		String icb = this.fixtures.organisation("Kestrel ICB", "INTEGRATED_CARE_BOARD");
		String board = this.fixtures.board("Kestrel ICB Board", "ICB_BOARD", icb);
		this.financeCommittee = this.fixtures.board("Finance and Performance Committee", "ICB_COMMITTEE", board);
		String meeting = this.fixtures.create("scheduleMeeting", map("boardId", board, "date", "2025-03-13"), "meeting");
		this.item = this.fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "7", "title",
				"Better Care Fund plan 2025/26", "purpose", "DECISION"), "agendaItem");
		this.director = this.fixtures.person("Helen", "Marsh");
	}

	@Test
	void whoSignedOffThisPaperAndWhereDidItGoBefore() {
		String paper = this.fixtures.write("recordPaper", map("agendaItemId", this.item, "title",
				"Better Care Fund plan 2025/26", "reference", "ICB/25/114", "purposeAsPublished",
				"For sign-off / confirmation", "contributors", List.of(
						map("role", "LEAD", "personId", this.director, "post", "Director of Adult Social Care"),
						map("role", "AUTHOR", "name", "J. Okafor"),
						map("role", "PRESENTER", "post", "Chief Finance Officer"),
						map("role", "SIGNED_OFF_BY", "capacity", "Finance", "name", "R. Patel", "on", "2025-03-03"),
						map("role", "SIGNED_OFF_BY", "capacity", "Legal", "notApplicable", true)),
				"previouslyConsidered", List.of(map("boardId", this.financeCommittee, "on", "2025-02-20", "outcome",
						"endorsed"))), "paper");
		this.graphQl.document("{ paper(id: \"" + paper + "\") { purpose purposeAsPublished agendaItem { number } "
				+ "signedOff: contributors(role: SIGNED_OFF_BY) { capacity nameAsWritten notApplicable on person { id } } "
				+ "lead: contributors(role: LEAD) { nameAsWritten post person { displayName } } "
				+ "previouslyConsidered { board { name } on outcome } } }")
			.execute()
			.path("paper.purpose").entity(String.class).isEqualTo("SIGN_OFF")
			.path("paper.agendaItem.number").entity(String.class).isEqualTo("7")
			.path("paper.signedOff[*].capacity").entityList(String.class).containsExactly("Finance", "Legal")
			.path("paper.signedOff[0].nameAsWritten").entity(String.class).isEqualTo("R. Patel")
			.path("paper.signedOff[0].on").entity(String.class).isEqualTo("2025-03-03")
			.path("paper.signedOff[0].person").valueIsNull()
			.path("paper.signedOff[1].notApplicable").entity(Boolean.class).isEqualTo(true)
			.path("paper.signedOff[1].nameAsWritten").valueIsNull()
			.path("paper.lead[0].person.displayName").entity(String.class).isEqualTo("Helen Marsh")
			.path("paper.lead[0].nameAsWritten").entity(String.class).isEqualTo("Helen Marsh")
			.path("paper.previouslyConsidered[0].board.name").entity(String.class)
			.isEqualTo("Finance and Performance Committee")
			.path("paper.previouslyConsidered[0].outcome").entity(String.class).isEqualTo("endorsed");
		// From the person: the papers she is named on.
		this.graphQl.document("{ node(id: \"" + this.director + "\") { ... on Person { papers { reference } } } }")
			.execute()
			.path("node.papers[*].reference").entityList(String.class).containsExactly("ICB/25/114");
	}

	@Test
	void aCoverSheetRowThatNamesNobodyIsRefusedWithItsFieldAndNothingIsWritten() {
		this.graphQl.document("mutation($input: RecordPaperInput!) { recordPaper(input: $input) { userErrors { field "
				+ "code } } }")
			.variable("input", map("agendaItemId", this.item, "title", "BCF plan", "contributors", List.of(
					map("role", "AUTHOR", "name", "J. Okafor"), map("role", "SIGNED_OFF_BY", "capacity", "Finance"),
					map("role", "SIGNED_OFF_BY", "notApplicable", true, "personId", this.director))))
			.execute()
			.path("recordPaper.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("contributors[1].name", "contributors[2].notApplicable");
		assertThat(count("MATCH (n) WHERE n:Paper OR n:Contributor RETURN count(n)")).isZero();
	}

}
