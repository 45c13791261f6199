package org.partnershiphub.imports;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.partnershiphub.imports.Table.Row;
import org.partnershiphub.meeting.Decision.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolutions in the shapes minutes write them, generated: "RESOLVED: That ...", "RESOLVED - That the Board ...", "The
 * Sub-Committee AGREED ...", "It was RESOLVED that ...", with what was decided in the words ("be approved", "approves
 * ... subject to ...", "be deferred", "recommends to Cabinet", "not be approved", "be noted") or in none of them.
 */
class ResolutionsProperties {

	record Resolution(String text, Outcome outcome) {
	}

	@Provide
	Arbitrary<Resolution> resolutions() {
		Arbitrary<String> opening = Arbitraries.of("RESOLVED: That", "RESOLVED - That", "Resolved: that",
				"It was RESOLVED that", "RESOLVED that");
		Arbitrary<String> subject = Arbitraries.of("the Better Care Fund Plan 2025/26", "the minutes of the meeting "
				+ "held on 7 March 2025", "the Winter Plan", "the Pharmaceutical Needs Assessment", "the report");
		Arbitrary<Integer> which = Arbitraries.integers().between(0, 6);
		return Combinators.combine(opening, subject, which).as((o, s, w) -> switch (w) {
			case 0 -> new Resolution(o + " " + s + " be approved.", Outcome.APPROVED);
			case 1 -> new Resolution(o + " " + s + " be approved, subject to the changes set out in paragraph 4.",
					Outcome.APPROVED_SUBJECT_TO);
			case 2 -> new Resolution(o + " " + s + " be deferred to the next meeting.", Outcome.DEFERRED);
			case 3 -> new Resolution(o + " the Board recommends to Cabinet that " + s + " be adopted.",
					Outcome.RECOMMENDED);
			case 4 -> new Resolution(o + " " + s + " not be approved.", Outcome.REJECTED);
			case 5 -> new Resolution(o + " " + s + " be noted.", Outcome.NOTED);
			default -> new Resolution(o + " " + s + " be considered further by officers.", null);
		});
	}

	@Property(tries = 300)
	void theOutcomeIsReadFromTheResolutionsOwnWords(@ForAll("resolutions") Resolution resolution) {
		assertThat(Resolutions.outcome(resolution.text())).as(resolution.text()).isEqualTo(resolution.outcome());
	}

	@Property(tries = 200)
	void aResolutionIsReadWholeUnderItsItemOverItsClauses(@ForAll("resolutions") Resolution first,
			@ForAll("resolutions") Resolution second) {
		String minutes = """
				PRESENT:
				Councillor Ines Barlow (in the Chair)

				4. BETTER CARE FUND PLAN
				The Director presented the plan.
				RESOLVED:
				1. %s
				2. %s
				5. DATE OF NEXT MEETING
				""".formatted(first.text().replaceFirst("^[^T]*?(That|that) ", "That "),
				second.text().replaceFirst("^[^T]*?(That|that) ", "That "));
		List<Row> resolved = Minutes.table(minutes, "UTF-8").rows().stream()
			.filter(row -> row.line() > 0 && !row.cell(12).isEmpty())
			.toList();
		assertThat(resolved).as(minutes).hasSize(1);
		assertThat(resolved.get(0).line()).isEqualTo(6);
		assertThat(resolved.get(0).cell(11)).isEqualTo("4");
		assertThat(resolved.get(0).cell(12)).startsWith("RESOLVED: 1. That").contains(" 2. That")
			.doesNotContain("DATE OF NEXT MEETING");
	}

	@Property(tries = 200)
	void aDecisionsVerbInCapitalsOpensAResolutionAndInLowerCaseIsNarrative(
			@ForAll("bodies") String body, @ForAll("verbs") String verb, @ForAll boolean capitals) {
		String line = body + " " + (capitals ? verb : verb.toLowerCase(java.util.Locale.ROOT))
				+ " the renewal of the Section 75 agreement for 2025/26.";
		String minutes = """
				PRESENT:
				Councillor Ines Barlow (in the Chair)

				ICB/25/06 SECTION 75 AGREEMENT RENEWAL
				The Chief Finance Officer presented the report.
				%s
				ICB/25/07 ANY OTHER BUSINESS
				""".formatted(line);
		List<Row> resolved = Minutes.table(minutes, "UTF-8").rows().stream()
			.filter(row -> row.line() > 0 && !row.cell(12).isEmpty())
			.toList();
		if (!capitals) {
			assertThat(resolved).as(minutes).isEmpty();
			return;
		}
		assertThat(resolved).as(minutes).singleElement().satisfies(row -> {
			assertThat(row.cell(11)).isEqualTo("ICB/25/06");
			assertThat(row.cell(12)).isEqualTo(line);
		});
		assertThat(Resolutions.outcome(line)).isEqualTo(switch (verb) {
			case "NOTED", "RECEIVED" -> Outcome.NOTED;
			case "DEFERRED" -> Outcome.DEFERRED;
			default -> Outcome.APPROVED;
		});
	}

	@Provide
	Arbitrary<String> bodies() {
		return Arbitraries.of("The Board", "The Committee", "The Sub-Committee", "Members", "The Health and Wellbeing Board");
	}

	@Provide
	Arbitrary<String> verbs() {
		return Arbitraries.of("APPROVED", "NOTED", "ENDORSED", "DEFERRED", "RATIFIED", "SUPPORTED", "RECEIVED");
	}

	@Example
	void aResolutionAsTheBoardAgreedItIsApproval() {
		assertThat(Resolutions.outcome("The Sub-Committee AGREED the Terms of Reference.")).isEqualTo(Outcome.APPROVED);
		assertThat(Resolutions.outcome("The Board AGREED to defer the item to its next meeting.")).isEqualTo(Outcome.DEFERRED);
		assertThat(Resolutions.continues("5. DATE OF NEXT MEETING")).isFalse();
		assertThat(Resolutions.continues("(b) notes the risks in section 4;")).isTrue();
		assertThat(Resolutions.continues("The meeting closed at 3.40 pm.")).isFalse();
	}

}
