package org.partnershiphub.conflict;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.partnershiphub.interest.Interest;
import org.partnershiphub.interest.InterestType;
import org.partnershiphub.meeting.AgendaItem.Purpose;
import org.partnershiphub.organisation.Organisation.OrganisationKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy's "not a conflict" rules on natures as registers write them: whatever the case, punctuation and words
 * around "patient", a patient is noted and not conflicted; a plain membership of a professional body or union is
 * noted unless the item concerns that body; an office held in such a body, or any other nature, still counts.
 */
class ConflictPolicyProperties {

	private final ConflictPolicy policy = new ConflictPolicy(3, 6, Map.of(), List.of(), null);

	@Property
	void aPatientIsNotedWhateverTheWording(@ForAll("patients") String nature, @ForAll OrganisationKind kind,
			@ForAll @IntRange(max = 4) int steps, @ForAll Purpose purpose) {
		Conflict judged = this.policy.judge(conflict(nature, kind, steps, InterestType.NON_FINANCIAL_PERSONAL), purpose);
		assertThat(judged.dismissedBy()).startsWith("Registered patient: ");
		assertThat(judged.action()).isEqualTo(ManagementAction.NO_ACTION);
	}

	@Provide
	Arbitrary<String> patients() {
		Arbitrary<String> word = Arbitraries.of("patient", "Patient", "PATIENT", "patients", "Patients");
		Arbitrary<String> before = Arbitraries.of("", "Registered ", "registered ", "Self and family - ", "(",
				"NHS ", "I am a ", "Spouse is a ");
		Arbitrary<String> after = Arbitraries.of("", " at the practice", ")", ".", " of Ashgrove Surgery", " (family)",
				"; no other interest");
		return Combinators.combine(before, word, after).as((b, w, a) -> b + w + a);
	}

	@Property
	void aPlainMembershipOfAProfessionalBodyIsNotedUnlessTheItemConcernsIt(@ForAll("memberships") String nature,
			@ForAll("bodies") OrganisationKind kind, @ForAll @IntRange(max = 4) int steps, @ForAll Purpose purpose) {
		Conflict judged = this.policy.judge(conflict(nature, kind, steps, InterestType.NON_FINANCIAL_PROFESSIONAL),
				purpose);
		if (steps == 0) {
			assertThat(judged.dismissedBy()).isNull();
			assertThat(judged.action()).isEqualTo(this.policy.action(purpose, InterestType.NON_FINANCIAL_PROFESSIONAL));
		}
		else {
			assertThat(judged.dismissedBy()).startsWith("Professional body membership: ");
		}
	}

	@Provide
	Arbitrary<String> memberships() {
		return Combinators.combine(Arbitraries.of("Member", "member", "MEMBER", "Membership", "Fellow", "Associate"),
				Arbitraries.of("", " of the BMA", " (ordinary)", ", since 2001", " - RCN")).as(String::concat);
	}

	@Provide
	Arbitrary<OrganisationKind> bodies() {
		return Arbitraries.of(OrganisationKind.PROFESSIONAL_BODY, OrganisationKind.TRADE_UNION);
	}

	/** An office in a body, membership of any other kind of body, or anything else declared: still a conflict. */
	@Property
	void otherNaturesStillCount(@ForAll("offices") String nature, @ForAll OrganisationKind kind,
			@ForAll @IntRange(max = 4) int steps, @ForAll InterestType type, @ForAll Purpose purpose) {
		Conflict judged = this.policy.judge(conflict(nature, kind, steps, type), purpose);
		assertThat(judged.dismissedBy()).isNull();
		assertThat(judged.action()).isEqualTo(this.policy.action(purpose, type));
	}

	@Provide
	Arbitrary<String> offices() {
		return Arbitraries.of("Regional Council member", "Chair of the local negotiating committee", "Director",
				"Patientline Ltd shareholder", "Outpatients manager", "GP partner", "Trustee", "Spouse is a director",
				"Treasurer and member");
	}

	/**
	 * Employment declared under the NHS guidance's types is noted on an item for noting about the employer, and
	 * counts on items for decision or discussion; a council's disclosable pecuniary interest in employment always
	 * counts.
	 */
	@Property
	void anEmployeeIsNotedOnlyOnRoutineItemsAndOnlyUnderTheNhsTypes(@ForAll("employments") String nature,
			@ForAll OrganisationKind kind, @ForAll @IntRange(max = 4) int steps, @ForAll InterestType type,
			@ForAll Purpose purpose) {
		Conflict judged = this.policy.judge(conflict(nature, kind, steps, type), purpose);
		boolean nhs = type == InterestType.FINANCIAL || type == InterestType.NON_FINANCIAL_PROFESSIONAL;
		if (nhs && purpose == Purpose.NOTING) {
			assertThat(judged.dismissedBy()).startsWith("Employee on a routine item: ");
			assertThat(judged.action()).isEqualTo(ManagementAction.NO_ACTION);
		}
		else {
			assertThat(judged.dismissedBy()).isNull();
			assertThat(judged.action()).isEqualTo(this.policy.action(purpose, type));
		}
	}

	@Provide
	Arbitrary<String> employments() {
		return Combinators.combine(Arbitraries.of("", "Salaried ", "Full-time ", "(", "I am an "),
				Arbitraries.of("employee", "Employee", "EMPLOYMENT", "employed", "works for", "Works at", "salaried"),
				Arbitraries.of("", " of the trust", ")", " - Director of Finance", ", since 2019")).as((a, b, c) -> a + b + c);
	}

	@Property
	void membershipOfABodyOfAnotherKindStillCounts(@ForAll("memberships") String nature,
			@ForAll("otherKinds") OrganisationKind kind, @ForAll @IntRange(max = 4) int steps) {
		assertThat(this.policy.judge(conflict(nature, kind, steps, InterestType.NON_PECUNIARY), Purpose.DECISION)
			.dismissedBy()).isNull();
	}

	@Provide
	Arbitrary<OrganisationKind> otherKinds() {
		return Arbitraries.of(OrganisationKind.class)
			.filter(k -> k != OrganisationKind.PROFESSIONAL_BODY && k != OrganisationKind.TRADE_UNION);
	}

	private static Conflict conflict(String nature, OrganisationKind kind, int steps, InterestType type) {
		Interest interest = new Interest("interest-1", null, nature, type, null, null, null, null, false, null, null);
		return new Conflict(null, interest, null, "subject-1", "organisation-1", kind, steps, null, null,
				ManagementAction.NO_ACTION, null, null, null);
	}

}
