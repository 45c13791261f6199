package org.partnershiphub.conflict;

import java.util.EnumMap;
import java.util.Map;

import org.partnershiphub.interest.InterestType;
import org.partnershiphub.meeting.AgendaItem.Purpose;

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
 */
@ConfigurationProperties("hub.conflicts")
public record ConflictPolicy(@DefaultValue("3") int defaultMaxHops, @DefaultValue("6") int maxHopsLimit,
		Map<Purpose, Map<InterestType, ManagementAction>> actions) {

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

}
