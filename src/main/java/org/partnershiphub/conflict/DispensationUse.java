package org.partnershiphub.conflict;

import java.time.LocalDate;

import org.neo4j.driver.Value;
import org.partnershiphub.conflict.Dispensation.Allowance;

/**
 * A member's dispensation as it bears on one conflict: applied (the action it allows replaces the policy's), or
 * ignored because it was not in force on the date or does not cover the item, and said to be.
 *
 * @param actionWithout what the policy says to do without the dispensation
 */
public record DispensationUse(Dispensation dispensation, boolean applied, ManagementAction actionWithout, String note) {

	static Dispensation dispensation(Value x) {
		return new Dispensation(x.get("id").asString(),
				x.get("allows").asList(a -> Allowance.valueOf(a.asString())),
				x.get("decisionKinds").isNull() ? null : x.get("decisionKinds").asList(Value::asString),
				x.get("validFrom").asLocalDate(), x.get("validTo").isNull() ? null : x.get("validTo").asLocalDate(),
				x.get("grantedByRole").isNull() ? null : x.get("grantedByRole").asString(),
				x.get("reason").isNull() ? null : x.get("reason").asString());
	}

	static String allows(Dispensation dispensation) {
		return dispensation.allows().contains(Allowance.VOTE) ? "speak and vote"
				: dispensation.allows().contains(Allowance.SPEAK) ? "speak but not vote" : "remain but not speak or vote";
	}

	static String outOfForce(Dispensation dispensation, LocalDate date) {
		return dispensation.validFrom().isAfter(date) ? "it starts on " + dispensation.validFrom()
				: "it ended on " + dispensation.validTo();
	}

}
