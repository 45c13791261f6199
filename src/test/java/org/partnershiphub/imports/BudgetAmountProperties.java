package org.partnershiphub.imports;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.partnershiphub.imports.BudgetImport.Amounts;

import static org.assertj.core.api.Assertions.assertThat;

/** Finance reports print money every which way; each printing of an amount reads back to it, and nonsense is refused. */
class BudgetAmountProperties {

	@Property
	void anAmountReadsBackHoweverItIsPrinted(@ForAll @LongRange(min = 0, max = 99_999_999_999L) long pence,
			@ForAll boolean negative, @ForAll("printings") String printing) {
		BigDecimal amount = BigDecimal.valueOf(negative ? -pence : pence, 2);
		String digits = amount.abs().toPlainString();
		String grouped = String.format(java.util.Locale.UK, "%,.2f", amount.abs());
		String text = switch (printing) {
			case "plain" -> (negative ? "-" : "") + digits;
			case "pounds" -> (negative ? "-" : "") + "£" + grouped;
			case "brackets" -> negative ? "(" + grouped + ")" : grouped;
			default -> (negative ? "−" : "") + " £ " + grouped + " ";
		};
		assertThat(Amounts.parse(text, BigDecimal.ONE)).isEqualByComparingTo(amount);
	}

	@Property
	void thousandsFromTheHeaderOrTheSuffixAgree(@ForAll @LongRange(min = 0, max = 9_999_999) long thousands) {
		BigDecimal expected = BigDecimal.valueOf(thousands).multiply(BigDecimal.valueOf(1000));
		assertThat(Amounts.parse(String.valueOf(thousands), Amounts.unit("Forecast £000"))).isEqualByComparingTo(expected);
		assertThat(Amounts.parse(String.valueOf(thousands), Amounts.unit("Budget (£'000)"))).isEqualByComparingTo(expected);
		assertThat(Amounts.parse(thousands + "k", BigDecimal.ONE)).isEqualByComparingTo(expected);
		assertThat(Amounts.parse(String.valueOf(thousands), Amounts.unit("Budget"))).isEqualByComparingTo(
				BigDecimal.valueOf(thousands));
	}

	@Property
	void anyTextIsAnAmountBlankOrRefusedWithItsText(@ForAll String text) {
		try {
			Amounts.parse(text, BigDecimal.ONE);
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex.getMessage()).endsWith("is not an amount");
		}
	}

	@Provide
	Arbitrary<String> printings() {
		return Arbitraries.of("plain", "pounds", "brackets", "spaced");
	}

}
