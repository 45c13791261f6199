package org.partnershiphub.agreement;

import java.math.BigDecimal;

/**
 * A fund under an agreement: POOLED, spent by the body the partners delegate to, or ALIGNED, where each partner keeps
 * its own budget and a joint board only recommends. Its limits (a year's and the whole term's most, the term as
 * written, e.g. "3+1+1") are null until a paper states them.
 */
public record PooledFund(String id, String name, String scheme, Arrangement arrangement, BigDecimal maxPerYear,
		BigDecimal maxTotal, String termAsWritten) {

	public PooledFund {
		arrangement = (arrangement != null) ? arrangement : Arrangement.POOLED;
	}

	public enum Arrangement {
		POOLED, ALIGNED
	}

	/** The most one party puts in, per year unless {@code financialYear} names one. */
	public record PartyCap(String id, BigDecimal amount, String financialYear) {
	}

}
