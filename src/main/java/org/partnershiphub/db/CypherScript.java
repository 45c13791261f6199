package org.partnershiphub.db;

import java.util.Arrays;
import java.util.List;

/** Splits a Cypher script into statements: each ends with a semicolon at the end of a line; // lines are comments. */
public final class CypherScript {

	private CypherScript() {
	}

	public static List<String> statements(String script) {
		String withoutComments = script.lines()
			.filter(line -> !line.stripLeading().startsWith("//"))
			.reduce("", (a, b) -> a + b + "\n");
		return Arrays.stream(withoutComments.split(";\\s*\\n"))
			.map(String::strip)
			.map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
			.filter(s -> !s.isEmpty())
			.toList();
	}

}
