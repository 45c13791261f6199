package org.partnershiphub.pages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NotBlank;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.pages.HubQueries.PageException;

import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the pages make of what they are given: any id, any code, any text typed where a date belongs. */
class PagesProperties {

	private final Words words = new Words();

	/** Ids come from papers and imports: whatever they hold, a link leads to that one page and no other path. */
	@Property
	void aLinkIsOnePathSegmentThatDecodesToTheId(@ForAll @NotBlank String id) {
		String href = this.words.href("Person", id);
		URI link = URI.create(href);
		assertThat(link.getRawPath()).startsWith("/people/");
		String segment = link.getRawPath().substring("/people/".length());
		assertThat(segment).doesNotContain("/").doesNotContain("?").doesNotContain("#");
		assertThat(UriUtils.decode(segment, StandardCharsets.UTF_8)).isEqualTo(id);
	}

	@Property
	void aKindWithoutAPageHasNoLink(@ForAll @NotBlank String id, @ForAll("withoutPages") String kind) {
		assertThat(this.words.href(kind, id)).isNull();
	}

	@Provide
	Arbitrary<String> withoutPages() {
		return Arbitraries.of("Interest", "Membership", "Partnership", "Agreement", "PooledFund", "Post",
				"SourceDocument");
	}

	@Property
	void aCodeReadsAsASentenceKeepingItsAcronyms(@ForAll("codes") String code) {
		String phrase = this.words.code(code);
		assertThat(phrase).doesNotContain("_").hasSize(code.length());
		assertThat(Character.isUpperCase(phrase.charAt(0)) || !Character.isLetter(phrase.charAt(0))).isTrue();
		for (String acronym : List.of("NHS", "ICB", "CCG", "GP", "PCN")) {
			if (("_" + code + "_").contains("_" + acronym + "_")) {
				assertThat(phrase).contains(acronym);
			}
		}
	}

	@Provide
	Arbitrary<String> codes() {
		return Arbitraries.of("NHS", "ICB", "CCG", "GP", "PCN", "FOUNDATION", "TRUST", "PRACTICE", "NO", "PART", "IN",
				"VOTE", "WITHDRAW", "LOCAL", "AUTHORITY").list().ofMinSize(1).ofMaxSize(5).map(w -> String.join("_", w));
	}

	@Property
	void aDateIsReadOnlyAsAnIsoDate(@ForAll LocalDate date) {
		assertThat(Inputs.date("meeting date", " " + date + " ")).isEqualTo(date);
	}

	/** Anything else typed where a date belongs is refused, naming the field and the text, never taken as a guess. */
	@Property
	void anythingElseIsRefusedNamingTheField(@ForAll("notDates") String text) {
		assertThatThrownBy(() -> Inputs.date("as-at date", text)).isInstanceOf(PageException.class)
			.hasMessageStartingWith("The as-at date \"" + text + "\" is not a date");
	}

	@Provide
	Arbitrary<String> notDates() {
		Arbitrary<String> written = Arbitraries.of("31/02/2026", "1 April 2025", "2025-13-01", "2025-02-30", "April 2025",
				"2025", "25-04-01", "tomorrow", "2025/04/01", "20250401");
		Arbitrary<String> noise = Arbitraries.strings().ofMinLength(1).ofMaxLength(12)
			.filter(s -> !s.isBlank() && !s.strip().matches("[+-]?\\d{4,}-\\d{2}-\\d{2}"));
		return Arbitraries.oneOf(written, noise);
	}

	@Property
	void blankIsNotGiven(@ForAll("blanks") String text) {
		assertThat(Inputs.given(text)).isNull();
		assertThat(Inputs.date("date", text)).isNull();
	}

	@Provide
	Arbitrary<String> blanks() {
		return Arbitraries.strings().withChars(' ', '\t', '\n', '\u2003').ofMaxLength(5);
	}

	/** An import's report puts what the officer must look at first, and keeps the file's order within each outcome. */
	@Property
	void failedLinesComeFirstThenGuessedEachInLineOrder(@ForAll("reports") List<ReportLine> lines) {
		List<Object> shown = List.copyOf(ImportPages.worstFirst(lines));
		assertThat(shown).containsExactlyInAnyOrderElementsOf(lines);
		List<Integer> ranks = shown.stream().map(l -> rank(((ReportLine) l).outcome())).toList();
		assertThat(ranks).isSorted();
		for (int i = 1; i < shown.size(); i++) {
			ReportLine before = (ReportLine) shown.get(i - 1);
			ReportLine after = (ReportLine) shown.get(i);
			if (rank(before.outcome()) == rank(after.outcome())) {
				assertThat(before.line()).isLessThan(after.line());
			}
		}
		List<Map<String, Object>> stored = lines.stream()
			.map(l -> Map.<String, Object>of("line", l.line(), "outcome", l.outcome().name(), "message", l.message()))
			.toList();
		assertThat(ImportPages.worstFirst(stored).stream().map(l -> ((Map<?, ?>) l).get("line")).toList())
			.as("stored reports, read through the API, are ordered alike")
			.isEqualTo(shown.stream().map(l -> ((ReportLine) l).line()).toList());
	}

	@Provide
	Arbitrary<List<ReportLine>> reports() {
		return Arbitraries.of(Outcome.class).list().ofMaxSize(30).map(outcomes -> {
			List<ReportLine> lines = new java.util.ArrayList<>();
			for (int i = 0; i < outcomes.size(); i++) {
				lines.add(new ReportLine(i + 1, outcomes.get(i), "line " + (i + 1)));
			}
			return lines;
		});
	}

	private static int rank(Outcome outcome) {
		return switch (outcome) {
			case FAILED -> 0;
			case GUESSED -> 1;
			default -> 2;
		};
	}

}
