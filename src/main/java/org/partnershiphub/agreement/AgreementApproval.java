package org.partnershiphub.agreement;

import java.time.LocalDate;

/** A body's approval of an agreement, or of a variation to it: a governing body approving a partnership agreement. */
public record AgreementApproval(String id, LocalDate approvedOn) {
}
