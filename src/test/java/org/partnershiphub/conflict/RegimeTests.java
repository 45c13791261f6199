package org.partnershiphub.conflict;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.imports.ImportService;
import org.partnershiphub.imports.ImportService.Options;
import org.partnershiphub.interest.Regime;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same register words under two regimes: "Pecuniary Interest" on a council's register is a disclosable pecuniary
 * interest, so its member withdraws even from an item for noting; on an NHS body's register it is a financial
 * interest, declared on an item for noting. The type as declared is kept either way. An NHS body's employee is noted,
 * not conflicted, on a routine item about the employer, and withdraws from a decision about it.
 */
@IntegrationTest
class RegimeTests extends GraphTestSupport {

	@Autowired
	ImportService imports;

	@Test
	void aRegistersWordsAreReadByItsRegimeAndTheActionsFollow() {
		Fixtures fixtures = new Fixtures(this.graphQl);
		String council = fixtures.organisation("Northmere Council", "LOCAL_AUTHORITY");
		String trust = fixtures.organisation("Northmere Community Health NHS Trust", "NHS_TRUST");
		String board = fixtures.board("Northmere Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD", council);
		String councillor = fixtures.person("Ines", "Vale");
		String director = fixtures.person("Owen", "Marr");
		String employee = fixtures.person("Priya", "Dunn");
		for (String person : List.of(councillor, director, employee)) {
			fixtures.create("appointMember", map("personId", person, "boardId", board, "role", "MEMBER", "voting", true,
					"from", "2024-01-01"), "membership");
		}
		String header = "Forename,Surname,Date of Declaration,Nature of Business / Organisation,Nature of Interest,Type of interest\n";
		assertThat(this.imports.importRegister((header + "Ines,Vale,01/04/2025,Northmere Community Health NHS Trust,"
				+ "Non-executive director,Pecuniary Interest\n").getBytes(StandardCharsets.UTF_8), "council.csv",
				options("Northmere Council register of members' interests", Regime.LOCAL_GOVERNMENT)).status())
			.isEqualTo(Status.APPLIED);
		assertThat(this.imports.importRegister((header + "Owen,Marr,01/04/2025,Northmere Community Health NHS Trust,"
				+ "Non-executive director,Pecuniary Interest\nPriya,Dunn,01/04/2025,Northmere Community Health NHS Trust,"
				+ "Employee - Head of Nursing,Financial\n").getBytes(StandardCharsets.UTF_8), "icb.csv",
				options("ICB register of interests", Regime.NHS)).status())
			.isEqualTo(Status.APPLIED);

		String meeting = fixtures.create("scheduleMeeting", map("boardId", board, "date", "2025-06-01"), "meeting");
		fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "1", "title", "Community health: quarterly "
				+ "performance", "purpose", "NOTING", "concernsIds", List.of(trust)), "agendaItem");
		this.graphQl.document("{ meetingConflicts(meetingId: \"" + meeting + "\") { items { conflicts { "
				+ "person { displayName } interestType interest { typeAsDeclared } action } } } }")
			.execute()
			.path("meetingConflicts.items[0].conflicts[*].person.displayName").entityList(String.class)
			.containsExactly("Owen Marr", "Ines Vale")
			.path("meetingConflicts.items[0].conflicts[*].interestType").entityList(String.class)
			.containsExactly("FINANCIAL", "DISCLOSABLE_PECUNIARY")
			.path("meetingConflicts.items[0].conflicts[*].interest.typeAsDeclared").entityList(String.class)
			.containsExactly("Pecuniary Interest", "Pecuniary Interest")
			.path("meetingConflicts.items[0].conflicts[*].action").entityList(String.class)
			.containsExactly("DECLARE_AND_PARTICIPATE", "WITHDRAW");

		// The trust's employee is noted, not conflicted, on the item for noting; on a decision about her employer she
		// withdraws.
		fixtures.create("addAgendaItem", map("meetingId", meeting, "number", "2", "title", "Community health contract "
				+ "extension", "purpose", "DECISION", "concernsIds", List.of(trust)), "agendaItem");
		this.graphQl.document("{ meetingConflicts(meetingId: \"" + meeting + "\") { items { item { number } noted { "
				+ "person { displayName } dismissedBy } conflicts { person { displayName } action } } } }")
			.execute()
			.path("meetingConflicts.items[0].noted[*].person.displayName").entityList(String.class)
			.containsExactly("Priya Dunn")
			.path("meetingConflicts.items[0].noted[0].dismissedBy").entity(String.class)
			.satisfies(rule -> assertThat(rule).startsWith("Employee on a routine item: "))
			.path("meetingConflicts.items[1].noted").entityList(Object.class).hasSize(0)
			.path("meetingConflicts.items[1].conflicts[?(@.person.displayName == 'Priya Dunn')].action")
			.entityList(String.class).containsExactly("WITHDRAW");

		this.graphQl.document("mutation($input: DeclareInterestInput!) { declareInterest(input: $input) { "
				+ "interest { type typeAsDeclared } userErrors { message } } }")
			.variable("input", map("personId", director, "organisationId", council, "typeAsDeclared",
					"Pecuniary interest", "nature", "Spouse's employer", "regime", "NHS"))
			.execute()
			.path("declareInterest.interest.type").entity(String.class).isEqualTo("FINANCIAL");
	}

	private static Options options(String source, Regime regime) {
		return new Options(source, false, false, true, Map.of(), "officer", regime);
	}

}
