package org.partnershiphub.person;

import graphql.execution.DataFetcherResult;
import org.partnershiphub.common.Paging;
import org.partnershiphub.person.PersonService.PersonFilter;
import org.partnershiphub.person.PersonService.PersonPayload;
import org.partnershiphub.person.PersonService.RecordPersonInput;
import org.partnershiphub.person.RelationshipService.RelatePeopleInput;
import org.partnershiphub.person.RelationshipService.RelationshipPayload;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class PersonController {

	private final PersonService people;

	private final RelationshipService relationships;

	PersonController(PersonService people, RelationshipService relationships) {
		this.people = people;
		this.relationships = relationships;
	}

	@QueryMapping
	Person person(@Argument String id) {
		return this.people.find(id).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Person>> people(@Argument PersonFilter filter, ScrollSubrange subrange) {
		return this.people.find(filter, Paging.of(subrange)).result();
	}

	@MutationMapping
	PersonPayload recordPerson(@Argument RecordPersonInput input) {
		return this.people.recordPerson(input);
	}

	@MutationMapping
	RelationshipPayload relatePeople(@Argument RelatePeopleInput input) {
		return this.relationships.relatePeople(input);
	}

}
