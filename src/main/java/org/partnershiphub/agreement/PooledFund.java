package org.partnershiphub.agreement;

/**
 * A fund under an agreement: POOLED, spent by the body the partners delegate to, or ALIGNED, where each partner keeps
 * its own budget and a joint board only recommends.
 */
public record PooledFund(String id, String name, String scheme, Arrangement arrangement) {

	public PooledFund {
		arrangement = (arrangement != null) ? arrangement : Arrangement.POOLED;
	}

	public enum Arrangement {
		POOLED, ALIGNED
	}

}
