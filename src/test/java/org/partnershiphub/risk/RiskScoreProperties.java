package org.partnershiphub.risk;

import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.partnershiphub.risk.Risk.Quarter;
import org.partnershiphub.risk.Risk.Rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registers print scores and quarters in many ways; each reads back to the same value, and nonsense is refused. */
class RiskScoreProperties {

	@Property
	void aProductReadsToItsPartsHoweverPrinted(@ForAll @IntRange(min = 1, max = 5) int likelihood,
			@ForAll @IntRange(min = 1, max = 5) int impact, @ForAll("products") String form) {
		String text = form.replace("L", String.valueOf(likelihood)).replace("I", String.valueOf(impact))
			.replace("S", String.valueOf(likelihood * impact));
		assertThat(Rating.parse(text)).contains(new Rating(likelihood, impact, likelihood * impact));
	}

	@Property
	void aProductAndATotalThatDisagreeAreRefused(@ForAll @IntRange(min = 1, max = 5) int likelihood,
			@ForAll @IntRange(min = 1, max = 5) int impact, @ForAll @IntRange(min = 1, max = 25) int total) {
		if (total == likelihood * impact) {
			return;
		}
		assertThatThrownBy(() -> Rating.parse(likelihood + "x" + impact + "=" + total))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("is not likelihood");
	}

	@Property
	void anyTextIsReadOrRefusedWithAMessageNeverAnotherException(@ForAll String text) {
		try {
			Optional<Rating> rating = Rating.parse(text);
			rating.ifPresent(r -> assertThat(r.score() == null || (r.score() >= 1 && r.score() <= 25)).isTrue());
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	@Property
	void aQuarterReadsBackToItsLabelInEveryForm(@ForAll @IntRange(min = 2015, max = 2040) int year,
			@ForAll @IntRange(min = 1, max = 4) int quarter, @ForAll("quarters") String form) {
		String yy = "%02d".formatted(year % 100);
		String next = "%02d".formatted((year + 1) % 100);
		String text = form.replace("YYYY", String.valueOf(year)).replace("YY", yy).replace("NN", next)
			.replace("#", String.valueOf(quarter));
		Quarter read = Quarter.find(text).orElseThrow(() -> new AssertionError("not read: " + text));
		assertThat(read).isEqualTo(new Quarter(year, quarter));
		assertThat(Quarter.find(read.label())).contains(read);
		assertThat(read.start().getMonthValue()).isEqualTo(new int[] { 4, 7, 10, 1 }[quarter - 1]);
	}

	@Property
	void aQuarterWithoutItsYearOrWithMismatchedYearsIsNotRead(@ForAll @IntRange(min = 1, max = 4) int quarter,
			@ForAll @IntRange(min = 2015, max = 2040) int year) {
		assertThat(Quarter.find("Q" + quarter)).isEmpty();
		assertThat(Quarter.yearless("Quarter " + quarter)).isTrue();
		assertThat(Quarter.find("Q" + quarter + " " + year + "/" + "%02d".formatted((year + 3) % 100))).isEmpty();
	}

	@Provide
	Arbitrary<String> products() {
		return Arbitraries.of("LxI", "L x I", "L×I", "L X I = S", "S (LxI)", "LxI=S", "L*I", " L x I ");
	}

	@Provide
	Arbitrary<String> quarters() {
		return Arbitraries.of("YYYY/NN Q#", "Q# YYYY/NN", "q# YY/NN", "Q# YYYY-NN", "Residual Q# YYYY/NN",
				"Q# FY YY/NN", "YY/NN Q# score", "Current score (Q# YYYY/NN)",
				"Risk register as at Quarter # YYYY/NN", "YYYY/NN quarter #");
	}

}
