package org.partnershiphub.risk;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A risk on a board's register. Its owner is a person when identified, and always the name as written; its scores are
 * separate {@link Score} nodes, one per quarter. {@code escalationThreshold} is the residual score at or above which
 * the register escalates it; null when the register does not say.
 */
public record Risk(String id, String reference, String title, String description, String category, String ownerName,
		Integer escalationThreshold, String escalatedToAsWritten, Status status) {

	public Risk {
		status = (status != null) ? status : Status.OPEN;
	}

	public enum Status {
		OPEN, CLOSED
	}

	/**
	 * A quarter's scores: likelihood and impact (1 to 5) and their product, inherent (before controls) and residual
	 * (after), and the target. A register may give only the product; any part it leaves out is null.
	 */
	public record Score(String id, String quarter, LocalDate quarterStart, Integer inherentLikelihood,
			Integer inherentImpact, Integer inherentScore, Integer residualLikelihood, Integer residualImpact,
			Integer residualScore, Integer targetScore) {
	}

	/** One score as a register prints it: "16", "4x4", "4 × 4 = 16", "16 (4x4)". */
	public record Rating(Integer likelihood, Integer impact, Integer score) {

		private static final Pattern PRODUCT = Pattern.compile("(\\d{1,2})\\s*[x×X*]\\s*(\\d{1,2})");

		private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d{1,2})(?![\\d.])");

		/**
		 * Reads a cell. Empty for a blank cell; an error message (as {@link IllegalArgumentException}) for one that is
		 * not a score, or whose product and total disagree.
		 */
		public static Optional<Rating> parse(String text) {
			String t = (text == null) ? "" : text.strip();
			if (t.isEmpty() || t.equals("-") || t.equalsIgnoreCase("n/a")) {
				return Optional.empty();
			}
			Matcher product = PRODUCT.matcher(t);
			if (product.find()) {
				int likelihood = Integer.parseInt(product.group(1));
				int impact = Integer.parseInt(product.group(2));
				String rest = t.substring(0, product.start()) + " " + t.substring(product.end());
				Matcher total = NUMBER.matcher(rest);
				Integer stated = total.find() ? Integer.parseInt(total.group(1)) : null;
				return Optional.of(of(likelihood, impact, stated));
			}
			Matcher number = NUMBER.matcher(t);
			if (!number.find()) {
				throw new IllegalArgumentException("\"" + t + "\" is not a score (a number from 1 to 25, or "
						+ "likelihood x impact)");
			}
			int score = Integer.parseInt(number.group(1));
			if (number.find()) {
				throw new IllegalArgumentException("\"" + t + "\" holds more than one number and no likelihood x impact");
			}
			return Optional.of(of(null, null, score));
		}

		/** Checks the parts: each 1 to 5, the score 1 to 25 and, with both parts, their product. */
		public static Rating of(Integer likelihood, Integer impact, Integer score) {
			for (Integer part : new Integer[] { likelihood, impact }) {
				if (part != null && (part < 1 || part > 5)) {
					throw new IllegalArgumentException("likelihood and impact run from 1 to 5, not " + part);
				}
			}
			if (score != null && (score < 1 || score > 25)) {
				throw new IllegalArgumentException("a score runs from 1 to 25, not " + score);
			}
			if (likelihood != null && impact != null) {
				int product = likelihood * impact;
				if (score != null && score != product) {
					throw new IllegalArgumentException("score " + score + " is not likelihood " + likelihood
							+ " x impact " + impact + " (" + product + ")");
				}
				return new Rating(likelihood, impact, product);
			}
			return new Rating(likelihood, impact, score);
		}

	}

	/**
	 * A financial-year quarter as registers head their columns: "2025/26 Q2", "Q2 2025/26", "Q2 25/26",
	 * "Q2 2025-26", "Quarter 2 2025/26". Stored as "2025/26 Q2" with the quarter's first day (Q1 starts 1 April). A quarter with no year
	 * ("Q2") is not read: the hub does not guess the year.
	 */
	public record Quarter(int startYear, int quarter) {

		private static final Pattern FORM = Pattern.compile(
				"(?i)(?:\\bq(?:uarter)?\\s*([1-4])\\b\\W*(?:fy\\s*)?(\\d{2}|\\d{4})\\s*[/-]\\s*(\\d{2})\\b)"
						+ "|(?:(?:fy\\s*)?\\b(\\d{2}|\\d{4})\\s*[/-]\\s*(\\d{2})\\W*q(?:uarter)?\\s*([1-4])\\b)");

		public static Optional<Quarter> find(String text) {
			if (text == null) {
				return Optional.empty();
			}
			Matcher m = FORM.matcher(text);
			if (!m.find()) {
				return Optional.empty();
			}
			boolean first = m.group(1) != null;
			int q = Integer.parseInt(first ? m.group(1) : m.group(6));
			String from = first ? m.group(2) : m.group(4);
			String to = first ? m.group(3) : m.group(5);
			int start = Integer.parseInt(from);
			if (start < 100) {
				start += 2000;
			}
			if ((start + 1) % 100 != Integer.parseInt(to)) {
				return Optional.empty();
			}
			return Optional.of(new Quarter(start, q));
		}

		public String label() {
			return "%d/%02d Q%d".formatted(this.startYear, (this.startYear + 1) % 100, this.quarter);
		}

		public LocalDate start() {
			return LocalDate.of(this.startYear, 4, 1).plusMonths(3L * (this.quarter - 1));
		}

		/** Whether a text names a quarter without a year ("Q3", "Quarter 3"): such a column cannot be dated. */
		public static boolean yearless(String text) {
			return text != null && find(text).isEmpty()
					&& text.toLowerCase(Locale.ROOT).matches(".*\\b(q|quarter\\s*)[1-4]\\b.*");
		}

	}

}
