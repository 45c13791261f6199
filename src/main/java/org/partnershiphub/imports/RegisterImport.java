package org.partnershiphub.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.imports.Directory.Ambiguous;
import org.partnershiphub.imports.Directory.Found;
import org.partnershiphub.imports.Directory.Known;
import org.partnershiphub.imports.Directory.Match;
import org.partnershiphub.imports.Directory.Unknown;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportService.Batches;
import org.partnershiphub.imports.ImportService.Plan;
import org.partnershiphub.imports.Names.PersonName;
import org.partnershiphub.imports.RegisterReader.Entry;
import org.partnershiphub.organisation.OrganisationService;
import org.partnershiphub.person.PersonService;

/**
 * Plans a register import: matches each entry's person and organisation to records held (or to earlier rows), finds
 * interests already on the register, and decides for every line what will be created, merged or refused. The writes
 * run afterwards in UNWIND batches, in the import's one transaction.
 */
final class RegisterImport {

	private final Graph graph;

	private final Directory directory;

	private final boolean endOmitted;

	private final List<ReportLine> lines = new ArrayList<>();

	/** People of this file by name key: existing or to be created. */
	private final Map<String, Ref> people = new HashMap<>();

	private final Map<String, Ref> organisations = new HashMap<>();

	private final List<Map<String, Object>> newPeople = new ArrayList<>();

	private final List<Map<String, Object>> newOrganisations = new ArrayList<>();

	private final List<Map<String, Object>> newInterests = new ArrayList<>();

	private final List<Map<String, Object>> redeclared = new ArrayList<>();

	/** Records held already, or created from a row, to cite this file for. */
	private final Map<Label, List<Map<String, Object>>> cited = new EnumMap<>(Map.of(Label.Person, new ArrayList<>(),
			Label.Organisation, new ArrayList<>(), Label.Interest, new ArrayList<>()));

	private final List<Map<String, Object>> ended = new ArrayList<>();

	private final List<Map<String, Object>> nilReturns = new ArrayList<>();

	/** A person or organisation this file refers to; {@code line} is where it was first named. */
	private record Ref(String id, String name, boolean created, int line, String refusal) {
	}

	/** An interest already held, as read for matching. */
	private record Held(String id, String personId, String key, LocalDate declaredOn, LocalDate validFrom,
			LocalDate validTo) {
	}

	RegisterImport(Graph graph, Directory directory, boolean endOmitted) {
		this.graph = graph;
		this.directory = directory;
		this.endOmitted = endOmitted;
	}

	Plan plan(RegisterReader.Result read) {
		this.lines.addAll(read.lines());
		List<Entry> entries = read.entries();
		Map<Entry, Ref> personOf = new LinkedHashMap<>();
		Map<Entry, List<String>> notes = new HashMap<>();
		for (Entry entry : entries) {
			List<String> n = new ArrayList<>(entry.notes());
			notes.put(entry, n);
			personOf.put(entry, person(entry, n));
		}
		Set<String> existingPeople = personOf.values().stream().filter(r -> r.refusal() == null && !r.created())
			.map(Ref::id).collect(Collectors.toSet());
		Map<String, List<Held>> held = held(existingPeople);
		Set<String> nilReturnsHeld = new HashSet<>(this.graph.query("""
				UNWIND $ids AS personId
				MATCH (:Person {id: personId})<-[:DECLARED_BY]-(n:NilReturn)
				RETURN personId + '|' + toString(n.declaredOn) AS key
				""", Map.of("ids", List.copyOf(existingPeople)), row -> row.get("key").asString()));
		Map<String, Integer> seen = new HashMap<>();
		Set<String> matched = new HashSet<>();
		Map<String, LocalDate> declaredOn = new HashMap<>();
		Map<String, Entry> firstEntry = new HashMap<>();
		for (Entry entry : entries) {
			Ref person = personOf.get(entry);
			List<String> n = notes.get(entry);
			if (person.refusal() != null) {
				this.lines.add(new ReportLine(entry.line(), Outcome.FAILED, person.refusal()));
				continue;
			}
			firstEntry.putIfAbsent(person.id(), entry);
			if (entry.declaredOn() != null) {
				declaredOn.merge(person.id(), entry.declaredOn(), (a, b) -> a.isAfter(b) ? a : b);
			}
			if (entry.nil()) {
				if (nilReturnsHeld.contains(person.id() + "|" + entry.declaredOn())) {
					n.add("nil return of " + person.name() + " on " + entry.declaredOn() + " already recorded");
					this.lines.add(line(entry, Outcome.MERGED, n));
				}
				else {
					nilReturn(entry, person, n);
				}
				continue;
			}
			Ref organisation = (entry.organisation() != null) ? organisation(entry, n) : null;
			if (organisation != null && organisation.refusal() != null) {
				this.lines.add(new ReportLine(entry.line(), Outcome.FAILED, organisation.refusal()));
				continue;
			}
			n.add(0, entry.type() + " interest of " + person.name() + " in "
					+ ((organisation != null) ? organisation.name() : "\"" + entry.subject() + "\""));
			String key = key(person.id(), (organisation != null) ? organisation.id() : null, entry.subject(),
					entry.type().name(), entry.nature());
			Integer earlier = seen.putIfAbsent(key, entry.line());
			if (earlier != null) {
				n.add("the same interest as line " + earlier);
				this.lines.add(line(entry, Outcome.MERGED, n));
				continue;
			}
			Held existing = held.getOrDefault(person.id(), List.of()).stream()
				.filter(h -> h.key().equals(key) && (h.validTo() == null
						|| entry.declaredOn() == null || !h.validTo().isBefore(entry.declaredOn())))
				.findFirst()
				.orElse(null);
			if (existing != null) {
				matched.add(existing.id());
				merge(entry, existing, n);
				continue;
			}
			String id = UUID.randomUUID().toString();
			this.newInterests.add(Params.of("id", id, "personId", person.id(), "organisationId",
					(organisation != null) ? organisation.id() : null, "subject", entry.subject(), "nature",
					entry.nature(), "type", entry.type().name(), "typeAsDeclared", entry.typeAsDeclared(), "declaredOn",
					entry.declaredOn(), "validFrom", entry.validFrom(), "validTo", entry.validTo(), "roles",
					entry.roles(), "locator", "line " + entry.line()));
			this.lines.add(line(entry, guessed(entry, n) ? Outcome.GUESSED : Outcome.IMPORTED, n));
		}
		if (this.endOmitted) {
			endOmitted(held, matched, declaredOn, firstEntry);
		}
		this.lines.sort(ReportLine.BY_LINE);
		return new Plan(this.lines, this.newPeople.size(), this.newOrganisations.size(), this.newInterests.size()
				+ this.nilReturns.size(), this.redeclared.size(), this.ended.size(), this::write);
	}

	private Ref person(Entry entry, List<String> notes) {
		PersonName name = entry.person();
		String key = name.key();
		Ref known = this.people.get(key);
		if (known != null) {
			return known;
		}
		String display = RegisterReader.describe(name);
		Match match = this.directory.person(name);
		Ref ref = switch (match) {
			case Found found -> {
				notes.add("person matched to " + found.known().name() + " (" + found.known().id() + ")");
				yield new Ref(found.known().id(), found.known().name(), false, entry.line(), null);
			}
			case Ambiguous ambiguous -> new Ref(null, display, false, entry.line(), ambiguous.candidates().size()
					+ " people are called " + display + " (" + ids(ambiguous.candidates())
					+ "): not matched; merge them or import with a person id");
			case Unknown unknown -> {
				String id = UUID.randomUUID().toString();
				this.newPeople.add(PersonService.properties(id, name.honorific(), name.givenName(), name.familyName(),
						name.postNominals(), List.of()));
				cite(Label.Person, id, entry);
				this.directory.addPerson(new Known(id, display), name);
				notes.add("new person " + display + (unknown.alike().isEmpty() ? ""
						: ", possibly the same as " + names(unknown.alike()) + ": not merged (see duplicateCandidates)"));
				yield new Ref(id, display, true, entry.line(), null);
			}
		};
		this.people.put(key, ref);
		return ref;
	}

	private Ref organisation(Entry entry, List<String> notes) {
		String key = Names.organisationKey(entry.organisation());
		Ref known = this.organisations.get(key);
		if (known != null) {
			if (!known.name().equals(entry.organisation())) {
				notes.add("\"" + entry.organisation() + "\" read as " + known.name() + " (line " + known.line() + ")");
			}
			return known;
		}
		Ref ref = switch (this.directory.organisation(entry.organisation())) {
			case Found found -> {
				if (!found.known().name().equals(entry.organisation())) {
					notes.add("\"" + entry.organisation() + "\" matched to " + found.known().name() + " ("
							+ found.known().id() + ")");
				}
				yield new Ref(found.known().id(), found.known().name(), false, entry.line(), null);
			}
			case Ambiguous ambiguous -> new Ref(null, entry.organisation(), false, entry.line(),
					ambiguous.candidates().size() + " organisations are called " + entry.organisation() + " ("
							+ ids(ambiguous.candidates()) + "): not matched; merge them first");
			case Unknown unknown -> {
				String id = UUID.randomUUID().toString();
				var kind = Names.guessKind(entry.organisation());
				this.newOrganisations.add(OrganisationService.properties(id, entry.organisation(), kind, List.of()));
				cite(Label.Organisation, id, entry);
				this.directory.addOrganisation(new Known(id, entry.organisation()), entry.organisation());
				notes.add("new organisation " + entry.organisation() + " (kind " + kind + ", from its name)"
						+ (unknown.alike().isEmpty() ? ""
								: ", possibly the same as " + names(unknown.alike()) + ": not merged"));
				yield new Ref(id, entry.organisation(), true, entry.line(), null);
			}
		};
		this.organisations.put(key, ref);
		return ref;
	}

	private void merge(Entry entry, Held existing, List<String> notes) {
		boolean newer = entry.declaredOn() != null
				&& (existing.declaredOn() == null || entry.declaredOn().isAfter(existing.declaredOn()));
		cite(Label.Interest, existing.id(), entry);
		if (newer) {
			this.redeclared.add(Params.of("id", existing.id(), "declaredOn", entry.declaredOn(), "validTo",
					entry.validTo()));
			notes.add("already on the register (" + existing.id() + "); declared again on " + entry.declaredOn());
		}
		else {
			notes.add("already on the register (" + existing.id() + "); unchanged");
		}
		this.lines.add(line(entry, Outcome.MERGED, notes));
	}

	private void nilReturn(Entry entry, Ref person, List<String> notes) {
		if (entry.declaredOn() == null) {
			this.lines.add(new ReportLine(entry.line(), Outcome.FAILED, "a nil return with no date of declaration"));
			return;
		}
		this.nilReturns.add(Params.of("personId", person.id(), "declaredOn", entry.declaredOn(), "id",
				UUID.randomUUID().toString(), "locator", "line " + entry.line()));
		notes.add("nil return of " + person.name() + " on " + entry.declaredOn());
		this.lines.add(line(entry, guessed(entry, notes) ? Outcome.GUESSED : Outcome.IMPORTED, notes));
	}

	/**
	 * A register lists everything a person holds on its date: their open interests declared before it and not listed
	 * again have ended, the day before.
	 */
	private void endOmitted(Map<String, List<Held>> held, Set<String> matched, Map<String, LocalDate> declaredOn,
			Map<String, Entry> firstEntry) {
		Map<Integer, List<String>> endedByLine = new HashMap<>();
		declaredOn.forEach((personId, on) -> held.getOrDefault(personId, List.of())
			.stream()
			.filter(h -> !matched.contains(h.id()) && h.validTo() == null)
			.filter(h -> {
				LocalDate start = (h.validFrom() != null) ? h.validFrom() : h.declaredOn();
				return start != null && start.isBefore(on);
			})
			.forEach(h -> {
				this.ended.add(Params.of("id", h.id(), "validTo", on.minusDays(1)));
				endedByLine.computeIfAbsent(firstEntry.get(personId).line(), l -> new ArrayList<>()).add(h.id());
			}));
		endedByLine.forEach((line, ids) -> {
			int i = indexOf(line);
			ReportLine old = this.lines.get(i);
			this.lines.set(i, new ReportLine(line, old.outcome(), old.message() + "; ended " + ids.size()
					+ " interest(s) no longer declared on this register: " + String.join(", ", ids)));
		});
	}

	private int indexOf(int line) {
		for (int i = 0; i < this.lines.size(); i++) {
			if (this.lines.get(i).line() == line) {
				return i;
			}
		}
		throw new IllegalStateException("No report line " + line);
	}

	private Map<String, List<Held>> held(Set<String> personIds) {
		Map<String, List<Held>> held = new HashMap<>();
		if (personIds.isEmpty()) {
			return held;
		}
		this.graph.query("""
				UNWIND $ids AS personId
				MATCH (:Person {id: personId})<-[:DECLARED_BY]-(i:Interest)
				OPTIONAL MATCH (i)-[:IN_ORGANISATION]->(o:Organisation)
				RETURN personId, i.id AS id, o.id AS organisationId, i.subject AS subject, i.nature AS nature,
				       i.type AS type, i.declaredOn AS declaredOn, i.validFrom AS validFrom, i.validTo AS validTo
				""", Map.of("ids", List.copyOf(personIds)), row -> {
			String personId = row.get("personId").asString();
			return new Held(row.get("id").asString(), personId, key(personId, row.get("organisationId").asString(null),
					row.get("subject").asString(null), row.get("type").asString(), row.get("nature").asString(null)),
					date(row, "declaredOn"), date(row, "validFrom"), date(row, "validTo"));
		}).forEach(h -> held.computeIfAbsent(h.personId(), k -> new ArrayList<>()).add(h));
		return held;
	}

	private void write(Batches batches) {
		batches.createPeopleAndOrganisations(this.newPeople, this.newOrganisations);
		batches.create("""
				UNWIND $rows AS r
				MATCH (p:Person {id: r.personId})
				CREATE (i:Interest {
				  id: r.id, subject: r.subject, nature: r.nature, type: r.type, typeAsDeclared: r.typeAsDeclared,
				  declaredOn: r.declaredOn, validFrom: r.validFrom, validTo: r.validTo, roles: r.roles, withheld: false,
				  recordedAt: datetime(), importId: $importId
				})-[:DECLARED_BY]->(p)
				WITH i, r
				MATCH (d:SourceDocument {id: $documentId})
				CREATE (i)-[:SOURCED_FROM {locator: r.locator}]->(d)
				WITH i, r
				MATCH (o:Organisation {id: r.organisationId})
				CREATE (i)-[:IN_ORGANISATION]->(o)
				""", this.newInterests);
		batches.create("""
				UNWIND $rows AS r
				MATCH (p:Person {id: r.personId})
				MERGE (n:NilReturn {declaredOn: r.declaredOn})-[:DECLARED_BY]->(p)
				  ON CREATE SET n.id = r.id, n.recordedAt = datetime(), n.importId = $importId
				WITH n, r
				MATCH (d:SourceDocument {id: $documentId})
				MERGE (n)-[s:SOURCED_FROM]->(d)
				  ON CREATE SET s.locator = r.locator
				""", this.nilReturns);
		batches.update("""
				UNWIND $rows AS r
				MATCH (i:Interest {id: r.id})
				SET i.validFrom = coalesce(i.validFrom, i.declaredOn), i.declaredOn = r.declaredOn,
				    i.validTo = coalesce(r.validTo, i.validTo), i.updatedAt = datetime()
				""", this.redeclared);
		batches.update("""
				UNWIND $rows AS r
				MATCH (i:Interest {id: r.id})
				SET i.validTo = r.validTo, i.updatedAt = datetime()
				""", this.ended);
		this.cited.forEach((label, rows) -> batches.update("""
				UNWIND $rows AS r
				MATCH (n:%s {id: r.id})
				MATCH (d:SourceDocument {id: $documentId})
				MERGE (n)-[s:SOURCED_FROM]->(d)
				  ON CREATE SET s.locator = r.locator
				""".formatted(label.name()), rows));
	}

	private void cite(Label label, String id, Entry entry) {
		this.cited.get(label).add(Params.of("id", id, "locator", "line " + entry.line()));
	}

	private static boolean guessed(Entry entry, List<String> notes) {
		return entry.guessed() || notes.stream()
			.anyMatch(n -> n.contains("possibly the same as") || n.startsWith("date of declaration "));
	}

	private static ReportLine line(Entry entry, Outcome outcome, List<String> notes) {
		return new ReportLine(entry.line(), outcome, String.join("; ", notes));
	}

	/** What makes two entries the same interest: person, organisation or subject, type and nature. */
	private static String key(String personId, String organisationId, String subject, String type, String nature) {
		return personId + "|" + ((organisationId != null) ? organisationId : "~" + Names.words(subject != null ? subject : ""))
				+ "|" + type + "|" + Names.words((nature != null) ? nature : "");
	}

	private static LocalDate date(org.neo4j.driver.Record row, String column) {
		return row.get(column).isNull() ? null : row.get(column).asLocalDate();
	}

	private static String ids(List<Known> known) {
		return known.stream().map(Known::id).collect(Collectors.joining(", "));
	}

	private static String names(List<Known> known) {
		return known.stream().limit(3).map(k -> k.name() + " (" + k.id() + ")").collect(Collectors.joining(", "));
	}

}
