package org.partnershiphub.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherScriptTests {

	@Test
	void splitsOnSemicolonsAtLineEndsAndDropsComments() {
		String script = """
				// a comment; with a semicolon
				CREATE (:A {text: 'x; y'});
				MATCH (a:A)
				SET a.done = true;

				""";
		assertThat(CypherScript.statements(script)).containsExactly("CREATE (:A {text: 'x; y'})",
				"MATCH (a:A)\nSET a.done = true");
	}

}
