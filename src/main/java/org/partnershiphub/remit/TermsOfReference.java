package org.partnershiphub.remit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.partnershiphub.common.DatePrecision;

/**
 * A board's terms of reference as adopted on a date: its remit and responsibilities as written, when it was
 * established, when the terms are due for review, and its standing orders on interests, exempt items, deputations
 * and urgent business (kept as two parallel lists: topic and text).
 */
public record TermsOfReference(String id, LocalDate adoptedOn, DatePrecision adoptedOnPrecision, LocalDate establishedOn,
		DatePrecision establishedOnPrecision, LocalDate reviewDue, String remit, List<String> responsibilities,
		List<String> orderTopics, List<String> orderTexts) {

	public TermsOfReference {
		adoptedOnPrecision = DatePrecision.orDay(adoptedOnPrecision);
		establishedOnPrecision = DatePrecision.orDay(establishedOnPrecision);
	}

	public enum Topic {
		DECLARATIONS_OF_INTEREST, EXCLUSION_OF_PRESS_AND_PUBLIC, DEPUTATIONS, URGENT_ITEMS, QUORUM, VOTING, SUBSTITUTES,
		OTHER
	}

	public record StandingOrder(Topic topic, String text) {
	}

	public List<StandingOrder> standingOrders() {
		List<StandingOrder> orders = new ArrayList<>();
		for (int i = 0; i < this.orderTopics.size() && i < this.orderTexts.size(); i++) {
			orders.add(new StandingOrder(Topic.valueOf(this.orderTopics.get(i)), this.orderTexts.get(i)));
		}
		return orders;
	}

	/**
	 * A board's line to another body: it REPORTS_TO it (a committee to its board), or OVERSEES it (a health and
	 * wellbeing board over the BCF pooled budget board), with the responsibilities the papers name.
	 */
	public record ReportingLine(String id, Relation relation, List<String> responsibilities, LocalDate validFrom,
			LocalDate validTo) {

		public enum Relation {
			REPORTS_TO, OVERSEES
		}

	}

}
