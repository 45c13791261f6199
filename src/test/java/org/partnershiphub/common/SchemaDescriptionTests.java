package org.partnershiphub.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.AbstractDescribedNode;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type, field, argument and input field of the schema says what it is: the schema is what frontend developers
 * read (GraphiQL, generated clients). Extensions of Query and Mutation need no description of their own.
 */
class SchemaDescriptionTests {

	@Test
	void everyTypeFieldAndArgumentHasADescription() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("graphql"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		List<String> missing = new ArrayList<>();
		List<TypeDefinition<?>> types = new ArrayList<>();
		registry.types().values().forEach(types::add);
		registry.objectTypeExtensions().values().forEach(types::addAll);
		registry.scalars().values().stream().filter(s -> !ScalarInfo.isGraphqlSpecifiedScalar(s.getName()))
			.forEach(types::add);
		for (TypeDefinition<?> type : types) {
			if (!(type instanceof ObjectTypeExtensionDefinition) && !List.of("Query", "Mutation").contains(type.getName())) {
				check(missing, type.getName(), (AbstractDescribedNode<?>) type);
			}
			List<FieldDefinition> fields = switch (type) {
				case ObjectTypeDefinition object -> object.getFieldDefinitions();
				case InterfaceTypeDefinition object -> object.getFieldDefinitions();
				default -> List.of();
			};
			for (FieldDefinition field : fields) {
				check(missing, type.getName() + "." + field.getName(), field);
				for (InputValueDefinition argument : field.getInputValueDefinitions()) {
					check(missing, type.getName() + "." + field.getName() + "(" + argument.getName() + ")", argument);
				}
			}
			if (type instanceof InputObjectTypeDefinition input) {
				input.getInputValueDefinitions().forEach(f -> check(missing, type.getName() + "." + f.getName(), f));
			}
		}
		assertThat(missing).as("schema elements without a description").isEmpty();
	}

	private static void check(List<String> missing, String name, AbstractDescribedNode<?> node) {
		if (node.getDescription() == null || node.getDescription().getContent().isBlank()) {
			missing.add(name);
		}
	}

}
