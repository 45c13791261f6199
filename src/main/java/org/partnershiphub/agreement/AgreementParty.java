package org.partnershiphub.agreement;

/** An organisation's part in an agreement, reified so the role and later facts can hang on it. */
public record AgreementParty(String id, Role role) {

	public enum Role {
		HOST, PARTNER
	}

}
