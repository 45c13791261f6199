package org.partnershiphub.conflict;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Declared subjects and agenda items as papers write them: cases, accents, punctuation, common words. */
class SubjectWordsProperties {

	/** A place or body named in both is found, however each is written. */
	@Property
	void aDistinctiveWordInBothIsMatchedHoweverWritten(@ForAll("places") String place, @ForAll("prefixes") String before,
			@ForAll("suffixes") String after) {
		String subject = "Trustee of the " + place + " Leisure Trust";
		String item = before + place.toUpperCase() + after;
		assertThat(SubjectWords.shared(subject, List.of(item))).contains(SubjectWords.of(place).iterator().next());
	}

	@Provide
	Arbitrary<String> places() {
		return Arbitraries.of("Millbrook", "Quayside", "Ashgrove", "Northmere", "Brackenford", "Eastwater", "Wyebridge");
	}

	@Provide
	Arbitrary<String> prefixes() {
		return Arbitraries.of("", " ", "(", "Grant to ", "4. ", "\u201c");
	}

	@Provide
	Arbitrary<String> suffixes() {
		return Arbitraries.of("", " ", ")", ": update", "'s", " - for decision", "\u2019s plan", "-based");
	}

	/** Words every paper uses, short words and numbers never make a match on their own. */
	@Property
	void commonAndShortWordsNeverMatch(@ForAll("ordinary") String subject, @ForAll("ordinary") String item) {
		assertThat(SubjectWords.shared(subject, List.of(item))).isEmpty();
	}

	@Provide
	Arbitrary<String> ordinary() {
		return Arbitraries.of("health", "Council", "NHS", "trust", "Services", "the", "and", "of", "care", "2025",
				"Hospital", "Community", "Board", "GP", "Primary Care", "home", "Road")
			.list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words));
	}

	/** Every word matched is one of the subject's own distinctive words and one of the item's. */
	@Property
	void matchedWordsAreInBoth(@ForAll("texts") String subject, @ForAll("texts") String item) {
		List<String> shared = SubjectWords.shared(subject, List.of(item));
		assertThat(SubjectWords.of(subject)).containsAll(shared);
		assertThat(SubjectWords.of(item)).containsAll(shared);
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40), Arbitraries.of("Homeowner in Millbrook",
				"Millbrook Medical Centre", "Café Élan, Quayside", "cafe elan quayside"));
	}

	/** The words of the meeting's own boards say nothing: a homeowner in Eastwater on an Eastwater board's agenda. */
	@Property
	void theBoardsOwnWordsAreSetAside(@ForAll("places") String place) {
		assertThat(SubjectWords.shared("Homeowner in " + place, List.of("Contract with " + place + " Community Health"),
				List.of(place + " Health and Wellbeing Board"))).isEmpty();
		assertThat(SubjectWords.shared("Homeowner in " + place, List.of("Contract with " + place + " Community Health"),
				List.of("Another Board"))).containsExactly(SubjectWords.of(place).iterator().next());
	}

	@Example
	void accentsAreSetAside() {
		assertThat(SubjectWords.shared("Owner, Café Élan", List.of("Cafe Elan lease renewal")))
			.containsExactly("cafe", "elan");
	}

}
