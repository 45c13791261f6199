package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Params;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportService.Batches;
import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.Movement;

/**
 * What minutes pasted whole record in their business, beside the attendance: declarations of interest and resolutions,
 * each against the meeting's item of that number. A declaration is by the one person recorded at the meeting under
 * that family name, about the organisation its sentence names when it names exactly one; a resolution is the decision
 * of the board the item is before, on the meeting's date. One the hub cannot place (no item, an item not on the
 * agenda, nobody or several people of that name, a meeting in common, words that say no outcome) is SKIPPED saying
 * why, for the officer to record on the meeting's page. The same minutes twice record each once.
 */
final class MinutesBusiness {

	/** A declaration as the minutes reader found it: {@code items} one number or several ("6, 7"). */
	record Declared(int line, String name, String items, String sentence, String action) {
	}

	/** A move as the minutes reader found it: {@code how} as {@link Movements.Moved#how()} gives it. */
	record Moved(int line, String name, String how, String item, String sentence) {
	}

	/** A resolution as the minutes reader found it; {@code outcome} empty when its words say none. */
	record Resolved(int line, String item, String text, String outcome) {
	}

	/** Among a person's names at the meeting: they chaired it ("The Chair declared ..."). */
	static final String THE_CHAIR = "the chair";

	/** They chaired part of it: "the Chair" when nobody is recorded chairing the whole meeting. */
	static final String THE_CHAIR_FOR_PART = "the chair for part";

	/** How the minutes name the board's vice-chair, as the attendance knows them. */
	static final String THE_VICE_CHAIR = "the vice chair";

	/** An item of the meeting, the boards it is before, and who has declared and what was decided on it. */
	private record Item(String id, String number, String title, List<String> boards, Set<String> declared,
			Set<String> decided, Set<String> moved) {
	}

	private final Graph graph;

	private final Directory directory;

	private final String meetingId;

	private final List<Map<String, Object>> declarations = new ArrayList<>();

	private final List<Map<String, Object>> decisions = new ArrayList<>();

	private final List<Map<String, Object>> movements = new ArrayList<>();

	/** Seat-holders the list of those present leaves out whom the business records joining: present from then. */
	private final List<Map<String, Object>> lateArrivals = new ArrayList<>();

	MinutesBusiness(Graph graph, Directory directory, String meetingId) {
		this.graph = graph;
		this.directory = directory;
		this.meetingId = meetingId;
	}

	/**
	 * Records to write; {@code attending}: who the minutes record at the meeting, by id, with their family names;
	 * {@code minutes}: the items' headings in the minutes, title by number. A minute whose title is that of one item on
	 * the agenda stands for it whatever its number (councils number minutes on through the year: minute 18 for item 4).
	 */
	List<ReportLine> plan(Map<String, Set<String>> attending, List<Declared> declared, List<Resolved> resolved,
			List<Moved> moved, Map<String, String> minutes) {
		Map<String, Item> items = new HashMap<>();
		this.graph.query("""
				MATCH (ai:AgendaItem)-[:ON_AGENDA]->(mt:Meeting {id: $meetingId})
				WITH ai, mt, [(ai)-[:FOR_BOARD]->(b:Board) | b.id] AS forBoards
				RETURN ai.number AS number, ai.id AS id, ai.title AS title,
				       CASE WHEN size(forBoards) > 0 THEN forBoards ELSE [(mt)-[:OF_BOARD]->(b:Board) | b.id] END AS boards,
				       [(ai)<-[:AGAINST_ITEM]-(:Declaration)-[:DECLARED_BY]->(p:Person) | p.id] AS declared,
				       [(ai)<-[:ON_ITEM]-(d:Decision) | d.text] AS decided,
				       [(ai)<-[mv:JOINED|LEFT]-(:Attendance)-[:ATTENDEE]->(p:Person)
				         | p.id + ' ' + type(mv) + ' ' + mv.timing] AS moved
				""", Map.of("meetingId", this.meetingId), row -> items.put(key(row.get("number").asString()),
				new Item(row.get("id").asString(), row.get("number").asString(), row.get("title").asString(""),
						row.get("boards").asList(v -> v.asString()),
						new HashSet<>(row.get("declared").asList(v -> v.asString())),
						new HashSet<>(row.get("decided").asList(v -> v.asString())),
						new HashSet<>(row.get("moved").asList(v -> v.asString())))));
		Map<String, String> names = new HashMap<>();
		this.graph.query("""
				CALL () {
				  MATCH (:Meeting {id: $meetingId})<-[:AT_MEETING]-(a:Attendance)-[:ATTENDEE]->(p:Person)
				  WHERE a.status IN ['PRESENT', 'IN_ATTENDANCE']
				  RETURN p, CASE WHEN a.chairing = 'CHAIR_FOR_PART' THEN 1 WHEN coalesce(a.chair, false) THEN 2
				              ELSE 0 END AS chair
				  UNION
				  MATCH (p:Person) WHERE p.id IN $attending
				  RETURN p, 0 AS chair
				}
				WITH p, max(chair) AS chair
				MATCH (mt:Meeting {id: $meetingId})
				RETURN p.id AS id, p.displayName AS name, p.familyName AS family, chair,
				       EXISTS { (mt)-[:OF_BOARD]->(:Board)<-[:ON_BOARD]-(m:Membership {role: 'VICE_CHAIR'})-[:HELD_BY]->(p)
				                WHERE m.from <= mt.date AND (m.to IS NULL OR m.to >= mt.date) } AS viceChair
				""", Map.of("meetingId", this.meetingId, "attending", List.copyOf(attending.keySet())), row -> {
			Set<String> known = attending.computeIfAbsent(row.get("id").asString(), k -> new HashSet<>());
			known.add(Names.words(row.get("family").asString("")));
			if (row.get("chair").asInt() > 0) {
				known.add((row.get("chair").asInt() == 2) ? THE_CHAIR : THE_CHAIR_FOR_PART);
			}
			if (row.get("viceChair").asBoolean()) {
				known.add(THE_VICE_CHAIR);
			}
			return names.put(row.get("id").asString(), row.get("name").asString());
		});
		Map<String, Item> agenda = Map.copyOf(items);
		minutes.forEach((number, title) -> {
			List<Item> titled = agenda.values().stream().filter(i -> sameTitle(title, i.title())).toList();
			if (titled.size() == 1) {
				items.put(key(number), titled.get(0));
			}
		});
		List<ReportLine> lines = new ArrayList<>();
		// Moves first: someone minuted joining whom the list leaves out is then at the meeting to declare.
		Map<String, Set<String>> seated = new HashMap<>();
		if (moved.stream().anyMatch(m -> m.how().startsWith(Movement.Kind.JOINED.name()))) {
			this.graph.query("""
					MATCH (mt:Meeting {id: $meetingId})-[:OF_BOARD]->(:Board)<-[:ON_BOARD]-(m:Membership)
					      -[:HELD_BY]->(p:Person)
					WHERE m.from <= mt.date AND (m.to IS NULL OR m.to >= mt.date)
					RETURN DISTINCT p.id AS id, p.displayName AS name, p.familyName AS family
					""", Map.of("meetingId", this.meetingId), row -> {
				names.putIfAbsent(row.get("id").asString(), row.get("name").asString());
				return seated.put(row.get("id").asString(), Set.of(Names.words(row.get("family").asString(""))));
			});
		}
		for (Moved m : moved) {
			lines.add(movement(m, items.get(key(m.item())), attending, seated, names));
		}
		for (Declared d : declared) {
			List<ReportLine> each = new ArrayList<>();
			for (String number : d.items().split(",\\s*")) {
				each.add(declaration(d, number, items.get(key(number)), attending, names));
			}
			// One line of the report per line of the minutes, however many items it declares in.
			lines.add(new ReportLine(d.line(), each.stream().map(ReportLine::outcome).min(Comparator.naturalOrder())
				.orElseThrow(), String.join("; and ", each.stream().map(ReportLine::message).toList())));
		}
		for (Resolved r : resolved) {
			lines.add(decision(r, items.get(key(r.item()))));
		}
		return lines;
	}

	private ReportLine declaration(Declared d, String number, Item item, Map<String, Set<String>> attending,
			Map<String, String> names) {
		String what = "a declaration of interest by " + d.name()
				+ (number.isEmpty() ? "" : " in " + item(number, item));
		Who found = who(d.name(), attending);
		List<String> who = found.ids();
		boolean misspelt = found.misspelt();
		String unplaced = unplaced(number, item, who);
		if (unplaced != null) {
			return new ReportLine(d.line(), Outcome.SKIPPED, what + unplaced);
		}
		if (!item.declared().add(who.get(0))) {
			return new ReportLine(d.line(), Outcome.MERGED, what + ": already recorded");
		}
		List<Directory.Known> about = this.directory.organisationsIn(d.sentence());
		this.declarations.add(Params.of("id", UUID.randomUUID().toString(), "itemId", item.id(), "personId", who.get(0),
				"nature", d.sentence(), "action", d.action().isEmpty() ? null : d.action(), "organisationId",
				(about.size() == 1) ? about.get(0).id() : null, "locator", "line " + d.line()));
		return new ReportLine(d.line(), misspelt ? Outcome.GUESSED : Outcome.IMPORTED, what + ", read as "
				+ names.getOrDefault(who.get(0), d.name()) + (misspelt ? " (spelt differently in the minutes)" : "")
				+ (d.action().isEmpty() ? "; what they did is not minuted" : "; " + words(d.action()))
				+ ((about.size() == 1) ? "; about " + about.get(0).name() : ""));
	}

	/** Who the minutes mean by a name: the people at the meeting of that family name, or a slip away from it. */
	private record Who(List<String> ids, boolean misspelt) {
	}

	private static Who who(String name, Map<String, Set<String>> attending) {
		String family = Declarations.THE_CHAIR.matcher(name).matches() ? THE_CHAIR
				: Declarations.THE_VICE_CHAIR.matcher(name).matches() ? THE_VICE_CHAIR
						: Names.words(Names.person(name).familyName());
		List<String> who = attending.entrySet().stream()
			.filter(e -> e.getValue().contains(family))
			.map(Map.Entry::getKey)
			.toList();
		if (who.isEmpty() && family.equals(THE_CHAIR)) {
			// Nobody chaired the whole meeting: the one who chaired part of it.
			who = attending.entrySet().stream()
				.filter(e -> e.getValue().contains(THE_CHAIR_FOR_PART))
				.map(Map.Entry::getKey)
				.toList();
		}
		// Nobody of that name: one person at the meeting whose name is a slip away ("Dr Corirn" for Dr Corrin).
		boolean misspelt = who.isEmpty() && family.length() >= 4 && !family.startsWith("the ");
		if (misspelt) {
			who = attending.entrySet().stream()
				.filter(e -> e.getValue().stream().anyMatch(f -> f.length() >= 4 && Names.oneEditApart(f, family)))
				.map(Map.Entry::getKey)
				.toList();
		}
		return new Who(who, misspelt);
	}

	/**
	 * Someone joining or leaving part-way: the one person recorded at the meeting under that name, as a move before,
	 * during or after the item; the conflict report then counts them for the items they were there for.
	 */
	private ReportLine movement(Moved m, Item item, Map<String, Set<String>> attending, Map<String, Set<String>> seated,
			Map<String, String> names) {
		String[] how = m.how().split(" ");
		Movement.Kind kind = Movement.Kind.valueOf(how[0]);
		if (how[1].equals(Movements.AT_A_TIME_ONLY)) {
			// "Dr C Dee (arrived 2.20 pm)": a time, and no item.
			String did = (kind == Movement.Kind.LEFT) ? "left" : "joined";
			return new ReportLine(m.line(), Outcome.SKIPPED, "\"" + m.sentence() + "\": a time, not an item; record "
					+ "the item they " + did + " at on the meeting's page");
		}
		Movement.Timing timing = Movement.Timing.valueOf(how[1]);
		String what = m.name() + (kind == Movement.Kind.LEFT ? " leaving" : " joining") + " the meeting"
				+ (m.item().isEmpty() ? "" : " " + words(timing.name()) + " " + item(m.item(), item));
		Who found = who(m.name(), attending);
		boolean late = false;
		if (found.ids().isEmpty() && kind == Movement.Kind.JOINED) {
			// Someone the list of those present leaves out, minuted joining: the one seat-holder of that name.
			Map<String, Set<String>> notListed = new HashMap<>(seated);
			notListed.keySet().removeAll(attending.keySet());
			found = who(m.name(), notListed);
			late = found.ids().size() == 1;
		}
		String unplaced = unplaced(m.item(), item, found.ids());
		if (unplaced != null) {
			return new ReportLine(m.line(), Outcome.SKIPPED, what + unplaced);
		}
		String person = found.ids().get(0);
		if (late) {
			attending.computeIfAbsent(person, k -> new HashSet<>()).addAll(seated.get(person));
			this.lateArrivals.add(Params.of("id", UUID.randomUUID().toString(), "personId", person, "key",
					this.meetingId + "|" + person, "locator", "line " + m.line()));
		}
		if (!item.moved().add(person + " " + kind + " " + timing)) {
			return new ReportLine(m.line(), Outcome.MERGED, what + ": already recorded");
		}
		this.movements.add(Params.of("itemId", item.id(), "personId", person, "kind", kind.name(), "timing",
				timing.name(), "asMinuted", m.sentence(), "locator", "line " + m.line()));
		return new ReportLine(m.line(), found.misspelt() ? Outcome.GUESSED : Outcome.IMPORTED, what + ", read as "
				+ names.getOrDefault(person, m.name()) + (found.misspelt() ? " (spelt differently in the minutes)" : "")
				+ (late ? ", who holds a seat and is not in the list of those present: recorded present from then"
						: "; counted for the items they were there for"));
	}

	private ReportLine decision(Resolved r, Item item) {
		String what = "a decision (\"" + r.text() + "\")" + (r.item().isEmpty() ? "" : " in " + item(r.item(), item));
		String unplaced = unplaced(r.item(), item);
		if (unplaced == null && item.boards().size() != 1) {
			unplaced = ": the item is before boards meeting in common; record which board decided on the meeting's page";
		}
		if (unplaced == null && r.outcome().isEmpty()) {
			unplaced = ": its words do not say whether it was approved, refused, deferred, recommended or noted; record "
					+ "it on the meeting's page";
		}
		if (unplaced != null) {
			return new ReportLine(r.line(), Outcome.SKIPPED, what + unplaced);
		}
		if (!item.decided().add(r.text())) {
			return new ReportLine(r.line(), Outcome.MERGED, what + ": already recorded");
		}
		this.decisions.add(Params.of("id", UUID.randomUUID().toString(), "itemId", item.id(), "boardId",
				item.boards().get(0), "text", r.text(), "outcome", r.outcome(), "locator", "line " + r.line()));
		return new ReportLine(r.line(), Outcome.IMPORTED, what + ": " + words(r.outcome()) + ", on the meeting's date");
	}

	/** "item 6", or "minute 18 (item 4 on the agenda, by its title)". */
	private static String item(String number, Item item) {
		return (item == null || key(item.number()).equals(key(number))) ? "item " + number
				: "minute " + number + " (item " + item.number() + " on the agenda, by its title)";
	}

	/** Words that do not tell items apart: "of", "the", and when a meeting was ("previous", "held on 10 July"). */
	private static final Set<String> FILLER = Set.of("", "of", "the", "and", "for", "a", "an", "on", "to", "in", "at",
			"by", "with", "held", "previous", "last", "january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december");

	/** Words of titles that tell items apart. */
	private static Set<String> titleWords(String title) {
		Set<String> words = new HashSet<>(List.of(Names.words(title).split(" ")));
		words.removeIf(w -> FILLER.contains(w) || w.matches("\\d+(st|nd|rd|th)?"));
		return words;
	}

	/**
	 * Whether a minute's heading and an agenda item's title name one item: the same words, or all of the shorter's
	 * (of two words at least) in the longer ("Better Care Fund" and "Better Care Fund Plan 2025/26"), or seven in ten
	 * of their words shared; dates and filler aside ("Minutes of the previous meeting" and "Minutes of the meeting held
	 * on 9 July").
	 */
	static boolean sameTitle(String minute, String agenda) {
		Set<String> a = titleWords(minute);
		Set<String> b = titleWords(agenda);
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		if (a.size() >= 2 && b.containsAll(a) || b.size() >= 2 && a.containsAll(b)) {
			return true;
		}
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		Set<String> either = new HashSet<>(a);
		either.addAll(b);
		return both.size() * 10 >= either.size() * 7;
	}

	/** Why a line by a person cannot be placed: on the agenda, or on one person at the meeting; null when it can. */
	private static String unplaced(String number, Item item, List<String> who) {
		String unplaced = unplaced(number, item);
		if (unplaced == null && who.size() != 1) {
			unplaced = ": " + (who.isEmpty() ? "nobody of that name is recorded at the meeting"
					: "several people of that name are recorded at the meeting") + "; record it on the meeting's page";
		}
		return unplaced;
	}

	/** Why a line cannot be placed on the agenda; null when it can. */
	private static String unplaced(String number, Item item) {
		if (number.isEmpty()) {
			return ", under no numbered item: record it on the meeting's page";
		}
		return (item == null) ? ": no item " + number + " on the meeting's agenda (import the agenda, then these "
				+ "minutes again, or record it on the meeting's page)" : null;
	}

	int records() {
		return this.declarations.size() + this.decisions.size() + this.movements.size() + this.lateArrivals.size();
	}

	void write(Batches batches) {
		batches.update("""
				UNWIND $rows AS r
				MATCH (ai:AgendaItem {id: r.itemId})
				MATCH (p:Person {id: r.personId})
				MATCH (doc:SourceDocument {id: $documentId})
				CREATE (d:Declaration {id: r.id, nature: r.nature, action: r.action, createdAt: datetime()}),
				       (d)-[:AGAINST_ITEM]->(ai), (d)-[:DECLARED_BY]->(p), (d)-[:SOURCED_FROM {locator: r.locator}]->(doc)
				WITH d, r
				MATCH (o:Organisation {id: r.organisationId})
				CREATE (d)-[:ABOUT_ORGANISATION]->(o)
				""", this.declarations);
		batches.update("""
				UNWIND $rows AS r
				MATCH (ai:AgendaItem {id: r.itemId})-[:ON_AGENDA]->(mt:Meeting)
				MATCH (b:Board {id: r.boardId})
				MATCH (doc:SourceDocument {id: $documentId})
				CREATE (d:Decision {id: r.id, text: r.text, outcome: r.outcome, decidedOn: mt.date,
				                    decidedOnPrecision: 'DAY', createdAt: datetime()}),
				       (d)-[:TAKEN_BY]->(b), (d)-[:ON_ITEM]->(ai), (d)-[:SOURCED_FROM {locator: r.locator}]->(doc)
				""", this.decisions);
		batches.update("""
				UNWIND $rows AS r
				MATCH (mt:Meeting {id: $meetingId})
				MATCH (p:Person {id: r.personId})
				MATCH (doc:SourceDocument {id: $documentId})
				MERGE (a:Attendance {key: r.key})
				  ON CREATE SET a.id = r.id, a.createdAt = datetime(), a.status = 'PRESENT', a.chair = false
				MERGE (a)-[:AT_MEETING]->(mt)
				MERGE (a)-[:ATTENDEE]->(p)
				MERGE (a)-[s:SOURCED_FROM]->(doc)
				  ON CREATE SET s.locator = r.locator
				""", this.lateArrivals, Map.of("meetingId", this.meetingId));
		for (Movement.Kind kind : Movement.Kind.values()) {
			batches.update("""
					UNWIND $rows AS r
					MATCH (:Meeting {id: $meetingId})<-[:AT_MEETING]-(a:Attendance)
					      -[:ATTENDEE]->(:Person {id: r.personId})
					MATCH (ai:AgendaItem {id: r.itemId})
					MERGE (a)-[mv:%s {timing: r.timing}]->(ai)
					SET mv.asMinuted = r.asMinuted, mv.locator = r.locator
					""".formatted(kind.name()),
					this.movements.stream().filter(m -> m.get("kind").equals(kind.name())).toList(),
					Map.of("meetingId", this.meetingId));
		}
	}

	/** "8", "8.", "Item 8" as one key, and "HWB/25/14" as "hwb/25/14". */
	private static String key(String number) {
		return AgendaItem.number(number).toLowerCase(Locale.ROOT);
	}

	private static String words(String code) {
		return code.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
