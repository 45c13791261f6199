package org.partnershiphub.conflict;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.partnershiphub.interest.InterestType;
import org.partnershiphub.meeting.AgendaItem.Purpose;
import org.partnershiphub.organisation.Organisation.OrganisationKind;
import org.partnershiphub.person.PersonRelationship.Kind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The conflict policy, as configuration ({@code hub.conflicts}): how far through organisational structure a check
 * looks, and which action each interest type calls for on each kind of agenda item. Entries given in configuration
 * override the defaults one by one; the defaults follow the NHS conflicts of interest guidance and local government
 * codes of conduct (a disclosable pecuniary interest always means withdrawal).
 *
 * @param defaultMaxHops steps through structure when a query gives none (0 = direct interests only)
 * @param maxHopsLimit the most steps a query may ask for; bounds every traversal
 * @param actions overrides: purpose, then interest type, to action
 * @param notConflicts interests that reach an item without being conflicts of interest, by policy; the defaults
 * (being a registered patient; membership of a professional body or trade union, unless the item concerns that body;
 * employment, under the NHS guidance's types, on an item for noting) apply when none are configured
 * @param relatedKinds relationships whose interests reach a member as indirect interests (default: all kinds; e.g.
 * only SPOUSE_OR_CIVIL_PARTNER and PARTNER for a council whose code counts those alone)
 */
@ConfigurationProperties("hub.conflicts")
public record ConflictPolicy(@DefaultValue("3") int defaultMaxHops, @DefaultValue("6") int maxHopsLimit,
		Map<Purpose, Map<InterestType, ManagementAction>> actions, List<NotAConflict> notConflicts,
		List<Kind> relatedKinds) {

	/**
	 * A kind of interest the policy does not count as a conflict: its nature matches {@code nature} (a regular
	 * expression, case ignored, found anywhere in the nature as declared) and, when given, its organisation is of one
	 * of {@code organisationKinds}, its type (for the member) one of {@code interestTypes} (types belong to a regime:
	 * FINANCIAL is the NHS guidance's, DISCLOSABLE_PECUNIARY a council code's) and the item's purpose one of
	 * {@code purposes}. With {@code unlessConcerned}, it still counts when the item concerns that organisation itself.
	 *
	 * @param rule the rule's name, reported with every interest it dismisses
	 * @param reason why, in words, e.g. the guidance it follows
	 */
	public record NotAConflict(String rule, String reason, String nature, List<OrganisationKind> organisationKinds,
			List<InterestType> interestTypes, List<Purpose> purposes, boolean unlessConcerned) {

		public NotAConflict {
			organisationKinds = (organisationKinds != null) ? List.copyOf(organisationKinds) : List.of();
			interestTypes = (interestTypes != null) ? List.copyOf(interestTypes) : List.of();
			purposes = (purposes != null) ? List.copyOf(purposes) : List.of();
			Pattern.compile(Objects.requireNonNull(nature, "hub.conflicts.not-conflicts[].nature is required"));
		}

		boolean dismisses(Conflict conflict, Purpose purpose) {
			String declared = conflict.interest().nature();
			return declared != null
					&& Pattern.compile(this.nature, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(declared).find()
					&& (this.organisationKinds.isEmpty() || this.organisationKinds.contains(conflict.organisationKind()))
					&& (this.interestTypes.isEmpty() || this.interestTypes.contains(conflict.interestType()))
					&& (this.purposes.isEmpty() || this.purposes.contains(purpose))
					&& !(this.unlessConcerned && conflict.steps() == 0);
		}

		/** How a dismissed interest is reported: the rule and its reason. */
		String says() {
			return this.rule + ": " + this.reason;
		}

	}

	static final List<NotAConflict> NOT_CONFLICTS = List.of(
			new NotAConflict("Registered patient",
					"being a patient of a practice or service is not a conflict of interest (NHS conflicts of interest "
							+ "guidance)",
					"\\bpatients?\\b", List.of(), List.of(), List.of(), false),
			new NotAConflict("Professional body membership",
					"membership of a professional body or trade union is not a conflict unless the item concerns that "
							+ "body",
					"^\\W*(member|membership|fellow|associate)\\b", List.of(OrganisationKind.PROFESSIONAL_BODY,
							OrganisationKind.TRADE_UNION),
					List.of(), List.of(), true),
			new NotAConflict("Employee on a routine item",
					"under the NHS guidance an employee's role is known to the board and is not a conflict on an item "
							+ "for noting about their own employer; it counts on items for decision or discussion",
					"\\b(employ(ee|ed|ment)|staff|salaried|works? (for|at))\\b", List.of(),
					List.of(InterestType.FINANCIAL, InterestType.NON_FINANCIAL_PROFESSIONAL), List.of(Purpose.NOTING),
					false));

	private static final Map<Purpose, Map<InterestType, ManagementAction>> DEFAULTS = Map.of(
			Purpose.DECISION, Map.of(
					InterestType.DISCLOSABLE_PECUNIARY, ManagementAction.WITHDRAW,
					InterestType.FINANCIAL, ManagementAction.WITHDRAW,
					InterestType.OTHER_REGISTRABLE, ManagementAction.WITHDRAW,
					InterestType.INDIRECT, ManagementAction.NO_PART_IN_DISCUSSION_OR_VOTE,
					InterestType.NON_FINANCIAL_PROFESSIONAL, ManagementAction.NO_PART_IN_DISCUSSION_OR_VOTE,
					InterestType.NON_FINANCIAL_PERSONAL, ManagementAction.DECLARE_AND_PARTICIPATE,
					InterestType.NON_PECUNIARY, ManagementAction.DECLARE_AND_PARTICIPATE),
			Purpose.DISCUSSION, Map.of(
					InterestType.DISCLOSABLE_PECUNIARY, ManagementAction.WITHDRAW,
					InterestType.FINANCIAL, ManagementAction.NO_PART_IN_DISCUSSION_OR_VOTE,
					InterestType.OTHER_REGISTRABLE, ManagementAction.NO_PART_IN_DISCUSSION_OR_VOTE,
					InterestType.INDIRECT, ManagementAction.DECLARE_AND_PARTICIPATE,
					InterestType.NON_FINANCIAL_PROFESSIONAL, ManagementAction.DECLARE_AND_PARTICIPATE,
					InterestType.NON_FINANCIAL_PERSONAL, ManagementAction.DECLARE_AND_PARTICIPATE,
					InterestType.NON_PECUNIARY, ManagementAction.DECLARE_AND_PARTICIPATE),
			Purpose.NOTING, Map.of(
					InterestType.DISCLOSABLE_PECUNIARY, ManagementAction.WITHDRAW,
					InterestType.FINANCIAL, ManagementAction.DECLARE_AND_PARTICIPATE,
					InterestType.OTHER_REGISTRABLE, ManagementAction.DECLARE_AND_PARTICIPATE,
					InterestType.INDIRECT, ManagementAction.NO_ACTION,
					InterestType.NON_FINANCIAL_PROFESSIONAL, ManagementAction.NO_ACTION,
					InterestType.NON_FINANCIAL_PERSONAL, ManagementAction.NO_ACTION,
					InterestType.NON_PECUNIARY, ManagementAction.NO_ACTION));

	public ConflictPolicy {
		Map<Purpose, Map<InterestType, ManagementAction>> merged = new EnumMap<>(Purpose.class);
		for (Purpose purpose : Purpose.values()) {
			Map<InterestType, ManagementAction> byType = new EnumMap<>(DEFAULTS.get(purpose));
			if (actions != null && actions.get(purpose) != null) {
				byType.putAll(actions.get(purpose));
			}
			merged.put(purpose, byType);
		}
		actions = merged;
		notConflicts = (notConflicts == null || notConflicts.isEmpty()) ? NOT_CONFLICTS : List.copyOf(notConflicts);
		relatedKinds = (relatedKinds == null) ? List.of(Kind.values()) : List.copyOf(relatedKinds);
		if (maxHopsLimit < 0 || maxHopsLimit > 8) {
			throw new IllegalArgumentException("hub.conflicts.max-hops-limit must be between 0 and 8");
		}
		if (defaultMaxHops < 0 || defaultMaxHops > maxHopsLimit) {
			throw new IllegalArgumentException("hub.conflicts.default-max-hops must be between 0 and max-hops-limit");
		}
	}

	public ManagementAction action(Purpose purpose, InterestType type) {
		return this.actions.get(purpose).getOrDefault(type, ManagementAction.NO_ACTION);
	}

	/**
	 * The conflict with the policy's action for an item of this purpose; an interest the policy does not count as a
	 * conflict comes back with no action and the rule that dismissed it.
	 */
	Conflict judge(Conflict conflict, Purpose purpose) {
		return this.notConflicts.stream()
			.filter(rule -> rule.dismisses(conflict, purpose))
			.findFirst()
			.map(rule -> conflict.dismissed(rule.says()))
			.orElseGet(() -> conflict.withAction(action(purpose, conflict.interestType())));
	}

}
