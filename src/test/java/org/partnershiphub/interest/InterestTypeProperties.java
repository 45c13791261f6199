package org.partnershiphub.interest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Type words as registers print them, read under each regime. */
class InterestTypeProperties {

	/** Only the Localism Act's own words make a disclosable pecuniary interest on an NHS body's register. */
	@Property
	void onAnNhsRegisterPecuniaryIsFinancialUnlessItSaysDisclosable(@ForAll("pecuniary") String declared) {
		InterestType nhs = InterestType.fromDeclared(declared, Regime.NHS).orElseThrow();
		InterestType council = InterestType.fromDeclared(declared, Regime.LOCAL_GOVERNMENT).orElseThrow();
		assertThat(InterestType.fromDeclared(declared)).contains(council);
		assertThat(council).isEqualTo(InterestType.DISCLOSABLE_PECUNIARY);
		assertThat(nhs).isEqualTo(declared.toLowerCase().contains("disclosable") ? InterestType.DISCLOSABLE_PECUNIARY
				: InterestType.FINANCIAL);
	}

	@Provide
	Arbitrary<String> pecuniary() {
		return Combinators.combine(Arbitraries.of("", "Disclosable ", "disclosable ", "DISCLOSABLE ", "Direct "),
				Arbitraries.of("Pecuniary", "pecuniary", "PECUNIARY", "Prejudicial"),
				Arbitraries.of("", " Interest", " interest", " interest (DPI)", " - see note")).as((a, b, c) -> a + b + c);
	}

	/** Words that are not "pecuniary" mean the same under either regime. */
	@Property
	void otherWordsMeanTheSameUnderEitherRegime(@ForAll("others") String declared) {
		assertThat(InterestType.fromDeclared(declared, Regime.NHS))
			.isEqualTo(InterestType.fromDeclared(declared, Regime.LOCAL_GOVERNMENT))
			.isEqualTo(InterestType.fromDeclared(declared));
	}

	@Provide
	Arbitrary<String> others() {
		return Arbitraries.oneOf(Arbitraries.of("Non-pecuniary interest", "Non Pecuniary", "Indirect",
				"Indirect pecuniary interest", "Financial interest", "Professional financial interest",
				"Non-financial professional interest", "Personal non-financial interest", "Other registrable interest",
				"Gifts and hospitality"), Arbitraries.strings().ofMaxLength(20)
					.filter(s -> !s.toLowerCase().replaceAll("[^a-z]+", " ").contains("pecuniary")
							&& !s.toLowerCase().contains("prejudicial")));
	}

}
