package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.SearchText;
import org.partnershiphub.imports.Directory.Ambiguous;
import org.partnershiphub.imports.Directory.Found;
import org.partnershiphub.imports.Directory.Known;
import org.partnershiphub.imports.Directory.Unknown;
import org.partnershiphub.imports.ImportService.Batches;
import org.partnershiphub.imports.Names.PersonName;
import org.partnershiphub.organisation.OrganisationService;
import org.partnershiphub.person.PersonService;

/**
 * The people and organisations one file names, each resolved once: to a record held (noted when the file spells it
 * differently), to a new record (created and cited with the line that first named it, flagged when it looks like one
 * held), or refused when two held records share its name. Every importer resolves names through this.
 */
final class Records {

	/** A person or organisation the file names; {@code refusal} says why a row naming it cannot be imported. */
	record Ref(String id, String name, boolean created, int line, String refusal) {
	}

	private final Directory directory;

	private final Map<String, Ref> people = new HashMap<>();

	private final Map<String, Ref> organisations = new HashMap<>();

	private final List<Map<String, Object>> newPeople = new ArrayList<>();

	private final List<Map<String, Object>> newOrganisations = new ArrayList<>();

	/** Spellings a file uses for organisations held under another name: kept as their aliases. */
	private final List<Map<String, Object>> spellings = new ArrayList<>();

	Records(Directory directory) {
		this.directory = directory;
	}

	Ref person(PersonName name, int line, List<String> notes) {
		Ref known = this.people.get(name.key());
		if (known != null) {
			return known;
		}
		String display = RegisterReader.describe(name);
		Ref ref = switch (this.directory.person(name)) {
			case Found found -> {
				notes.add("person matched to " + found.known().name() + " (" + found.known().id() + ")");
				yield new Ref(found.known().id(), found.known().name(), false, line, null);
			}
			case Ambiguous ambiguous -> new Ref(null, display, false, line, ambiguous.candidates().size()
					+ " people are called " + display + " (" + ids(ambiguous.candidates())
					+ "): not matched; merge them or import with a person id");
			case Unknown unknown -> {
				String id = UUID.randomUUID().toString();
				this.newPeople.add(created(PersonService.properties(id, name.honorific(), name.givenName(),
						name.familyName(), name.postNominals(), List.of()), line));
				this.directory.addPerson(new Known(id, display), name);
				notes.add("new person " + display + (unknown.alike().isEmpty() ? ""
						: ", possibly the same as " + names(unknown.alike()) + ": not merged (see duplicateCandidates)"));
				yield new Ref(id, display, true, line, null);
			}
		};
		this.people.put(name.key(), ref);
		return ref;
	}

	Ref organisation(String name, int line, List<String> notes) {
		String key = Names.organisationKey(name);
		Ref known = this.organisations.get(key);
		if (known != null) {
			if (!known.name().equals(name)) {
				notes.add("\"" + name + "\" read as " + known.name() + " (line " + known.line() + ")");
			}
			return known;
		}
		Ref ref = switch (this.directory.organisation(name)) {
			case Found found -> {
				if (!found.known().name().equals(name)) {
					notes.add("\"" + name + "\" matched to " + found.known().name() + " (" + found.known().id()
							+ "); the spelling is kept as an alias");
					this.spellings.add(Params.of("id", found.known().id(), "spelling", name, "normalised",
							SearchText.normalise(name)));
				}
				yield new Ref(found.known().id(), found.known().name(), false, line, null);
			}
			case Ambiguous ambiguous -> new Ref(null, name, false, line, ambiguous.candidates().size()
					+ " organisations are called " + name + " (" + ids(ambiguous.candidates())
					+ "): not matched; merge them first");
			case Unknown unknown -> {
				String id = UUID.randomUUID().toString();
				var kind = Names.guessKind(name);
				this.newOrganisations.add(created(OrganisationService.properties(id, name, kind, List.of()), line));
				this.directory.addOrganisation(new Known(id, name), name);
				notes.add("new organisation " + name + " (kind " + kind + ", from its name)"
						+ (unknown.alike().isEmpty() ? "" : ", possibly the same as " + names(unknown.alike())
								+ ": not merged"));
				yield new Ref(id, name, true, line, null);
			}
		};
		this.organisations.put(key, ref);
		return ref;
	}

	int peopleCreated() {
		return this.newPeople.size();
	}

	int organisationsCreated() {
		return this.newOrganisations.size();
	}

	/** Creates the new people and organisations, each citing the file at the line that first named it. */
	void write(Batches batches) {
		for (var created : List.of(Map.entry(Label.Person, this.newPeople), Map.entry(Label.Organisation, this.newOrganisations))) {
			batches.create("""
					UNWIND $rows AS r
					CREATE (n:%s)
					SET n = r.properties, n.createdAt = datetime(), n.importId = $importId
					WITH n, r
					MATCH (d:SourceDocument {id: $documentId})
					CREATE (n)-[:SOURCED_FROM {locator: r.locator}]->(d)
					""".formatted(created.getKey().name()), created.getValue());
		}
		batches.update("""
				UNWIND $rows AS r
				MATCH (o:Organisation {id: r.id})
				WHERE o.name <> r.spelling AND NOT r.spelling IN coalesce(o.aliases, [])
				SET o.aliases = coalesce(o.aliases, []) + r.spelling,
				    o.searchText = coalesce(o.searchText + ' | ', '') + r.normalised, o.updatedAt = datetime()
				""", this.spellings);
	}

	private static Map<String, Object> created(Map<String, Object> properties, int line) {
		return Params.of("properties", properties, "locator", "line " + line);
	}

	private static String ids(List<Known> known) {
		return known.stream().map(Known::id).collect(Collectors.joining(", "));
	}

	private static String names(List<Known> known) {
		return known.stream().limit(3).map(k -> k.name() + " (" + k.id() + ")").collect(Collectors.joining(", "));
	}

}
