package org.partnershiphub.duplicates;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.partnershiphub.duplicates.Likeness.PersonName;
import org.partnershiphub.imports.Names;

import static org.assertj.core.api.Assertions.assertThat;

/** Name likeness over generated names: never a crash, always symmetric, and the pairs officers meet in papers. */
class LikenessProperties {

	@Provide
	Arbitrary<String> anyName() {
		Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("and", "of", "the", "NHS", "CCG", "Council", "LB",
				"London", "Borough", "Ltd", "&", "-", "", "Trust", "Care", "Care", "Zoë", "Ñandú", "O'Neil", "St.", ",",
				"\u200b"), Arbitraries.strings().ofMaxLength(8));
		return word.list().ofMaxSize(9).map(words -> String.join(" ", words));
	}

	@Property(tries = 500)
	void organisationsNeverCrashScoreWithinOneAndAreSymmetric(@ForAll("anyName") String a, @ForAll("anyName") String b) {
		double ab = Likeness.organisations(a, List.of(b), b, List.of(), new ArrayList<>());
		double ba = Likeness.organisations(b, List.of(), a, List.of(b), new ArrayList<>());
		assertThat(ab).isBetween(0.0, 1.0).isEqualTo(ba);
		assertThat(Likeness.organisationKeys(a)).isNotNull();
	}

	@Property(tries = 500)
	void peopleNeverCrashScoreWithinOneAndAreSymmetric(@ForAll("anyName") String a, @ForAll("anyName") String b) {
		PersonName pa = person(a);
		PersonName pb = person(b);
		assertThat(Likeness.people(pa, pb, new ArrayList<>())).isBetween(0.0, 1.0)
			.isEqualTo(Likeness.people(pb, pa, new ArrayList<>()));
		assertThat(Likeness.personKeys(pa)).isNotNull();
	}

	@Provide
	Arbitrary<String> places() {
		return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(10)
			.map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1) + "mere");
	}

	@Property(tries = 200)
	void aBoroughUnderItsFormsIsOneBodyAndTwoBoroughsAreNot(@ForAll("places") String x, @ForAll("places") String y) {
		assertThat(Likeness.organisations("London Borough of " + x, List.of(), x + " Council", List.of(),
				new ArrayList<>())).isGreaterThanOrEqualTo(0.7);
		assertThat(Likeness.organisations("NHS " + x + " CCG", List.of(), x + " Clinical Commissioning Group",
				List.of(), new ArrayList<>())).isGreaterThanOrEqualTo(0.7);
		assertThat(Likeness.organisations(x + " Council", List.of(), "NHS " + x + " CCG", List.of(), new ArrayList<>()))
			.isZero();
		if (!Names.oneEditApart(Names.words(x), Names.words(y))) {
			assertThat(Likeness.organisations("LB " + x, List.of(), "LB " + y, List.of(), new ArrayList<>())).isZero();
			assertThat(Likeness.organisations("London Borough of " + x, List.of(), "London Borough of " + y, List.of(),
					new ArrayList<>())).isZero();
		}
	}

	@Example
	void namesThatSoundAlikeOrAreTwoLettersApartAreSuggested() {
		assertThat(people("Katherine Lowe", "Catherine Lowe")).isEqualTo(0.45);
		assertThat(people("Mohammed Iqbal", "Muhammad Iqbal")).isEqualTo(0.45);
		assertThat(people("Ruth Stephenson", "Ruth Stevenson")).isGreaterThan(0);
		assertThat(people("Bettina Roe", "Bettina Rowe")).isEqualTo(0.4);
		List<String> evidence = new ArrayList<>();
		assertThat(Likeness.people(person("Dr Hanne Askew"), person("Hanne Askwe"), evidence)).isEqualTo(0.4);
		assertThat(evidence).containsExactly("same forename; surnames two letters swapped: askew / askwe");
		assertThat(people("Idris Pellowe", "Idris Pelloue")).isGreaterThan(0);
		assertThat(people("Ayo Castellan", "Ayo Castellanos")).isEqualTo(0.3);
		assertThat(people("Ayo Castellan", "Bola Castellanos")).isZero();
		assertThat(people("Ruth Stephenson", "Mark Stevenson")).isZero();
	}

	@Example
	void wordOrderAndGenericWordsDoNotHideOneBody() {
		assertThat(Likeness.organisations("Harbour Care Ltd", List.of(), "Care Harbour", List.of(), new ArrayList<>()))
			.isEqualTo(0.7);
		assertThat(Likeness.organisations("Northmere and Southmere Council", List.of(), "Northmere Council",
				List.of(), new ArrayList<>())).isZero();
		assertThat(Likeness.organisations("Riverside Play Bus", List.of(), "Riverside Play Buss", List.of(),
				new ArrayList<>())).isGreaterThan(0);
		assertThat(Likeness.organisations("Riverside NHS Foundation Trust", List.of(), "Riverside Hospital NHS FT",
				List.of(), new ArrayList<>())).isEqualTo(0.5);
		assertThat(Likeness.organisations("Riverside GP Federation", List.of(), "Riverside Council", List.of(),
				new ArrayList<>())).isZero();
	}

	private static double people(String a, String b) {
		return Likeness.people(person(a), person(b), new ArrayList<>());
	}

	private static PersonName person(String text) {
		Names.PersonName name = Names.person(text);
		return new PersonName(text, Names.words(name.givenName() == null ? "" : name.givenName()),
				Names.words(name.familyName() == null ? "" : name.familyName()));
	}

}
