package org.partnershiphub.interest;

import java.time.LocalDate;

import org.partnershiphub.common.DatePrecision;
import org.partnershiphub.security.Withholding;

/**
 * An entry in a register of interests: reified between person and organisation because it carries a type, dates,
 * a withheld flag and sources. {@code subject} describes an interest in no organisation ("Homeowner in Hackney"). A
 * register that dates a declaration to a month or year only ("April 2024") gives {@code declaredOn} at the start of it
 * and says so in its precision. {@code actionTaken} is how the register says it is managed.
 */
public record Interest(String id, String subject, String nature, InterestType type, String typeAsDeclared,
		LocalDate declaredOn, LocalDate validFrom, LocalDate validTo, boolean withheld,
		DatePrecision declaredOnPrecision, String actionTaken) implements Withholding {

	public Interest {
		declaredOnPrecision = DatePrecision.orDay(declaredOnPrecision);
	}

	@Override
	public String withheldInterestId() {
		return this.withheld ? this.id : null;
	}

}
