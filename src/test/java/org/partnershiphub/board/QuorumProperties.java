package org.partnershiphub.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.partnershiphub.board.Quorum.Seat;
import org.partnershiphub.board.QuorumRule.Clause;
import org.partnershiphub.board.QuorumRule.SeatCondition;
import org.partnershiphub.organisation.Organisation.OrganisationKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The quorum rule's evaluation over generated boards, seats and attendance. */
class QuorumProperties {

	/** The borough-pair rule of a joint sub-committee, exactly as its terms of reference state it. */
	static final QuorumRule BOROUGH_PAIR = new QuorumRule("3 voting members of each constituent borough, including "
			+ "one local authority elected representative of each borough and one of: the Chair of their CCG or the "
			+ "Chair of their Healthwatch (or their substitutes)", List.of("Tamarside", "Wyebridge"), List.of(
					new Clause(null, 3, false, true, true, List.of()),
					new Clause(null, 1, false, true, true, List.of(new SeatCondition(null, true, null, null))),
					new Clause(null, 1, false, true, true, List.of(new SeatCondition(null, null,
							List.of(OrganisationKind.CLINICAL_COMMISSIONING_GROUP, OrganisationKind.HEALTHWATCH),
							List.of("Chair"))))));

	@Provide
	Arbitrary<Seat> seats() {
		Arbitrary<Membership> membership = Combinators.combine(Arbitraries.of(Membership.Role.values()),
				Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of("Tamarside", "Wyebridge"),
				Arbitraries.of("Chair, NHS Tamarside CCG", "Chief Executive", "Vice-Chair", "Chair", "Leader"),
				Arbitraries.strings().alpha().ofLength(8))
			.as((role, voting, elected, side, title, id) -> new Membership(id, role, voting, elected, side,
					LocalDate.of(2020, 1, 1), null, title, false));
		return Combinators.combine(membership, Arbitraries.of(OrganisationKind.values()).injectNull(0.2))
			.as(Seat::new);
	}

	@Property(tries = 300)
	void anotherMemberArrivingNeverLosesAQuorum(@ForAll("seatLists") List<Seat> seats, @ForAll("seats") Seat late) {
		List<Seat> all = new ArrayList<>(seats);
		all.add(late);
		Quorum.Result before = Quorum.evaluate(BOROUGH_PAIR, all, seats, "none");
		Quorum.Result after = Quorum.evaluate(BOROUGH_PAIR, all, all, "none");
		if (before.quorate()) {
			assertThat(after.quorate()).isTrue();
		}
		assertThat(after.failures().size()).isLessThanOrEqualTo(before.failures().size());
	}

	@Property(tries = 200)
	void nobodyPresentIsNeverQuorateAndEverySideFailsByName(@ForAll("seatLists") List<Seat> seats) {
		Quorum.Result result = Quorum.evaluate(BOROUGH_PAIR, seats, List.of(), "no seats");
		assertThat(result.quorate()).isFalse();
		if (!seats.isEmpty()) {
			assertThat(result.failures()).extracting(Quorum.Failure::side).contains("Tamarside", "Wyebridge");
		}
	}

	@Provide
	Arbitrary<List<Seat>> seatLists() {
		return seats().list().ofMaxSize(14);
	}

	@Example
	void aBoardWithNoSeatsOnTheDateIsNotQuorate() {
		Quorum.Result result = Quorum.evaluate(BOROUGH_PAIR, List.of(), List.of(), "Nobody holds a seat");
		assertThat(result.quorate()).isFalse();
		assertThat(result.failures()).singleElement().satisfies(f -> {
			assertThat(f.requirement()).isEqualTo(Quorum.Requirement.NO_SEATS);
			assertThat(f.message()).isEqualTo("Nobody holds a seat");
		});
	}

	@Example
	void aMajorityIsMoreThanHalfOfTheMatchingSeats() {
		QuorumRule nhsBoard = new QuorumRule("A majority of members, including at least one executive and one "
				+ "non-executive director", List.of(), List.of(new Clause(null, null, true, false, false, List.of()),
						new Clause(null, 1, false, false, false,
								List.of(new SeatCondition(null, null, null, List.of("Chief Executive", "Director of",
										"Chief Finance Officer", "Medical Director")))),
						new Clause(null, 1, false, false, false,
								List.of(new SeatCondition(null, null, null, List.of("Non-Executive Director", "Chair"))))));
		List<Seat> board = List.of(seat("Chair"), seat("Non-Executive Director"), seat("Non-Executive Director"),
				seat("Chief Executive"), seat("Director of Finance"), seat("Medical Director"));
		assertThat(Quorum.evaluate(nhsBoard, board, board.subList(0, 3), "-").failures())
			.extracting(Quorum.Failure::clause, Quorum.Failure::required, Quorum.Failure::present)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 4, 3), org.assertj.core.groups.Tuple.tuple(2, 1, 0));
		assertThat(Quorum.evaluate(nhsBoard, board, board.subList(2, 6), "-").quorate()).isTrue();
		assertThat(Quorum.evaluate(nhsBoard, board, board.subList(3, 6), "-").failures())
			.extracting(Quorum.Failure::clause).containsExactly(1, 3);
	}

	private static Seat seat(String title) {
		return new Seat(new Membership(title + Math.random(), Membership.Role.MEMBER, true, false, null,
				LocalDate.of(2022, 7, 1), null, title, false), OrganisationKind.INTEGRATED_CARE_BOARD);
	}

	@Example
	void titlesMatchWholeWordsAtTheStart() {
		assertThat(QuorumRule.titleStartsWith("Chair, NHS Northmere CCG", "Chair")).isTrue();
		assertThat(QuorumRule.titleStartsWith("Chair of Healthwatch Southmere", "chair")).isTrue();
		assertThat(QuorumRule.titleStartsWith("Vice-Chair", "Chair")).isFalse();
		assertThat(QuorumRule.titleStartsWith("Chairman", "Chair")).isFalse();
		assertThat(QuorumRule.titleStartsWith("Chief Executive", "Chair")).isFalse();
		assertThat(QuorumRule.titleStartsWith(null, "Chair")).isFalse();
	}

}
