package org.partnershiphub.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnershiphub.organisation.Organisation.OrganisationKind;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A board's quorum rule as data: the text as written, its constituent sides, and clauses that must all hold. A
 * clause is "at least N present [voting] members [of each side] matching a condition", or "a majority of the seats
 * that match". Clauses are a small value document that is always read whole, so they are stored as one JSON property
 * of the rule's node rather than as nodes of their own.
 */
public record QuorumRule(String text, List<String> sides, List<Clause> clauses) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * @param minimum at least this many present (null with majority)
	 * @param majority more than half of the seats that match (voting seats when votingOnly)
	 * @param anyOf a seat counts when it matches any of these; empty means every seat counts
	 */
	public record Clause(String description, Integer minimum, boolean majority, boolean votingOnly, boolean perSide,
			List<SeatCondition> anyOf) {

		public Clause {
			anyOf = (anyOf != null) ? List.copyOf(anyOf) : List.of();
		}

		/** The clause in words, when its description was not given. */
		public String describe() {
			if (this.description != null) {
				return this.description;
			}
			String who = (this.votingOnly ? "voting " : "") + "members";
			String which = this.anyOf.isEmpty() ? "" : " who are " + String.join(" or ",
					this.anyOf.stream().map(SeatCondition::describe).toList());
			String each = this.perSide ? " of each side" : "";
			return (this.majority ? "a majority of " + who : "at least " + this.minimum + " " + who) + each + which;
		}

		public boolean matches(Membership seat, OrganisationKind onBehalfOfKind) {
			return (!this.votingOnly || seat.voting())
					&& (this.anyOf.isEmpty() || this.anyOf.stream().anyMatch(c -> c.matches(seat, onBehalfOfKind)));
		}

	}

	/**
	 * A kind of seat; every part given must hold. {@code titles} are matched against the start of the seat's title as
	 * printed ("Chair" matches "Chair, NHS Northmere CCG" but not "Vice-Chair" or "Chief Executive").
	 */
	public record SeatCondition(List<Membership.Role> roles, Boolean electedMember,
			List<OrganisationKind> onBehalfOfKinds, List<String> titles) {

		public SeatCondition {
			roles = (roles != null) ? List.copyOf(roles) : List.of();
			onBehalfOfKinds = (onBehalfOfKinds != null) ? List.copyOf(onBehalfOfKinds) : List.of();
			titles = (titles != null) ? titles.stream().map(String::strip).filter(t -> !t.isEmpty()).toList() : List.of();
		}

		public boolean namesNothing() {
			return this.roles.isEmpty() && this.electedMember == null && this.onBehalfOfKinds.isEmpty()
					&& this.titles.isEmpty();
		}

		boolean matches(Membership seat, OrganisationKind onBehalfOfKind) {
			return (this.roles.isEmpty() || this.roles.contains(seat.role()))
					&& (this.electedMember == null || this.electedMember == seat.electedMember())
					&& (this.onBehalfOfKinds.isEmpty() || onBehalfOfKind != null && this.onBehalfOfKinds.contains(onBehalfOfKind))
					&& (this.titles.isEmpty() || this.titles.stream().anyMatch(t -> titleStartsWith(seat.title(), t)));
		}

		String describe() {
			List<String> parts = new ArrayList<>();
			if (!this.titles.isEmpty()) {
				parts.add(String.join(" or ", this.titles));
			}
			if (!this.roles.isEmpty()) {
				parts.add("in the role " + String.join(" or ", this.roles.stream().map(Enum::name).toList()));
			}
			if (Boolean.TRUE.equals(this.electedMember)) {
				parts.add("elected members");
			}
			else if (Boolean.FALSE.equals(this.electedMember)) {
				parts.add("not elected members");
			}
			if (!this.onBehalfOfKinds.isEmpty()) {
				parts.add("sitting for a " + String.join(" or ", this.onBehalfOfKinds.stream().map(Enum::name).toList()));
			}
			return String.join(", ", parts);
		}

	}

	/** Whole words at the start: "Chair" matches "Chair, NHS X" and "Chair of X", not "Chairman" or "Vice-Chair". */
	static boolean titleStartsWith(String title, String phrase) {
		if (title == null) {
			return false;
		}
		String t = words(title);
		String p = words(phrase);
		return !p.isEmpty() && (t.equals(p) || t.startsWith(p + " "));
	}

	private static String words(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	public String clausesJson() {
		return JSON.writeValueAsString(this.clauses);
	}

	/**
	 * The rule as stored. Rules written before clauses existed hold a per-side flag, a minimum of voting members, of
	 * elected members and a list of required roles; they read as the equivalent clauses.
	 */
	public record Stored(String text, List<String> sides, String clauses, boolean perSide, Integer minimumVotingMembers,
			Integer minimumElectedMembers, List<Membership.Role> requiredRoles) {

		public QuorumRule rule() {
			if (this.clauses != null) {
				return new QuorumRule(this.text, this.sides, JSON.readValue(this.clauses, new TypeReference<List<Clause>>() {
				}));
			}
			List<Clause> legacy = new ArrayList<>();
			legacy.add(new Clause(null, (this.minimumVotingMembers != null) ? this.minimumVotingMembers : 1, false, true,
					this.perSide, List.of()));
			if (this.minimumElectedMembers != null && this.minimumElectedMembers > 0) {
				legacy.add(new Clause(null, this.minimumElectedMembers, false, true, this.perSide,
						List.of(new SeatCondition(null, true, null, null))));
			}
			if (!this.requiredRoles.isEmpty()) {
				legacy.add(new Clause(null, 1, false, true, this.perSide,
						List.of(new SeatCondition(this.requiredRoles, null, null, null))));
			}
			return new QuorumRule(this.text, this.sides, legacy);
		}

	}

}
