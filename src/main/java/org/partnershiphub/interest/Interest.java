package org.partnershiphub.interest;

import java.time.LocalDate;

import org.partnershiphub.security.Withholding;

/**
 * An entry in a register of interests: reified between person and organisation because it carries a type, dates,
 * a withheld flag and sources. {@code subject} describes an interest in no organisation ("Homeowner in Hackney").
 */
public record Interest(String id, String subject, String nature, InterestType type, String typeAsDeclared,
		LocalDate declaredOn, LocalDate validFrom, LocalDate validTo, boolean withheld) implements Withholding {

	@Override
	public String withheldInterestId() {
		return this.withheld ? this.id : null;
	}

}
