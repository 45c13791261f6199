package org.partnershiphub.paper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Cover sheets print purposes every which way; the reading never throws and keys on the words, not their dress. */
class PaperPurposeProperties {

	@Property
	void anyTextReadsToAPurposeOrNoneWithoutThrowing(@ForAll String text) {
		assertThat(Paper.Purpose.fromPublished(text)).isNotNull();
	}

	@Property
	void signOffIsReadHoweverItIsDressed(@ForAll("dressings") String before, @ForAll("signOffs") String words,
			@ForAll("endings") String after) {
		assertThat(Paper.Purpose.fromPublished(before + words + after)).contains(Paper.Purpose.SIGN_OFF);
	}

	@Property
	void assuranceAndNotingAreNotDecisions(@ForAll("dressings") String before,
			@ForAll("noting") String words) {
		assertThat(Paper.Purpose.fromPublished(before + words)).hasValueSatisfying(
				p -> assertThat(p).isIn(Paper.Purpose.ASSURANCE, Paper.Purpose.NOTING, Paper.Purpose.INFORMATION));
	}

	@Provide
	Arbitrary<String> dressings() {
		return Arbitraries.of("", "For ", "FOR ", "Purpose: ", "  ", "(", "Action required: ", "\t");
	}

	@Provide
	Arbitrary<String> endings() {
		return Arbitraries.of("", " ", ")", ".", " / confirmation", " by the Board", "\n");
	}

	@Provide
	Arbitrary<String> signOffs() {
		return Arbitraries.of("sign-off", "Sign off / confirmation", "SIGN-OFF", "signoff", "confirmation",
				"ratification", "sign off", "Sign–off");
	}

	@Provide
	Arbitrary<String> noting() {
		return Arbitraries.of("assurance", "Assurance", "noting", "note", "information", "To note", "receive and note",
				"update");
	}

}
