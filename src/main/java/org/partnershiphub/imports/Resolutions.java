package org.partnershiphub.imports;

import java.util.regex.Pattern;

import org.partnershiphub.meeting.Decision;

/**
 * A resolution as minutes record it ("RESOLVED: That the plan be approved.", "The Board AGREED to ...", "RESOLVED:"
 * over "1. That the plan be approved." and "2. That the Director be authorised ..."): what the meeting decided, read
 * from its words. The outcome is read only where the words say it: a resolution that says neither approval, refusal,
 * deferral, recommendation nor noting has none, and the officer records it.
 */
final class Resolutions {

	/**
	 * The line a resolution opens with: "RESOLVED", "It was agreed", or a decision's verb in capitals as minutes print
	 * it, "The Board APPROVED ...", "The Committee NOTED ..." (in lower case such a verb is narrative).
	 */
	static final Pattern RESOLVED = Pattern.compile("^\\s*(?:(?i:(?:[\\w -]{0,40}?\\b)?(?:resolved|agreed)\\b)"
			+ "|(?:[\\w -]{0,40}?\\s)?(?:APPROVED|NOTED|ENDORSED|RATIFIED|DEFERRED|SUPPORTED|ACCEPTED|RECEIVED"
			+ "|RECOMMENDED|DECIDED)\\b)");

	/** A clause of a resolution on a line of its own: "1. That ...", "(a) approves ...", "- notes ...". */
	private static final Pattern CLAUSE = Pattern.compile("(?i)^\\s*(?:\\(?(?:\\d{1,2}|[a-h]|i{1,3}|iv|v)[.)]\\s+|"
			+ "[\u2022\u2013-]\\s+)?(?:that\\s|(?:approves?|agrees?|notes?|endorses?|authorises?|authorizes?|delegates?|"
			+ "recommends?|asks?|requests?|receives?|supports?|defers?|adopts?|ratif(?:y|ies)|accepts?|confirms?)\\b)");

	private static final Pattern SUBJECT_TO = Pattern.compile("(?i)\\bsubject\\s+to\\b");

	private static final Pattern RECOMMENDED = Pattern.compile("(?i)\\b(?:recommend(?:s|ed)?\\s+(?:that\\s+)?(?:to\\s+)?"
			+ "(?:the\\s+)?(?:full\\s+)?(?:council|cabinet|board|governing body|icb|trust board|committee|partnership)|"
			+ "recommended\\s*:)");

	private static final Pattern DEFERRED = Pattern.compile("(?i)\\b(?:defer(?:red|s)?|postpone[ds]?)\\b");

	private static final Pattern REJECTED = Pattern.compile("(?i)\\b(?:not\\s+(?:be\\s+)?(?:approved|agreed|endorsed|"
			+ "supported)|reject(?:ed|s)?|decline[ds]?|refuse[ds]?)\\b");

	private static final Pattern APPROVED = Pattern.compile("(?i)\\b(?:approv(?:e|ed|es|al)|agree[ds]?|endorse[ds]?|"
			+ "adopt(?:ed|s)?|ratif(?:y|ied|ies)|signed\\s+off|sign\\s+off|authori[sz]e[ds]?|delegate[ds]?|support(?:ed|s)?|"
			+ "accept(?:ed|s)?|confirm(?:ed|s)?)\\b");

	private static final Pattern NOTED = Pattern.compile("(?i)\\b(?:note[ds]?|noting|receive[ds]?)\\b");

	private Resolutions() {
	}

	/** Whether a line carries on the resolution above it: a clause of it, or text running on in lower case. */
	static boolean continues(String line) {
		String t = line.strip();
		return !t.isEmpty() && (Character.isLowerCase(t.codePointAt(0)) || CLAUSE.matcher(t).lookingAt());
	}

	/** What a resolution's words say was decided; null when they say none of it. */
	static Decision.Outcome outcome(String text) {
		// "The Board AGREED to ..." and "RESOLVED" say a resolution was passed, not what it was.
		String words = text.replaceFirst("(?i)^\\s*(?:[\\w -]{0,40}?\\b)?(?:resolved|agreed)\\b\\s*[:\u2013-]?", " ");
		if (RECOMMENDED.matcher(text).find()) {
			return Decision.Outcome.RECOMMENDED;
		}
		if (DEFERRED.matcher(words).find()) {
			return Decision.Outcome.DEFERRED;
		}
		if (REJECTED.matcher(words).find()) {
			return Decision.Outcome.REJECTED;
		}
		if (APPROVED.matcher(words).find()) {
			return SUBJECT_TO.matcher(words).find() ? Decision.Outcome.APPROVED_SUBJECT_TO : Decision.Outcome.APPROVED;
		}
		if (NOTED.matcher(words).find()) {
			return Decision.Outcome.NOTED;
		}
		// "The Board AGREED the plan": the verb is the outcome.
		return text.matches("(?is)^\\s*(?:[\\w -]{0,40}?\\b)?agreed\\b.*") ? Decision.Outcome.APPROVED : null;
	}

}
