package org.partnershiphub.interest;

/**
 * The rules a register of interests is kept under, which decide what its words mean. "Pecuniary interest" on a
 * council's register is a disclosable pecuniary interest under the Localism Act 2011 (withdraw, always); on an NHS
 * body's register, kept under NHS England's conflicts of interest guidance, it is a financial interest, whose action
 * depends on the item.
 */
public enum Regime {

	/** Members' codes of conduct under the Localism Act 2011: disclosable pecuniary and other registrable interests. */
	LOCAL_GOVERNMENT,

	/** NHS England's conflicts of interest guidance: financial, non-financial professional and personal, indirect. */
	NHS

}
