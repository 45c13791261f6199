package org.partnershiphub.agreement;

import java.math.BigDecimal;

/**
 * One party's contribution to a pooled fund for a financial year, as one source states it. Stored in whole pence;
 * sources that disagree give two contributions, each with its own citation, rather than one silently chosen.
 */
public record Contribution(String id, String financialYear, BigDecimal amount) {
}
