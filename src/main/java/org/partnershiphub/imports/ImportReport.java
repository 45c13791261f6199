package org.partnershiphub.imports;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * What an import did with every row of a file, by line number, and what it changed.
 *
 * @param status APPLIED, DRY_RUN (nothing written), REJECTED (nothing written: a row could not be read and bad
 * rows were not to be skipped, or the file could not be read at all, or writing it was interrupted and undone) or,
 * while a large file is being written in batches, RUNNING
 * @param lines one line per row of the file, in line order (a stored report keeps the lines that are not plain
 * IMPORTED, up to {@link #STORED_LINES})
 */
public record ImportReport(String id, Kind kind, String fileName, String source, String sourceDocumentId,
		String contentHash, Status status, String error, String importedBy, OffsetDateTime startedAt, long millis,
		Counts counts, List<ReportLine> lines) {

	public static final int STORED_LINES = 10_000;

	public enum Kind {

		REGISTER, ROSTER, ATTENDANCE, RISKS, BUDGET, AGENDA

	}

	public enum Status {

		APPLIED, DRY_RUN, REJECTED, RUNNING

	}

	/**
	 * IMPORTED: written as new; MERGED: matched a record already held (or an earlier line); GUESSED: written, but
	 * read by a guess the message explains; SKIPPED: nothing to import (a header, a blank row); FAILED: could not be
	 * read.
	 */
	public enum Outcome {

		IMPORTED, MERGED, GUESSED, SKIPPED, FAILED

	}

	public record ReportLine(int line, Outcome outcome, String message) {

		static final Comparator<ReportLine> BY_LINE = Comparator.comparingInt(ReportLine::line);

	}

	/** Rows by outcome, and the records created, updated (interests re-declared) and ended. */
	public record Counts(int rows, int imported, int merged, int guessed, int skipped, int failed, int peopleCreated,
			int organisationsCreated, int recordsCreated, int recordsUpdated, int recordsEnded) {

		static Counts of(List<ReportLine> lines, int peopleCreated, int organisationsCreated, int created, int updated,
				int ended) {
			return new Counts(lines.size(), count(lines, Outcome.IMPORTED), count(lines, Outcome.MERGED),
					count(lines, Outcome.GUESSED), count(lines, Outcome.SKIPPED), count(lines, Outcome.FAILED),
					peopleCreated, organisationsCreated, created, updated, ended);
		}

		private static int count(List<ReportLine> lines, Outcome outcome) {
			return (int) lines.stream().filter(l -> l.outcome() == outcome).count();
		}

	}

}
