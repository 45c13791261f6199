package org.partnershiphub.imports;

/** A file that cannot be read as a table at all: the line and what is wrong. Nothing is written. */
public class ImportException extends RuntimeException {

	private final int line;

	public ImportException(int line, String problem) {
		super("Line " + line + ": " + problem);
		this.line = line;
	}

	public int line() {
		return this.line;
	}

}
