package org.partnershiphub.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An organisation as stored; {@code statutory} marks the bodies authority chains end at. */
public record Organisation(String id, String name, OrganisationKind kind, List<String> aliases, String odsCode,
		String companiesHouseNumber, String charityNumber, String gssCode, boolean statutory) {

	public enum OrganisationKind {

		NHS_TRUST, NHS_FOUNDATION_TRUST, INTEGRATED_CARE_BOARD, CLINICAL_COMMISSIONING_GROUP, NHS_ENGLAND,
		LOCAL_AUTHORITY, GP_PRACTICE, PRIMARY_CARE_NETWORK, GP_FEDERATION, HEALTHWATCH, VOLUNTARY_COMMUNITY_SECTOR,
		CHARITY, COMPANY, PROFESSIONAL_BODY, TRADE_UNION, POLITICAL_PARTY, SCHOOL, OTHER, UNKNOWN;

		private static final Set<OrganisationKind> STATUTORY = EnumSet.of(NHS_TRUST, NHS_FOUNDATION_TRUST,
				INTEGRATED_CARE_BOARD, CLINICAL_COMMISSIONING_GROUP, NHS_ENGLAND, LOCAL_AUTHORITY);

		/** Bodies created by statute, which hold functions and delegate them. */
		public boolean statutory() {
			return STATUTORY.contains(this);
		}

	}

}
