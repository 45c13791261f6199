package org.partnershiphub.imports;

/**
 * A file that cannot be read as a table at all, or an import aimed at nothing: the line (0 for the file as a whole)
 * and what is wrong. Nothing is written.
 */
public class ImportException extends RuntimeException {

	private final int line;

	public ImportException(int line, String problem) {
		super((line > 0) ? "Line " + line + ": " + problem : Character.toUpperCase(problem.charAt(0)) + problem.substring(1));
		this.line = line;
	}

	public int line() {
		return this.line;
	}

}
