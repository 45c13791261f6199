package org.partnershiphub.imports;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.partnershiphub.imports.Names.PersonName;
import org.partnershiphub.organisation.Organisation.OrganisationKind;

import static org.assertj.core.api.Assertions.assertThat;

/** How whole names in a cell are split: written forename first or surname first, with honorifics and post-nominals. */
class NamesProperties {

	@Provide
	Arbitrary<String> forenames() {
		return Arbitraries.of("Priya", "Alma", "Dev", "Seán", "Zoë", "Mary Ann", "J.", "Tomas");
	}

	/**
	 * Family names that are not words of job titles (a title after a comma stays a title), post-nominals ("Ma"
	 * after two forenames reads as a degree) nor honorifics ("Dr Aa", written the other way round, is Dr Aa).
	 */
	@Provide
	Arbitrary<String> surnames() {
		return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12)
			.filter(f -> !Minutes.TITLE_WORDS.contains(f) && !Names.isPostNominal(f) && !Names.isHonorific(f))
			.map(f -> Character.toUpperCase(f.charAt(0)) + f.substring(1))
			.injectDuplicates(0.0)
			.edgeCases(c -> c.add("Lloyd-Jones"));
	}

	@Property(tries = 300)
	void aNameWrittenSurnameFirstIsTheSamePerson(@ForAll("forenames") String given, @ForAll("surnames") String family,
			@ForAll boolean honorific) {
		String forenames = (honorific ? "Dr " : "") + given;
		PersonName natural = Names.person(forenames + " " + family);
		PersonName sorted = Names.person(family + ", " + forenames);
		assertThat(sorted).isEqualTo(natural);
		assertThat(sorted.familyName()).isEqualTo(family);
	}

	@Property(tries = 200)
	void postNominalsAndTitlesAfterACommaAreNotForenames(@ForAll("forenames") String given,
			@ForAll("surnames") String family) {
		PersonName decorated = Names.person(given + " " + family + ", MBE");
		assertThat(decorated.familyName()).isEqualTo(family);
		assertThat(decorated.postNominals()).isEqualTo("MBE");
		assertThat(Names.surnameLast(family + ", Chair")).isEqualTo(family + ", Chair");
		assertThat(Names.surnameLast(given + " " + family + ", Chief Executive"))
			.isEqualTo(given + " " + family + ", Chief Executive");
	}

	@Property(tries = 200)
	void aNameWrittenTheOtherWayRoundWithoutACommaIsFlaggedNotMatched(@ForAll("surnames") String given,
			@ForAll("surnames") String family) {
		net.jqwik.api.Assume.that(!given.equals(family));
		Directory directory = new Directory();
		Directory.Known known = new Directory.Known("p1", "Cllr " + given + " " + family);
		directory.addPerson(known, Names.person(known.name()));
		assertThat(directory.person(Names.person(given + " " + family))).isEqualTo(new Directory.Found(known));
		assertThat(directory.person(Names.person(family + " " + given)))
			.isEqualTo(new Directory.Unknown(java.util.List.of(known)));
	}

	@Property(tries = 300)
	void aPersonsNameIsNeverTakenForAVacancyAPostOrTwoPeople(@ForAll("forenames") String given,
			@ForAll("surnames") String family, @ForAll boolean honorific, @ForAll boolean surnameFirst) {
		String name = surnameFirst ? family + ", " + given : (honorific ? "Cllr " : "") + given + " " + family;
		assertThat(Names.notAPerson(name)).isNull();
		assertThat(Names.notAPerson(name + " (Cllr)")).isNull();
	}

	@Example
	void vacanciesPostsAndSharedRowsAreNamedForWhatTheyAre() {
		for (String vacant : java.util.List.of("Vacant", "VACANCY", "TBC", "To be appointed", "(vacant)", "Seat vacant",
				"Awaiting nomination", "-")) {
			assertThat(Names.notAPerson(vacant)).as(vacant).startsWith("a vacant seat");
		}
		for (String post : java.util.List.of("Director of Public Health", "Chief Executive", "Healthwatch Representative",
				"Chair of the Council")) {
			assertThat(Names.notAPerson(post)).as(post).contains("names a post");
		}
		assertThat(Names.notAPerson("Cllr Idris Pellow / Cllr Bettina Roe (alternating)"))
			.contains("names more than one person");
		assertThat(Names.notAPerson("Dr Ann Bell or Dr Cy Dee")).contains("names more than one person");
		assertThat(Names.notAPerson("Name")).contains("a column's heading");
		assertThat(Names.notAPerson("Full name:")).contains("a column's heading");
		assertThat(Names.notAPerson("Ann Name")).isNull();
		assertThat(Names.person("Thornbury, Maeve (Cllr)")).isEqualTo(Names.person("Cllr Maeve Thornbury"));
	}

	/** A royal college, a faculty or a profession's regulator is a professional body, not a school or a council. */
	@Property(tries = 100)
	void theProfessionsBodiesAreProfessionalBodies(@ForAll("specialties") String specialty) {
		assertThat(Names.guessKind("Royal College of " + specialty)).isEqualTo(OrganisationKind.PROFESSIONAL_BODY);
		assertThat(Names.guessKind("The Faculty of " + specialty)).isEqualTo(OrganisationKind.PROFESSIONAL_BODY);
		assertThat(Names.guessKind(specialty + " College")).isEqualTo(OrganisationKind.SCHOOL);
		assertThat(Names.guessKind(specialty + " Borough Council")).isEqualTo(OrganisationKind.LOCAL_AUTHORITY);
	}

	@Provide
	Arbitrary<String> specialties() {
		return Arbitraries.of("Nursing", "General Practitioners", "Psychiatrists", "Physicians of London",
				"Public Health", "Emergency Medicine", "Midwives", "Paediatrics and Child Health");
	}

	@Example
	void theProfessionsRegulatorsAreNotCouncilsThatGovern() {
		for (String regulator : List.of("Nursing and Midwifery Council", "Health and Care Professions Council",
				"General Dental Council", "General Pharmaceutical Council", "General Medical Council")) {
			assertThat(Names.guessKind(regulator)).as(regulator).isEqualTo(OrganisationKind.PROFESSIONAL_BODY);
		}
	}

	@Example
	void aCreditUnionIsNotTakenForATradeUnion() {
		assertThat(Names.guessKind("Tamarside Credit Union")).isEqualTo(OrganisationKind.UNKNOWN);
		assertThat(Names.guessKind("Riverside Students' Union")).isEqualTo(OrganisationKind.UNKNOWN);
		assertThat(Names.guessKind("Unison")).isEqualTo(OrganisationKind.TRADE_UNION);
		assertThat(Names.guessKind("National Education Union")).isEqualTo(OrganisationKind.TRADE_UNION);
	}

	@Example
	void aRegistersSortedNameMatchesTheSamePersonWrittenPlainly() {
		assertThat(Names.person("Shah, Priya").key()).isEqualTo(Names.person("Priya Shah").key());
		assertThat(Names.person("de Souza, Cllr Ana")).isEqualTo(Names.person("Cllr Ana de Souza"));
		assertThat(Names.person("Smith, John, OBE")).isEqualTo(new PersonName(null, "John", "Smith", "OBE"));
	}

	/** Short words of three letters, so that near misses of every kind (added, lost, changed, swapped) are common. */
	@Provide
	Arbitrary<String> nearWords() {
		return Arbitraries.strings().withChars("abc").ofMaxLength(6);
	}

	@Property(tries = 2000)
	void oneEditApartIsAtMostOneInsertionDeletionChangeOrSwap(@ForAll("nearWords") String a,
			@ForAll("nearWords") String b) {
		assertThat(Names.oneEditApart(a, b)).as(a + " / " + b).isEqualTo(typos(a, b) <= 1);
		assertThat(Names.oneEditApart(a, b)).isEqualTo(Names.oneEditApart(b, a));
	}

	@Property(tries = 300)
	void aSurnameWithTwoNeighbouringLettersSwappedIsATypoThatSharesADeletionKey(@ForAll("surnames") String family,
			@ForAll int at) {
		String word = Names.words(family);
		int i = Math.floorMod(at, word.length() - 1);
		String swapped = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
		assertThat(Names.oneEditApart(word, swapped)).as(word + " / " + swapped).isTrue();
		// The directory finds near misses through deletion keys: a swap must share one, or it is never compared.
		assertThat(Names.deletionKeys(word)).containsAnyElementsOf(Names.deletionKeys(swapped));
	}

	@Example
	void aMinutesTypistsSwappedLettersAreOneSlip() {
		assertThat(Names.oneEditApart("askwe", "askew")).isTrue();
		assertThat(Names.oneEditApart("corirn", "corrin")).isTrue();
		assertThat(Names.oneEditApart("walls", "watts")).isFalse();
		assertThat(Names.oneEditApart("askew", "aksew")).isTrue();
		assertThat(Names.oneEditApart("askew", "kasew")).isFalse();
	}

	/** Insertions, deletions, changes and swaps of neighbours between two words (optimal string alignment). */
	private static int typos(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			for (int j = 0; j <= b.length(); j++) {
				if (i == 0 || j == 0) {
					d[i][j] = i + j;
					continue;
				}
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
						d[i - 1][j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1));
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
