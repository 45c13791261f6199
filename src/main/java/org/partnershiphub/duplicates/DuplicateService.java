package org.partnershiphub.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.SearchText;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.imports.Names;
import org.partnershiphub.meeting.AttendanceService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people and organisations that are probably the same, merges them on an officer's word, and remembers pairs
 * an officer has said are different so they are not suggested again.
 */
@Service
public class DuplicateService {

	public enum Kind {

		PERSON(Label.Person), ORGANISATION(Label.Organisation);

		final Label label;

		Kind(Label label) {
			this.label = label;
		}

	}

	/** Two records that look like one, how likely (0-1) and why. */
	public record Candidate(Kind kind, DuplicateRecord first, DuplicateRecord second, double score,
			List<String> evidence) {

		Candidate(Kind kind, Summary a, Summary b, double score, List<String> evidence) {
			this(kind, new DuplicateRecord(a.id(), a.name()), new DuplicateRecord(b.id(), b.name()), score, evidence);
		}

		/** The two ids, which identify the pair. */
		String pair() {
			return this.first.id() + "|" + this.second.id();
		}

	}

	public record DuplicateRecord(String id, String name) {
	}

	public record MergeInput(String keepId, String mergeId, String reason) {
	}

	public record MarkNotDuplicateInput(String firstId, String secondId, String reason) {
	}

	public record MergePayload(String keptId, List<String> aliases, List<UserError> userErrors) {
	}

	public record MarkNotDuplicatePayload(boolean marked, List<UserError> userErrors) {
	}

	/** A record as compared: its names, the boards it sits on and the organisations it has interests in. */
	private record Summary(String id, String name, String given, String family, List<String> aliases, Set<String> boards,
			Set<String> interestsIn) {

		Likeness.PersonName likeness() {
			return new Likeness.PersonName(this.name, this.given, this.family);
		}

	}

	private final Graph graph;

	private final AttendanceService attendance;

	DuplicateService(Graph graph, AttendanceService attendance) {
		this.attendance = attendance;
		this.graph = graph;
	}

	/** Likely duplicates, most likely first; pairs marked as not duplicates are left out. Two queries whatever the size. */
	@Transactional(readOnly = true)
	/**
	 * Likely duplicates, most alike first, a page at a time: ordered by score, then by the pair's ids, so a cursor
	 * (score and pair) finds its place again when candidates come and go.
	 */
	public Page<Candidate> candidates(Kind kind, Paging paging) {
		Set<String> rejected = new HashSet<>();
		this.graph.query("""
				MATCH (a:%1$s)-[:NOT_DUPLICATE]-(b:%1$s)
				RETURN a.id AS a, b.id AS b
				""".formatted(kind.label.name()), Map.of(), row -> row.get("a").asString() + "|" + row.get("b").asString())
			.forEach(rejected::add);
		List<Candidate> found = (kind == Kind.PERSON) ? people() : organisations();
		List<Paging.Keyed<Candidate>> all = found.stream()
			.filter(c -> !rejected.contains(c.pair()))
			.sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::pair))
			.map(c -> new Paging.Keyed<>(c, List.<Object>of(c.score(), c.pair())))
			.toList();
		paging.requireKeys(2);
		if (paging.after() != null && (!(paging.after().get(0) instanceof Double)
				|| !(paging.after().get(1) instanceof String))) {
			throw new BadRequestException("after: not a cursor of duplicate candidates");
		}
		List<Paging.Keyed<Candidate>> after = (paging.after() == null) ? all : all.stream().filter(c -> {
			double score = (Double) paging.after().get(0);
			return c.row().score() < score
					|| (c.row().score() == score && c.row().pair().compareTo((String) paging.after().get(1)) > 0);
		}).toList();
		long total = all.size();
		return new Page<>(paging.window(after.subList(0, Math.min(after.size(), paging.limit()))), () -> total);
	}

	private List<Candidate> people() {
		List<Summary> people = this.graph.query("""
				MATCH (p:Person)
				RETURN p.id AS id, p.displayName AS name, p.givenName AS given, p.familyName AS family,
				       coalesce(p.aliases, []) AS aliases,
				       COLLECT { MATCH (p)<-[:HELD_BY]-(:Membership)-[:ON_BOARD]->(b:Board) RETURN DISTINCT b.name } AS boards,
				       COLLECT { MATCH (p)<-[:DECLARED_BY]-(:Interest)-[:IN_ORGANISATION]->(o) RETURN DISTINCT o.name } AS orgs
				""", Map.of(), row -> new Summary(row.get("id").asString(), row.get("name").asString(),
				Names.words(row.get("given").asString("")), Names.words(row.get("family").asString("")),
				row.get("aliases").asList(v -> v.asString()), new HashSet<>(row.get("boards").asList(v -> v.asString())),
				new HashSet<>(row.get("orgs").asList(v -> v.asString()))));
		// Only people who share a key (a family name a letter away, one that sounds the same, the same forename and
		// initial) are compared, so the work grows with the number of people, not its square.
		Map<String, List<Summary>> byKey = new HashMap<>();
		people.forEach(p -> Likeness.personKeys(p.likeness())
			.forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p)));
		List<Candidate> candidates = new ArrayList<>();
		for (Summary a : people) {
			Set<Summary> others = new LinkedHashSet<>();
			Likeness.personKeys(a.likeness()).forEach(key -> others.addAll(byKey.getOrDefault(key, List.of())));
			for (Summary b : others) {
				if (a.id().compareTo(b.id()) >= 0) {
					continue;
				}
				List<String> evidence = new ArrayList<>();
				double score = Likeness.people(a.likeness(), b.likeness(), evidence);
				if (score == 0) {
					continue;
				}
				score += shared("both sit on", a.boards(), b.boards(), 0.2, evidence);
				score += shared("both declare interests in", a.interestsIn(), b.interestsIn(), 0.1, evidence);
				candidates.add(new Candidate(Kind.PERSON, a, b, Math.min(1, score), evidence));
			}
		}
		return candidates;
	}

	private List<Candidate> organisations() {
		List<Summary> organisations = this.graph.query("""
				MATCH (o:Organisation)
				RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases
				""", Map.of(), row -> new Summary(row.get("id").asString(), row.get("name").asString(), null, null,
				row.get("aliases").asList(v -> v.asString()), Set.of(), Set.of()));
		Map<String, List<Summary>> byKey = new HashMap<>();
		for (Summary o : organisations) {
			keys(o).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(o));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Summary a : organisations) {
			Set<Summary> others = new LinkedHashSet<>();
			for (String key : keys(a)) {
				List<Summary> sharing = byKey.getOrDefault(key, List.of());
				// A key that hundreds of names share tells nothing.
				if (sharing.size() <= 200) {
					others.addAll(sharing);
				}
			}
			for (Summary b : others) {
				if (a.id().compareTo(b.id()) >= 0) {
					continue;
				}
				List<String> evidence = new ArrayList<>();
				double score = Likeness.organisations(a.name(), a.aliases(), b.name(), b.aliases(), evidence);
				if (score > 0) {
					candidates.add(new Candidate(Kind.ORGANISATION, a, b, score, evidence));
				}
			}
		}
		return candidates;
	}

	/** An organisation's comparison keys, from its name and every alias. */
	private static Set<String> keys(Summary o) {
		Set<String> keys = new LinkedHashSet<>(Likeness.organisationKeys(o.name()));
		o.aliases().forEach(alias -> keys.addAll(Likeness.organisationKeys(alias)));
		return keys;
	}

	private static double shared(String what, Set<String> a, Set<String> b, double weight, List<String> evidence) {
		List<String> both = a.stream().filter(b::contains).sorted().toList();
		if (both.isEmpty()) {
			return 0;
		}
		evidence.add(what + " " + String.join(", ", both));
		return weight;
	}

	@Transactional
	public MarkNotDuplicatePayload markNotDuplicate(MarkNotDuplicateInput input, String by) {
		Validation v = new Validation().maxLength("reason", input.reason(), Validation.TEXT_MAX);
		Label label = pair(v, input.firstId(), input.secondId(), "firstId", "secondId");
		if (v.hasErrors()) {
			return new MarkNotDuplicatePayload(false, v.errors());
		}
		this.graph.run("""
				MATCH (a:%1$s {id: $a}), (b:%1$s {id: $b})
				MERGE (a)-[r:NOT_DUPLICATE]-(b)
				  ON CREATE SET r.reason = $reason, r.by = $by, r.at = datetime()
				""".formatted(label.name()), Params.of("a", input.firstId(), "b", input.secondId(), "reason",
				Validation.trimToNull(input.reason()), "by", by));
		return new MarkNotDuplicatePayload(true, List.of());
	}

	/**
	 * Merges {@code mergeId} into {@code keepId}: every relationship moves to the kept record (interests, seats,
	 * sources...), the merged record's names become aliases of the kept one, and a MergeRecord keeps who merged what
	 * and why. One transaction.
	 */
	@Transactional
	public MergePayload merge(Kind kind, MergeInput input, String by) {
		Validation v = new Validation().name("reason", input.reason());
		Label label = pair(v, input.keepId(), input.mergeId(), "keepId", "mergeId");
		if (v.hasErrors() || label != kind.label) {
			if (!v.hasErrors()) {
				v.add("keepId", Code.INVALID, "Both records must be " + kind.name().toLowerCase() + "s");
			}
			return new MergePayload(null, null, v.errors());
		}
		Map<String, Object> names = this.graph.query("""
				MATCH (keep:%1$s {id: $keepId}), (gone:%1$s {id: $mergeId})
				RETURN coalesce(keep.aliases, []) + coalesce(gone.aliases, [])
				       + [coalesce(gone.name, gone.displayName)] AS aliases,
				       coalesce(keep.name, keep.displayName) AS name,
				       [keep.givenName, keep.familyName] AS parts, properties(gone) AS gone
				""".formatted(label.name()), Params.of("keepId", input.keepId(), "mergeId", input.mergeId()),
				row -> row.asMap()).get(0);
		String name = (String) names.get("name");
		List<String> aliases = ((List<?>) names.get("aliases")).stream()
			.map(String::valueOf)
			.filter(a -> !a.equals(name))
			.distinct()
			.toList();
		String searchText = (kind == Kind.PERSON)
				? SearchText.of(((List<?>) names.get("parts")).stream().filter(p -> p != null).map(String::valueOf)
					.reduce((x, y) -> x + " " + y).orElse(name), aliases)
				: SearchText.of(name, aliases);
		this.graph.run("""
				MATCH (keep:%1$s {id: $keepId}), (gone:%1$s {id: $mergeId})
				OPTIONAL MATCH (keep)-[nd:NOT_DUPLICATE]-(gone)
				DELETE nd
				WITH DISTINCT keep, gone
				CALL (keep, gone) {
				  MATCH (gone)-[r]->(x) WHERE x <> keep
				  MERGE (keep)-[n:$(type(r))]->(x)
				    ON CREATE SET n = properties(r)
				  DELETE r
				}
				CALL (keep, gone) {
				  MATCH (gone)<-[r]-(x) WHERE x <> keep
				  MERGE (keep)<-[n:$(type(r))]-(x)
				    ON CREATE SET n = properties(r)
				  DELETE r
				}
				CREATE (:MergeRecord {
				  id: $recordId, kind: $kind, keptId: $keepId, mergedId: $mergeId,
				  mergedName: coalesce(gone.name, gone.displayName), reason: $reason, by: $by, at: datetime()
				})
				WITH keep, gone, properties(gone) AS g
				DETACH DELETE gone
				WITH keep, g
				// Identifiers the kept record lacks come from the merged one (after it is gone: they are unique).
				SET keep.aliases = $aliases, keep.searchText = $searchText, keep.updatedAt = datetime(),
				    keep.odsCode = coalesce(keep.odsCode, g.odsCode),
				    keep.companiesHouseNumber = coalesce(keep.companiesHouseNumber, g.companiesHouseNumber),
				    keep.charityNumber = coalesce(keep.charityNumber, g.charityNumber),
				    keep.gssCode = coalesce(keep.gssCode, g.gssCode)
				""".formatted(label.name()), Params.of("keepId", input.keepId(), "mergeId", input.mergeId(), "recordId",
				UUID.randomUUID().toString(), "kind", kind.name(), "reason", input.reason().strip(), "by", by, "aliases",
				aliases, "searchText", searchText));
		if (kind == Kind.PERSON) {
			this.attendance.combineAfterMerge(input.keepId());
		}
		return new MergePayload(input.keepId(), aliases, List.of());
	}

	private Label pair(Validation v, String a, String b, String fieldA, String fieldB) {
		v.required(fieldA, a).required(fieldB, b);
		if (a == null || b == null) {
			return null;
		}
		v.check(!a.equals(b), fieldB, Code.INVALID, "A record cannot be a duplicate of itself");
		var labels = List.of(Label.Person, Label.Organisation);
		var la = this.graph.labelOf(a, labels);
		var lb = this.graph.labelOf(b, labels);
		v.check(la.isPresent(), fieldA, Code.NOT_FOUND, "No person or organisation with id " + a);
		v.check(lb.isPresent(), fieldB, Code.NOT_FOUND, "No person or organisation with id " + b);
		if (la.isPresent() && lb.isPresent()) {
			v.check(la.get() == lb.get(), fieldB, Code.INVALID, "A person and an organisation cannot be duplicates");
		}
		return la.orElse(null);
	}

}
