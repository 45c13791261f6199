package org.partnershiphub.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.partnershiphub.common.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates as registers write them, read with as much precision as they state and no more. */
class DatesProperties {

	@Property(tries = 300)
	void aDateIsReadToTheDayMonthOrYearItStates(@ForAll @DateRange(min = "1990-01-01", max = "2060-12-31") LocalDate date) {
		assertThat(Dates.parse(date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))).hasValueSatisfying(read -> {
			assertThat(read.date()).isEqualTo(date);
			assertThat(read.precision()).isEqualTo(DatePrecision.DAY);
		});
		assertThat(Dates.parse(date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))))
			.hasValueSatisfying(read -> assertThat(read.date()).isEqualTo(date));
		assertThat(Dates.parse(date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)))).hasValueSatisfying(read -> {
			assertThat(read.date()).isEqualTo(date.withDayOfMonth(1));
			assertThat(read.precision()).isEqualTo(DatePrecision.MONTH);
			assertThat(read.guess()).isNull();
		});
		assertThat(Dates.parse(date.format(DateTimeFormatter.ofPattern("MM/yyyy")))).hasValueSatisfying(read -> {
			assertThat(read.date()).isEqualTo(date.withDayOfMonth(1));
			assertThat(read.precision()).isEqualTo(DatePrecision.MONTH);
		});
		assertThat(Dates.parse(String.valueOf(date.getYear()))).hasValueSatisfying(read -> {
			assertThat(read.date()).isEqualTo(date.withDayOfYear(1));
			assertThat(read.precision()).isEqualTo(DatePrecision.YEAR);
		});
	}

	/** A date as a spreadsheet shows it and a CSV export keeps it: "Mar-21", "01-Mar-2021", "1-Mar-21". */
	@Property(tries = 300)
	void aDateAsASpreadsheetShowsItIsReadToWhatItStates(
			@ForAll @DateRange(min = "2000-01-01", max = "2060-12-31") LocalDate date) {
		assertThat(Dates.parse(date.format(DateTimeFormatter.ofPattern("MMM-yy", Locale.UK)))).hasValueSatisfying(read -> {
			assertThat(read.date()).isEqualTo(date.withDayOfMonth(1));
			assertThat(read.precision()).isEqualTo(DatePrecision.MONTH);
			assertThat(read.guess()).isEqualTo("two-digit year read as " + date.getYear());
		});
		assertThat(Dates.parse(date.format(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.UK))))
			.hasValueSatisfying(read -> {
				assertThat(read.date()).isEqualTo(date);
				assertThat(read.precision()).isEqualTo(DatePrecision.DAY);
				assertThat(read.guess()).isNull();
			});
		assertThat(Dates.parse(date.format(DateTimeFormatter.ofPattern("d-MMM-yy", Locale.UK))))
			.hasValueSatisfying(read -> assertThat(read.date()).isEqualTo(date));
		assertThat(Dates.parse("Foo-21")).isEmpty();
	}

	/** A financial year (April to March) is read as its 1 April, known to the financial year, and written back so. */
	@Property(tries = 300)
	void aFinancialYearIsReadAsTheYearFromItsFirstOfApril(@ForAll @DateRange(min = "1990-01-01", max = "2060-12-31") LocalDate date,
			@ForAll("financialYears") String written) {
		int start = (date.getMonthValue() >= 4) ? date.getYear() : date.getYear() - 1;
		String text = written.formatted(start, (start + 1) % 100, start + 1);
		assertThat(Dates.parse(text)).as(text).hasValueSatisfying(read -> {
			assertThat(read.date()).isEqualTo(LocalDate.of(start, 4, 1));
			assertThat(read.precision()).isEqualTo(DatePrecision.FINANCIAL_YEAR);
			assertThat(read.guess()).isNull();
			assertThat(DatePrecision.FINANCIAL_YEAR.format(read.date(), DateTimeFormatter.ISO_DATE))
				.isEqualTo(start + "/" + String.format("%02d", (start + 1) % 100));
			assertThat(DatePrecision.FINANCIAL_YEAR.last(read.date())).isAfterOrEqualTo(date).isEqualTo(
					LocalDate.of(start + 1, 3, 31));
		});
		// Two years that do not follow one another are no financial year.
		assertThat(Dates.parse(start + "/" + String.format("%02d", (start + 2) % 100))).isEmpty();
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> financialYears() {
		return net.jqwik.api.Arbitraries.of("%1$d/%2$02d", "%1$d-%2$02d", "%1$d/%3$d", "%1$d-%3$d", "FY %1$d/%2$02d",
				"fy%1$d/%2$02d", "%1$d / %2$02d");
	}

	/** However a cell saying no date is cased or spaced, it holds no date and is never read as one. */
	@Property(tries = 200)
	void aCellSayingNoDateIsNeverADate(@ForAll("noDates") String word, @ForAll boolean upper,
			@ForAll("spaces") String before, @ForAll("spaces") String after) {
		String cell = before + (upper ? word.toUpperCase(Locale.ROOT) : word) + after;
		assertThat(Dates.noDate(cell)).as(cell).isTrue();
		assertThat(Dates.parse(cell)).as(cell).isEmpty();
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> noDates() {
		return net.jqwik.api.Arbitraries.of("Ongoing", "On-going", "Present", "Current", "To date", "Continuing",
				"Still held", "N/A", "n/a", "Not known", "Unknown", "N/K", "-", "--", "Not stated", "Currently");
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> spaces() {
		return net.jqwik.api.Arbitraries.of("", " ", "  ", "\t");
	}

	@net.jqwik.api.Example
	void aDateIsNoRangeAndARangeIsNoDate() {
		for (String date : java.util.List.of("14-03-2024", "14.3.24", "2023/24", "2023 - 24", "14 March 2024", "2024")) {
			assertThat(Dates.range(date)).as(date).isEmpty();
		}
		assertThat(Dates.range("April 2019 to March 2021")).hasValueSatisfying(r -> {
			assertThat(r.from().date()).isEqualTo(LocalDate.of(2019, 4, 1));
			assertThat(r.to().date()).isEqualTo(LocalDate.of(2021, 3, 1));
		});
		assertThat(Dates.range("n/a - present")).isEmpty();
		assertThat(Dates.parse("01/04/2020 - present")).isEmpty();
	}

	@net.jqwik.api.Example
	void aCellThatStatesNoDateHoldsNone() {
		for (String none : java.util.List.of("Ongoing", "on-going", "Present", "Current", "Currently", "To date",
				"Continuing", "Still held", "N/A", "Not known", "Unknown", "n/k", "-", "\u2013")) {
			assertThat(Dates.noDate(none)).as(none).isTrue();
		}
		for (String date : java.util.List.of("1 April 2024", "2024", "2023/24", "April 2024")) {
			assertThat(Dates.noDate(date)).as(date).isFalse();
		}
	}

}
