package org.partnershiphub.conflict;

import java.util.List;

import org.partnershiphub.interest.Interest;
import org.partnershiphub.interest.InterestType;
import org.partnershiphub.organisation.Organisation.OrganisationKind;
import org.partnershiphub.person.Person;
import org.partnershiphub.person.PersonRelationship.Kind;
import org.partnershiphub.security.Withholding;

/**
 * An interest on a person's register that reaches a subject, and why: the path from the person through the
 * interest and the organisational structure to the subject, with what the policy says to do about it.
 *
 * @param subject the organisation, agreement, pooled fund or partnership reached
 * @param organisationId the organisation the interest is in (the path's third node)
 * @param organisationKind that organisation's kind
 * @param steps steps through structure from that organisation to the subject; 0 when it is the subject
 * @param dismissedBy the policy's rule that does not count this interest as a conflict (then no action); null when
 * it counts
 * @param relationship how the member is related to the person whose interest this is; null for their own
 * @param dispensation the member's dispensation as it bears on this conflict (applied, or ignored and why); null when
 * they hold none
 */
public record Conflict(Person person, Interest interest, Object subject, String subjectId, String organisationId,
		OrganisationKind organisationKind, int steps, Path path, String explanation, ManagementAction action,
		String dismissedBy, DispensationUse dispensation, Kind relationship) implements Withholding {

	@Override
	public String withheldInterestId() {
		return this.interest.withheldInterestId();
	}

	/** The interest's type for the member: a relative's or associate's interest is an indirect one. */
	public InterestType interestType() {
		return (this.relationship != null) ? InterestType.INDIRECT : this.interest.type();
	}

	public ManagementAction.Severity severity() {
		return this.action.severity();
	}

	Conflict withAction(ManagementAction action) {
		return new Conflict(this.person, this.interest, this.subject, this.subjectId, this.organisationId,
				this.organisationKind, this.steps, this.path, this.explanation, action, null, null,
				this.relationship);
	}

	/** Not a conflict by policy: no action, and the rule that says so. */
	Conflict dismissed(String rule) {
		return new Conflict(this.person, this.interest, this.subject, this.subjectId, this.organisationId,
				this.organisationKind, this.steps, this.path, this.explanation, ManagementAction.NO_ACTION, rule, null,
				this.relationship);
	}

	/** A dispensation weighed against this conflict: applied, the action it allows; ignored, the action unchanged. */
	Conflict dispensed(DispensationUse use) {
		return new Conflict(this.person, this.interest, this.subject, this.subjectId, this.organisationId,
				this.organisationKind, this.steps, this.path, this.explanation,
				use.applied() ? use.dispensation().action() : this.action, this.dismissedBy, use, this.relationship);
	}

	/** The path as nodes and the relationships between them, in reading order from the person. */
	public record Path(List<PathNode> nodes, List<PathRelationship> relationships) {
	}

	/** A node on a path: its id (for {@code node(id)}), what kind of node it is, and a display name. */
	public record PathNode(String id, String kind, String name) {
	}

	/** A relationship on a path, with its stored direction. */
	public record PathRelationship(String type, String from, String to) {
	}

}
