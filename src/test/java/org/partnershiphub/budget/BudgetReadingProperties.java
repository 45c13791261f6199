package org.partnershiphub.budget;

import java.time.YearMonth;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Finance reports name months several ways; every way reads to the same month, and a month without a year to none. */
class BudgetReadingProperties {

	@Property
	void aFinancialMonthAndItsCalendarNameAgree(@ForAll @IntRange(min = 2015, max = 2040) int year,
			@ForAll @IntRange(min = 1, max = 12) int period, @ForAll("periods") String form) {
		YearMonth expected = YearMonth.of(year, 4).plusMonths(period - 1);
		String text = form.replace("#", String.valueOf(period)).replace("YYYY", String.valueOf(year))
			.replace("NN", "%02d".formatted((year + 1) % 100)).replace("YY", "%02d".formatted(year % 100));
		assertThat(BudgetLine.Month.find(text)).contains(expected);
		String calendar = expected.getMonth().name().substring(0, 1)
				+ expected.getMonth().name().substring(1).toLowerCase() + " " + expected.getYear();
		assertThat(BudgetLine.Month.find(calendar)).contains(expected);
		assertThat(BudgetLine.Month.find(expected.toString())).contains(expected);
		assertThat(BudgetLine.Month.label(expected)).startsWith("Month " + period + " ");
	}

	@Property
	void aPeriodWithNoYearIsNotRead(@ForAll @IntRange(min = 1, max = 12) int period) {
		assertThat(BudgetLine.Month.find("Month " + period)).isEmpty();
		assertThat(BudgetLine.Month.find("M" + period)).isEmpty();
	}

	@Provide
	Arbitrary<String> periods() {
		return Arbitraries.of("Month # YYYY/NN", "M# YY/NN", "M0# YYYY-NN", "month # FY YY/NN", "Finance report, Month # YYYY/NN");
	}

}
