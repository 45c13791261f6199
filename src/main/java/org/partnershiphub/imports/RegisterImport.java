package org.partnershiphub.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.partnershiphub.common.DatePrecision;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Params;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportService.Batches;
import org.partnershiphub.imports.ImportService.Plan;
import org.partnershiphub.imports.Records.Ref;
import org.partnershiphub.imports.RegisterReader.Entry;

/**
 * Plans a register import: matches each entry's person and organisation to records held (or to earlier rows), finds
 * interests already on the register, and decides for every line what will be created, merged or refused. The writes
 * run afterwards, through {@link Batches}.
 */
final class RegisterImport {

	private final Graph graph;

	private final Records names;

	private final Directory directory;

	private final boolean endOmitted;

	private final List<ReportLine> lines = new ArrayList<>();

	private final List<Map<String, Object>> newInterests = new ArrayList<>();

	private final List<Map<String, Object>> redeclared = new ArrayList<>();

	/** Interests held already that this file declares again, to cite it for. */
	private final List<Map<String, Object>> cited = new ArrayList<>();

	private final List<Map<String, Object>> ended = new ArrayList<>();

	private final List<Map<String, Object>> nilReturns = new ArrayList<>();

	private final List<Map<String, Object>> listings = new ArrayList<>();

	/** Every row read, as published, with the person and interest it was read as: the register's transcript. */
	private final List<Map<String, Object>> transcript = new ArrayList<>();

	private List<String> header = List.of();

	private List<Integer> detailColumns = List.of();

	/** Listings already recorded, by person and date ("personId|date"). */
	private final Set<String> listingsHeld = new HashSet<>();

	/** An interest already held, as read for matching. */
	private record Held(String id, String personId, String key, LocalDate declaredOn, LocalDate validFrom,
			LocalDate validTo) {
	}

	RegisterImport(Graph graph, Directory directory, boolean endOmitted) {
		this.graph = graph;
		this.directory = directory;
		this.names = new Records(directory);
		this.endOmitted = endOmitted;
	}

	Plan plan(RegisterReader.Result read) {
		this.lines.addAll(read.lines());
		List<Entry> entries = read.entries();
		Map<Entry, Ref> personOf = new LinkedHashMap<>();
		Map<Entry, List<String>> notes = new HashMap<>();
		// A row that only names someone is read last, so their fuller rows (with a title, say) create them.
		Comparator<Entry> listedLast = Comparator.comparing(RegisterImport::listedOnly);
		for (Entry entry : entries.stream().sorted(listedLast).toList()) {
			List<String> n = new ArrayList<>(entry.notes());
			notes.put(entry, n);
			personOf.put(entry, this.names.person(entry.person(), entry.line(), n));
		}
		Set<String> existingPeople = personOf.values().stream().filter(r -> r.refusal() == null && !r.created())
			.map(Ref::id).collect(Collectors.toSet());
		Map<String, List<Held>> held = held(existingPeople);
		Set<String> nilReturnsHeld = new HashSet<>(this.graph.query("""
				UNWIND $ids AS personId
				MATCH (:Person {id: personId})<-[:DECLARED_BY]-(n:NilReturn)
				RETURN personId + '|' + toString(n.declaredOn) AS key
				""", Map.of("ids", List.copyOf(existingPeople)), row -> row.get("key").asString()));
		this.listingsHeld.addAll(this.graph.query("""
				UNWIND $ids AS personId
				MATCH (:Person {id: personId})<-[:LISTED]-(l:RegisterListing)
				RETURN l.key AS key
				""", Map.of("ids", List.copyOf(existingPeople)), row -> row.get("key").asString()));
		Map<String, Integer> seen = new HashMap<>();
		Set<String> matched = new HashSet<>();
		Map<String, LocalDate> declaredOn = new HashMap<>();
		Map<String, Entry> firstEntry = new HashMap<>();
		Map<String, String> interestIds = new HashMap<>();
		// The first line declaring something for each person, for the rows that only name them.
		Map<String, Integer> declaringLine = new HashMap<>();
		entries.stream()
			.filter(e -> !listedOnly(e) && personOf.get(e).id() != null)
			.forEach(e -> declaringLine.putIfAbsent(personOf.get(e).id(), e.line()));
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
			if (listedOnly(entry) || entry.nil()) {
				transcribe(entry, person, null);
			}
			if (listedOnly(entry)) {
				if (entry.nil()) {
					n.add("a nil return with no date of declaration: no nil return recorded");
				}
				listed(entry, person, declaringLine, n);
				continue;
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
			Ref organisation = (entry.organisation() != null)
					? this.names.organisation(entry.organisation(), entry.line(), n) : null;
			if (organisation != null && organisation.refusal() != null) {
				this.lines.add(new ReportLine(entry.line(), Outcome.FAILED, organisation.refusal()));
				continue;
			}
			n.add(0, entry.type() + " interest of " + person.name() + " in "
					+ ((organisation != null) ? organisation.name() : "\"" + entry.subject() + "\""));
			// Described in words only ("Wife is a partner at Elm Street Surgery"): the one organisation held that the
			// words name, for conflict checks to follow through its structure; the words are kept as its subject.
			List<Directory.Known> named = (organisation == null && entry.subject() != null)
					? this.directory.organisationsIn(entry.subject()) : List.of();
			boolean namedIn = named.size() == 1;
			if (namedIn) {
				organisation = new Ref(named.get(0).id(), named.get(0).name(), false, entry.line(), null);
				n.add("in " + organisation.name() + ", which it names: check it on the person's page");
			}
			String key = key(person.id(), (organisation != null) ? organisation.id() : null, entry.subject(),
					entry.type().name(), entry.nature());
			// Linked from its words: held before in words only, it is the same interest.
			String asDescribed = namedIn ? key(person.id(), null, entry.subject(), entry.type().name(), entry.nature())
					: null;
			Integer earlier = seen.putIfAbsent(key, entry.line());
			if (earlier != null) {
				transcribe(entry, person, interestIds.get(key));
				n.add("the same interest as line " + earlier);
				this.lines.add(line(entry, Outcome.MERGED, n));
				continue;
			}
			Held existing = held.getOrDefault(person.id(), List.of()).stream()
				.filter(h -> (h.key().equals(key) || h.key().equals(asDescribed)) && (h.validTo() == null
						|| entry.declaredOn() == null || !h.validTo().isBefore(entry.declaredOn())))
				.findFirst()
				.orElse(null);
			if (existing != null) {
				interestIds.put(key, existing.id());
				transcribe(entry, person, existing.id());
				matched.add(existing.id());
				merge(entry, existing, n);
				continue;
			}
			String id = UUID.randomUUID().toString();
			interestIds.put(key, id);
			transcribe(entry, person, id);
			this.newInterests.add(Params.of("id", id, "personId", person.id(), "organisationId",
					(organisation != null) ? organisation.id() : null, "subject", entry.subject(), "nature",
					entry.nature(), "type", entry.type().name(), "typeAsDeclared", entry.typeAsDeclared(), "declaredOn",
					entry.declaredOn(), "declaredOnPrecision", precision(entry), "validFrom", entry.validFrom(), "validTo",
					entry.validTo(), "actionTaken", entry.actionTaken(), "roles", entry.roles(), "locator",
					"line " + entry.line()));
			this.lines.add(line(entry, guessed(entry, n) || namedIn ? Outcome.GUESSED : Outcome.IMPORTED, n));
		}
		if (this.endOmitted) {
			endOmitted(held, matched, declaredOn, firstEntry);
		}
		this.lines.sort(ReportLine.BY_LINE);
		this.header = read.header();
		this.detailColumns = read.detailColumns();
		return new Plan(this.lines, this.names.peopleCreated(), this.names.organisationsCreated(),
				this.newInterests.size() + this.nilReturns.size() + this.listings.size(), this.redeclared.size(), this.ended.size(), this::write);
	}

	/** Stored only when the register gave less than a day: DAY is what an interest without one has. */
	private static String precision(Entry entry) {
		return (entry.declaredOn() == null || entry.declaredOnPrecision() == DatePrecision.DAY) ? null
				: entry.declaredOnPrecision().name();
	}

	private void merge(Entry entry, Held existing, List<String> notes) {
		boolean newer = entry.declaredOn() != null
				&& (existing.declaredOn() == null || entry.declaredOn().isAfter(existing.declaredOn()));
		this.cited.add(Params.of("id", existing.id(), "locator", "line " + entry.line()));
		if (newer) {
			this.redeclared.add(Params.of("id", existing.id(), "declaredOn", entry.declaredOn(), "declaredOnPrecision",
					precision(entry), "validTo", entry.validTo(), "actionTaken", entry.actionTaken()));
			notes.add("already on the register (" + existing.id() + "); declared again on " + entry.declaredOn());
		}
		else {
			notes.add("already on the register (" + existing.id() + "); unchanged");
		}
		this.lines.add(line(entry, Outcome.MERGED, notes));
	}

	/**
	 * A row naming a person (and maybe a date) with nothing declared on it. The person is recorded either way; when no
	 * other row of the file declares anything for them, so is the fact that the register lists them with nothing
	 * declared, as at its date: not a nil return, which they did not make.
	 */
	private void listed(Entry entry, Ref person, Map<String, Integer> declaringLine, List<String> notes) {
		Integer declaring = declaringLine.get(person.id());
		if (declaring != null) {
			notes.add(0, "names " + person.name() + ", whose entries are on line " + declaring);
			this.lines.add(line(entry, Outcome.MERGED, notes));
			return;
		}
		String key = person.id() + "|" + entry.declaredOn();
		if (this.listingsHeld.contains(key)) {
			notes.add(0, person.name() + " is listed on the register with nothing declared; already recorded");
			this.lines.add(line(entry, Outcome.MERGED, notes));
			return;
		}
		this.listingsHeld.add(key);
		this.listings.add(Params.of("key", key, "personId", person.id(), "declaredOn", entry.declaredOn(), "id",
				UUID.randomUUID().toString(), "locator", "line " + entry.line()));
		notes.add(0, person.name() + " is listed on the register" + ((entry.declaredOn() != null) ? " on "
				+ entry.declaredOn() : " (no date given)") + " with nothing declared (recorded as listed, not as a nil "
				+ "return)");
		this.lines.add(line(entry, guessed(entry, notes) ? Outcome.GUESSED : Outcome.IMPORTED, notes));
	}

	private void transcribe(Entry entry, Ref person, String interestId) {
		this.transcript.add(Params.of("line", entry.line(), "cells", entry.cells(), "personId", person.id(),
				"interestId", interestId));
	}

	/**
	 * Whether a row only lists its person, with nothing declared: no organisation nor subject, and not a nil return,
	 * or a nil return with no date (a nil return is of a date: without one, the register shows only that).
	 */
	private static boolean listedOnly(Entry entry) {
		return entry.organisation() == null && entry.subject() == null && (!entry.nil() || entry.declaredOn() == null);
	}

	private void nilReturn(Entry entry, Ref person, List<String> notes) {
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
		this.names.write(batches);
		batches.create("""
				UNWIND $rows AS r
				MATCH (p:Person {id: r.personId})
				CREATE (i:Interest {
				  id: r.id, subject: r.subject, nature: r.nature, type: r.type, typeAsDeclared: r.typeAsDeclared,
				  declaredOn: r.declaredOn, declaredOnPrecision: r.declaredOnPrecision, validFrom: r.validFrom,
				  validTo: r.validTo, actionTaken: r.actionTaken, roles: r.roles, withheld: false,
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
		// The register as published, row by row, so it can be given back exactly as declared. A document is its
		// content (by hash), so importing the file again finds its rows.
		batches.update("""
				UNWIND $rows AS r
				MATCH (d:SourceDocument {id: $documentId})
				SET d.columns = r.header, d.detailColumns = r.details
				""", List.of(Params.of("header", this.header, "details", this.detailColumns)));
		batches.create("""
				UNWIND $rows AS r
				MATCH (d:SourceDocument {id: $documentId})
				MERGE (x:RegisterRow {key: $documentId + '|' + r.line})
				  ON CREATE SET x.line = r.line, x.cells = r.cells, x.importId = $importId
				MERGE (x)-[:IN_DOCUMENT]->(d)
				WITH x, r
				CALL (x, r) {
				  MATCH (p:Person {id: r.personId})
				  MERGE (x)-[:ROW_OF]->(p)
				}
				CALL (x, r) {
				  MATCH (i:Interest {id: r.interestId})
				  MERGE (x)-[:RECORDS]->(i)
				}
				""", this.transcript);
		// One listing per person and date: importing the file again finds it.
		batches.create("""
				UNWIND $rows AS r
				MATCH (p:Person {id: r.personId})
				MATCH (d:SourceDocument {id: $documentId})
				MERGE (l:RegisterListing {key: r.key})
				  ON CREATE SET l.id = r.id, l.declaredOn = r.declaredOn, l.recordedAt = datetime(), l.importId = $importId
				MERGE (l)-[:LISTED]->(p)
				MERGE (l)-[s:SOURCED_FROM]->(d)
				  ON CREATE SET s.locator = r.locator
				""", this.listings);
		batches.update("""
				UNWIND $rows AS r
				MATCH (i:Interest {id: r.id})
				SET i.validFrom = coalesce(i.validFrom, i.declaredOn), i.declaredOn = r.declaredOn,
				    i.declaredOnPrecision = r.declaredOnPrecision,
				    i.validTo = coalesce(r.validTo, i.validTo), i.actionTaken = coalesce(r.actionTaken, i.actionTaken),
				    i.updatedAt = datetime()
				""", this.redeclared);
		batches.update("""
				UNWIND $rows AS r
				MATCH (i:Interest {id: r.id})
				SET i.validTo = r.validTo, i.updatedAt = datetime()
				""", this.ended);
		batches.update("""
				UNWIND $rows AS r
				MATCH (i:Interest {id: r.id})
				MATCH (d:SourceDocument {id: $documentId})
				MERGE (i)-[s:SOURCED_FROM]->(d)
				  ON CREATE SET s.locator = r.locator
				""", this.cited);
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


}
