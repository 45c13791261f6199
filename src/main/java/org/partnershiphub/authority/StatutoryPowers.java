package org.partnershiphub.authority;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershiphub.board.Board.BoardKind;
import org.partnershiphub.meeting.Decision;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.organisation.Organisation.OrganisationKind;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What each kind of statutory organisation holds by statute, as configuration ({@code hub.authority.statutes}): the
 * statute it holds by, and the kinds of decision, every kind ({@code *}) but those excepted. An authority chain ends
 * at the first statutory organisation that holds the decision's kind this way; any other delegator must hold what it
 * passes on by a delegation of its own. Entries given override the defaults kind by kind.
 * <p>
 * The defaults: councils, NHS England and NHS trusts hold every kind; integrated care boards and clinical
 * commissioning groups hold every kind but primary medical care contracting, which NHS England delegates to them.
 * Boards of the kinds in {@code actsAsOrganisation} (by default GOVERNING_BODY and ICB_BOARD) act as the organisation
 * they are accountable to, with no delegation.
 */
@ConfigurationProperties("hub.authority")
public record StatutoryPowers(Map<OrganisationKind, Statute> statutes, List<BoardKind> actsAsOrganisation) {

	/**
	 * @param basis the statute, in words, e.g. "National Health Service Act 2006"
	 * @param kinds decision kinds held ({@code *} for every kind)
	 * @param except decision kinds not held although {@code kinds} says every kind
	 */
	public record Statute(String basis, List<String> kinds, List<String> except) {

		public Statute {
			kinds = (kinds != null) ? kinds.stream().map(k -> "*".equals(k) ? k : Decision.kind(k)).toList() : List.of("*");
			except = (except != null) ? except.stream().map(Decision::kind).toList() : List.of();
		}

	}

	private static final List<String> PRIMARY_CARE = List.of("PRIMARY_CARE_CONTRACTING", "PRIMARY_MEDICAL_SERVICES");

	private static final Map<OrganisationKind, Statute> DEFAULTS = Map.of(
			OrganisationKind.NHS_ENGLAND, new Statute("National Health Service Act 2006", null, null),
			OrganisationKind.LOCAL_AUTHORITY,
			new Statute("Local Government Act 1972, Care Act 2014 and Health and Social Care Act 2012", null, null),
			OrganisationKind.NHS_TRUST, new Statute("National Health Service Act 2006", null, null),
			OrganisationKind.NHS_FOUNDATION_TRUST, new Statute("National Health Service Act 2006", null, null),
			OrganisationKind.INTEGRATED_CARE_BOARD,
			new Statute("National Health Service Act 2006, as amended by the Health and Care Act 2022", null,
					PRIMARY_CARE),
			OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
			new Statute("National Health Service Act 2006, as amended by the Health and Social Care Act 2012", null,
					PRIMARY_CARE));

	public StatutoryPowers {
		Map<OrganisationKind, Statute> merged = new EnumMap<>(DEFAULTS);
		if (statutes != null) {
			merged.putAll(statutes);
		}
		statutes = merged;
		actsAsOrganisation = (actsAsOrganisation != null) ? List.copyOf(actsAsOrganisation)
				: List.of(BoardKind.GOVERNING_BODY, BoardKind.ICB_BOARD);
	}

	/**
	 * The statute an organisation found to hold a kind by statute ({@link #holds}, in the query that found it) holds
	 * it by; null for none.
	 */
	String basis(Organisation holder) {
		Statute statute = (holder != null && holder.kind() != null) ? this.statutes.get(holder.kind()) : null;
		return (statute != null) ? statute.basis() : null;
	}

	/** Board kinds acting as their organisation, as a Cypher parameter. */
	List<String> actingKinds() {
		return this.actsAsOrganisation.stream().map(Enum::name).toList();
	}

	/** As a Cypher parameter: per organisation kind, the kinds held and excepted. */
	Map<String, Object> parameter() {
		Map<String, Object> byKind = new LinkedHashMap<>();
		this.statutes.forEach((kind, statute) -> byKind.put(kind.name(),
				Map.of("kinds", statute.kinds(), "except", statute.except())));
		return byKind;
	}

	/**
	 * A Cypher predicate: the node bound to {@code x} holds the kind {@code kind} by statute (under {@code $powers},
	 * {@link #parameter()}, and {@code $acting}, {@link #actingKinds()}): an organisation that holds it, or a board
	 * acting as such an organisation.
	 */
	static String holds(String x, String kind) {
		String org = x + "_org";
		return ("(%1$s AND %2$s OR %3$s:Board AND %3$s.kind IN $acting AND EXISTS { (%3$s)-[:ACCOUNTABLE_TO]->(%6$s)"
				+ " WHERE %4$s AND %5$s })").formatted(statutory(x), byKind(x, kind), x, statutory(org),
						byKind(org, kind), org);
	}

	/**
	 * A Cypher expression: the organisation that holds by statute for the node bound to {@code x}: itself, or for
	 * a board acting as its organisation, that organisation.
	 */
	static String holder(String x) {
		return "CASE WHEN %1$s:Organisation THEN %1$s ELSE [(%1$s)-[:ACCOUNTABLE_TO]->(o:Organisation) | o][0] END"
			.formatted(x);
	}

	private static String statutory(String x) {
		return "%1$s:Organisation AND coalesce(%1$s.statutory, false) AND %1$s.kind IN keys($powers)".formatted(x);
	}

	private static String byKind(String x, String kind) {
		return ("(%2$s IS NULL OR ((%2$s IN $powers[%1$s.kind].kinds OR '*' IN $powers[%1$s.kind].kinds)"
				+ " AND NOT %2$s IN $powers[%1$s.kind].except))").formatted(x, kind);
	}

}
