package org.partnershiphub.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Graph.Paged;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.SearchText;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.common.Where;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: their names, honorifics and aliases. */
@Service
public class PersonService {

	private final Graph graph;

	PersonService(Graph graph) {
		this.graph = graph;
	}

	public record RecordPersonInput(String honorific, String givenName, String familyName, String postNominals,
			List<String> aliases) {
	}

	public record PersonFilter(String name) {
	}

	public record PersonPayload(Person person, List<UserError> userErrors) {
	}

	public Optional<Person> find(String id) {
		return this.graph.byId(Person.class, id);
	}

	public Page<Person> find(PersonFilter filter, Paging paging) {
		String name = (filter != null && filter.name() != null && !filter.name().isBlank())
				? SearchText.normalise(filter.name()) : null;
		Where where = new Where().when(name, "name", "n.searchText CONTAINS $name");
		return this.graph.page(Paged.ascending("MATCH (n:Person)" + where.clause(), "n", "n.sortName", "n.id"),
				where.params(), Person.class, paging);
	}

	@Transactional
	public PersonPayload recordPerson(RecordPersonInput input) {
		List<String> aliases = (input.aliases() != null) ? input.aliases().stream().map(String::strip).toList() : List.of();
		Validation v = new Validation().name("familyName", input.familyName())
			.maxLength("givenName", input.givenName(), Validation.NAME_MAX)
			.maxLength("honorific", input.honorific(), 50)
			.maxLength("postNominals", input.postNominals(), 50)
			.maxLength("aliases", aliases, Validation.NAME_MAX);
		if (v.hasErrors()) {
			return new PersonPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("CREATE (n:Person) SET n = $properties, n.createdAt = datetime()", Map.of("properties",
				properties(id, Validation.trimToNull(input.honorific()), Validation.trimToNull(input.givenName()),
						input.familyName().strip(), Validation.trimToNull(input.postNominals()), aliases)));
		return new PersonPayload(find(id).orElseThrow(), List.of());
	}

	/** A new person's stored properties, derived names included; for every path that creates people. */
	public static Map<String, Object> properties(String id, String honorific, String givenName, String familyName,
			String postNominals, List<String> aliases) {
		return Params.of("id", id, "displayName", Person.displayName(honorific, givenName, familyName, postNominals),
				"honorific", honorific, "givenName", givenName, "familyName", familyName, "postNominals", postNominals,
				"aliases", aliases, "sortName", SearchText.normalise(familyName + " " + (givenName != null ? givenName : "")),
				"searchText", SearchText.of(Stream.concat(Stream.of(Person.displayName(null, givenName, familyName, null)),
						aliases.stream()).toList()));
	}

	/** Adds a NOT_FOUND error under {@code field} unless {@code id} names a person. */
	public void requirePerson(Validation v, String field, String id) {
		v.required(field, id);
		if (id != null) {
			v.check(this.graph.exists(Label.Person, id), field, Code.NOT_FOUND, "No person with id " + id);
		}
	}

}
