package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.partnershiphub.imports.Movements.Moved;
import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.Movement;
import org.partnershiphub.meeting.Movement.Kind;
import org.partnershiphub.meeting.Movement.Presence;
import org.partnershiphub.meeting.Movement.Timing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members coming late and leaving early in the shapes minutes write them, generated: who ("Councillor Bell", "Dr C
 * Dee"), the verb ("left the meeting", "joined the meeting", "arrived"), a time or not ("at 3.15 pm", "at this
 * point"), when against an item ("during item 7", "at the end of item 5", "before the consideration of item 8", "for
 * item 4", or nothing: the item the line stands under), sometimes in brackets; and withdrawals from one item, which are
 * not moves.
 */
class MovementsProperties {

	record Sentence(String text, String name, Kind kind, Timing timing, String item) {
	}

	@Provide
	Arbitrary<Sentence> sentences() {
		Arbitrary<String> name = Combinators
			.combine(Arbitraries.of("Dr", "Councillor", "Cllr", "Mr", "Ms", "Professor"),
					Arbitraries.of("", "C ", "Ines ", "Owen "),
					Arbitraries.of("Dee", "Bell", "Barlow", "Pryce", "Mehra", "Okafor", "Quist", "Lindqvist"))
			.as((h, g, f) -> h + " " + g + f);
		Arbitrary<Kind> kind = Arbitraries.of(Kind.class);
		Arbitrary<Integer> verb = Arbitraries.integers().between(0, 2);
		Arbitrary<String> time = Arbitraries.of("", " at 3.15 pm", " at 11.40am", " at this point", " at 14:20");
		Arbitrary<Integer> when = Arbitraries.integers().between(0, 10);
		Arbitrary<Integer> number = Arbitraries.integers().between(2, 15);
		Arbitrary<Boolean> bracketed = Arbitraries.of(true, false);
		return Combinators.combine(name, kind, verb, time, when, number, bracketed).as((n, k, v, t, w, no, b) -> {
			String[] left = { "left the meeting", "departed the meeting", "left the meeting" };
			String[] joined = { "joined the meeting", "arrived at the meeting", "arrived" };
			String[] whens = { "", " during item " + no, " during the consideration of item " + no,
					" at the end of item " + no, " after item " + no, " following the discussion of item " + no,
					(k == Kind.JOINED) ? " for item " + no : " before item " + no, " prior to agenda item " + no,
					" during consideration of the above item", " prior to consideration of the next item",
					" after the previous item" };
			Timing timing = switch (w) {
				case 0, 1, 2, 8 -> Timing.DURING;
				case 3, 4, 5, 9 -> Timing.AFTER;
				default -> Timing.BEFORE;
			};
			String text = n + " " + ((k == Kind.LEFT) ? left[v] : joined[v]) + t + whens[w] + ".";
			String item = (w == 0 || w >= 8) ? "9" : String.valueOf(no);
			return new Sentence(b ? "(" + text + ")" : text, n, k, timing, item);
		});
	}

	@Property(tries = 500)
	void whoMovedWhenAndAgainstWhichItemAreReadAsMinuted(@ForAll("sentences") Sentence sentence) {
		List<Moved> read = Movements.read(sentence.text(), "9");
		assertThat(read).as(sentence.text()).hasSize(1);
		assertThat(read.get(0)).as(sentence.text())
			.extracting(Moved::name, Moved::kind, Moved::timing, Moved::item)
			.containsExactly(sentence.name(), sentence.kind(), sentence.timing(), sentence.item());
	}

	@Property(tries = 200)
	void twoPeopleNamedTogetherMoveTogether(@ForAll("sentences") Sentence sentence) {
		String text = sentence.text().replace(sentence.name(), sentence.name() + " and Dr Hale");
		assertThat(Movements.read(text, "9")).as(text)
			.extracting(Moved::name)
			.containsExactly(sentence.name(), "Dr Hale");
	}

	@Property(tries = 200)
	void aWithdrawalFromOneItemIsNotAMove(@ForAll("sentences") Sentence sentence,
			@ForAll("withdrawals") String withdrawal) {
		String text = sentence.name() + withdrawal;
		assertThat(Movements.read(text, "9")).as(text).isEmpty();
	}

	@Provide
	Arbitrary<String> withdrawals() {
		return Arbitraries.of(" left the meeting for this item.",
				" left the meeting for item 6 and returned for item 7.",
				" left the room.", " left the meeting while the item was discussed.",
				" left the meeting during consideration of this item and returned afterwards.",
				" declared an interest and left the meeting.", " left the meeting for the duration of the item.");
	}

	@Property(tries = 200)
	void aSentenceThatNamesNobodyIsNotAMove(@ForAll("nobody") String text) {
		assertThat(Movements.read(text, "9")).as(text).isEmpty();
	}

	@Provide
	Arbitrary<String> nobody() {
		return Arbitraries.of("The meeting closed at 4.30 pm.", "Members of the public left the meeting.",
				"The Board thanked everyone who joined the meeting.", "The press and public left the meeting.",
				"It was noted that the Director had arrived at a view on the proposal.",
				"Those who had left the meeting were sent the papers.");
	}

	@Example
	void theChairIsWhoeverChaired() {
		assertThat(Movements.read("The Chair left the meeting after item 6 and Councillor Vance took the Chair.", null))
			.extracting(Moved::name, Moved::kind, Moved::timing, Moved::item)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("The Chair", Kind.LEFT, Timing.AFTER, "6"));
	}

	@Example
	void councillorsNamedTogetherAreEachACouncillor() {
		assertThat(Movements.read("Councillors Bell and Dee left the meeting at 3.15 pm.", "7"))
			.extracting(Moved::name)
			.containsExactly("Councillor Bell", "Councillor Dee");
	}

	record Listed(String after, List<String> moves) {
	}

	@Provide
	Arbitrary<Listed> listed() {
		return Combinators.combine(Arbitraries.integers().between(2, 9), Arbitraries.integers().between(1, 4),
				Arbitraries.integers().between(0, 11), Arbitraries.of("(%s)", "- %s", "(%s only)", "%s"))
			.as((from, span, shape, wrap) -> {
				int to = from + span;
				String[] says = { "from item " + from, "arrived during item " + from, "for item " + from + " onwards",
						"until item " + to, "left after item " + to, "left during item " + to, "left before item " + to,
						"items " + from + " to " + to, "items " + from + "-" + to, "for item " + from,
						"present for item " + from, "arrived for item " + from };
				List<List<String>> moves = List.of(List.of("JOINED BEFORE " + from), List.of("JOINED DURING " + from),
						List.of("JOINED BEFORE " + from), List.of("LEFT AFTER " + to), List.of("LEFT AFTER " + to),
						List.of("LEFT DURING " + to), List.of("LEFT BEFORE " + to),
						List.of("JOINED BEFORE " + from, "LEFT AFTER " + to),
						List.of("JOINED BEFORE " + from, "LEFT AFTER " + to),
						List.of("JOINED BEFORE " + from, "LEFT AFTER " + from),
						List.of("JOINED BEFORE " + from, "LEFT AFTER " + from), List.of("JOINED BEFORE " + from));
				return new Listed(wrap.formatted(says[shape]), moves.get(shape));
			});
	}

	@Property(tries = 300)
	void whatFollowsANameInTheListSaysWhenTheyCameOrWent(@ForAll("listed") Listed listed) {
		assertThat(Movements.inList("Dr C Dee", listed.after()))
			.as(listed.after())
			.extracting(m -> m.kind() + " " + m.timing() + " " + m.item())
			.containsExactlyElementsOf(listed.moves());
	}

	@Property(tries = 100)
	void aTimeInTheListIsAMoveAgainstNoItem(@ForAll("times") String time, @ForAll boolean left) {
		String after = "(" + (left ? "left at " : "arrived ") + time + ")";
		assertThat(Movements.inList("Dr C Dee", after)).as(after)
			.singleElement()
			.satisfies(m -> {
				assertThat(m.kind()).isEqualTo(left ? Kind.LEFT : Kind.JOINED);
				assertThat(m.item()).isNull();
				assertThat(m.how()).endsWith(Movements.AT_A_TIME_ONLY);
			});
	}

	@Provide
	Arbitrary<String> times() {
		return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 59),
				Arbitraries.of(".", ":"), Arbitraries.of(" pm", "pm", " am", "", " p.m."))
			.as((h, m, sep, half) -> h + sep + "%02d".formatted(m) + half);
	}

	@Property(tries = 100)
	void aTitleOrTheChairsItemsAreNotMoves(@ForAll("titles") String after) {
		assertThat(Movements.inList("Dr C Dee", after)).as(after).isEmpty();
	}

	@Provide
	Arbitrary<String> titles() {
		return Arbitraries.of("(in the Chair for items 1 to 4)", "Chair, NHS Tamarside CCG",
				"(Director of Public Health)",
				"(substituting for Councillor Bell)", "- Kestrel ICB", "(Vice-Chair, in the Chair for item 6)", "",
				"(Executive Member for Adults)", "Head of Item Management");
	}

	/** Items 1 to 10; a move generated as (kind, timing, item). */
	@Property(tries = 500)
	void presenceFollowsTheMovesInTheAgendasOrder(@ForAll @IntRange(min = 1, max = 10) int at,
			@ForAll("moves") List<Movement> moves) {
		AgendaItem item = item(at);
		Presence presence = Movement.presence(moves, item);
		// The meeting walked item by item: before each item its BEFORE moves, during it its DURING moves (which make
		// it part), after it its AFTER moves; there at the start unless the first move is joining.
		List<Movement> ordered = new ArrayList<>(moves);
		ordered.sort(java.util.Comparator.comparing((Movement m) -> Integer.parseInt(m.item().number()))
			.thenComparing(Movement::timing));
		boolean there = ordered.isEmpty() || ordered.get(0).kind() == Kind.LEFT;
		boolean part = false;
		for (int n = 1; n <= at && !part; n++) {
			for (Timing phase : Timing.values()) {
				for (Movement m : moves) {
					if (Integer.parseInt(m.item().number()) == n && m.timing() == phase) {
						part |= n == at && phase == Timing.DURING;
						if (n < at || phase == Timing.BEFORE) {
							there = m.kind() == Kind.JOINED;
						}
					}
				}
			}
		}
		Presence expected = part ? Presence.PART : there ? Presence.THROUGHOUT : Presence.ABSENT;
		assertThat(presence).as(moves + " at item " + at).isEqualTo(expected);
		if (moves.isEmpty()) {
			assertThat(presence).isEqualTo(Presence.THROUGHOUT);
		}
	}

	@Provide
	Arbitrary<List<Movement>> moves() {
		return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.of(Timing.class),
				Arbitraries.integers().between(1, 10))
			.as((k, t, n) -> new Movement(k, t, item(n), null))
			.list()
			.ofMaxSize(3);
	}

	@Example
	void leavingDuringAnItemIsPartOfItAndNoneOfTheNext() {
		List<Movement> left = List.of(new Movement(Kind.LEFT, Timing.DURING, item(5), null));
		assertThat(List.of(4, 5, 6)).extracting(n -> Movement.presence(left, item(n)))
			.containsExactly(Presence.THROUGHOUT, Presence.PART, Presence.ABSENT);
		List<Movement> late = List.of(new Movement(Kind.JOINED, Timing.BEFORE, item(3), null));
		assertThat(List.of(2, 3, 4)).extracting(n -> Movement.presence(late, item(n)))
			.containsExactly(Presence.ABSENT, Presence.THROUGHOUT, Presence.THROUGHOUT);
		List<Movement> outAndBack = List.of(new Movement(Kind.LEFT, Timing.AFTER, item(3), null),
				new Movement(Kind.JOINED, Timing.BEFORE, item(6), null));
		assertThat(List.of(3, 4, 5, 6)).extracting(n -> Movement.presence(outAndBack, item(n)))
			.containsExactly(Presence.THROUGHOUT, Presence.ABSENT, Presence.ABSENT, Presence.THROUGHOUT);
	}

	private static AgendaItem item(int number) {
		return new AgendaItem("item-" + number, String.valueOf(number), "Item " + number, null, null, null);
	}

}
