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

}
