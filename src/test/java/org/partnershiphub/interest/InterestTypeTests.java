package org.partnershiphub.interest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class InterestTypeTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource({ "Pecuniary Interest, DISCLOSABLE_PECUNIARY", "Disclosable Pecuniary Interest, DISCLOSABLE_PECUNIARY",
			"Non-Pecuniary Interest, NON_PECUNIARY", "Non-pecuniary interest, NON_PECUNIARY",
			"non pecuniary, NON_PECUNIARY", "Indirect interest, INDIRECT", "Indirect, INDIRECT",
			"Professional financial interest, FINANCIAL", "Financial interest, FINANCIAL",
			"Personal non-financial interest, NON_FINANCIAL_PERSONAL",
			"Non-financial personal interest, NON_FINANCIAL_PERSONAL",
			"Non-financial professional interest, NON_FINANCIAL_PROFESSIONAL",
			"Other registrable interest, OTHER_REGISTRABLE", "Prejudicial interest, DISCLOSABLE_PECUNIARY" })
	void readsTheSpellingsRegistersUse(String declared, InterestType expected) {
		assertThat(InterestType.fromDeclared(declared)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "n/a", "Gift", "Hospitality received" })
	void admitsWhenItCannotTell(String declared) {
		assertThat(InterestType.fromDeclared(declared)).isEmpty();
	}

}
