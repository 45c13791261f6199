package org.partnershiphub.imports;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.budget.BudgetLine;
import org.partnershiphub.budget.BudgetService;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Validation;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportService.Plan;
import org.partnershiphub.imports.Table.Row;

/**
 * A pooled fund's budget lines from a finance report's table: a line per row with its annual budget, actual to date,
 * forecast outturn and variance, at the month a Month column (or the file) names. Amounts may be printed "£1,234",
 * "(120)" (negative), "1.2m" or "45k", and in thousands where the header says so ("Budget £000"). Lines are found again
 * by name within the fund and year, positions by month, so the same report imported twice changes nothing.
 */
final class BudgetImport {

	enum Field implements Columns.Field {

		VARIANCE("forecast variance", "variance"), YTD_BUDGET("ytd budget", "budget to date", "year to date budget"),
		ACTUAL("actual to date", "ytd actual", "year to date actual", "spend to date", "actual"),
		FORECAST("forecast outturn", "forecast", "outturn", "projected"),
		ANNUAL_BUDGET("annual budget", "full year budget", "budget", "plan"), MONTH("month", "period", "as at"),
		LINE("budget line", "scheme", "service", "line", "area", "description", "heading", "cost centre", "name");

		private final List<String> headers;

		Field(String... headers) {
			this.headers = List.of(headers);
		}

		@Override
		public List<String> headers() {
			return this.headers;
		}

	}

	private final Graph graph;

	private final String fundId;

	private final YearMonth fileMonth;

	BudgetImport(Graph graph, String fundId, YearMonth fileMonth) {
		this.graph = graph;
		this.fundId = fundId;
		this.fileMonth = fileMonth;
	}

	Plan plan(Table table, Map<String, String> mapping) {
		Columns<Field> columns = Columns.find(table.headerCandidates(), Field.class, mapping, List.of(Field.LINE));
		if (!columns.has(Field.ANNUAL_BUDGET) && !columns.has(Field.FORECAST) && !columns.has(Field.VARIANCE)
				&& !columns.has(Field.ACTUAL)) {
			throw new ImportException(columns.header() != null ? columns.header().line() : 1, "no Budget, Actual, "
					+ "Forecast or Variance column: give a column mapping");
		}
		YearMonth fileMonth = (this.fileMonth != null || columns.header() == null) ? this.fileMonth
				: table.titled(columns.header().line(), BudgetLine.Month::find);
		if (!columns.has(Field.MONTH) && fileMonth == null) {
			throw new ImportException(columns.header() != null ? columns.header().line() : 1, "no Month column, and no "
					+ "month in the title above the table: give the month the report stands for (e.g. month=Month 6 "
					+ "2025/26)");
		}
		Set<String> held = new HashSet<>(this.graph.query("""
				MATCH (:PooledFund {id: $fundId})<-[:LINE_OF]-(l:BudgetLine) RETURN l.key AS key
				""", Map.of("fundId", this.fundId), r -> r.get("key").asString()));
		List<ReportLine> lines = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		Set<String> created = new HashSet<>();
		Set<String> updated = new HashSet<>();
		for (Row row : table.rows()) {
			if (columns.header() != null && row.line() <= columns.header().line() || row.blank()
					|| columns.isHeader(row)) {
				continue;
			}
			String name = cell(row, columns, Field.LINE);
			if (name.isEmpty() || name.toLowerCase(Locale.ROOT).matches("(grand )?total.*")) {
				lines.add(new ReportLine(row.line(), Outcome.SKIPPED, name.isEmpty() ? "no budget line named"
						: "a total, not a line"));
				continue;
			}
			try {
				YearMonth month = month(cell(row, columns, Field.MONTH), fileMonth);
				BigDecimal budget = amount(row, columns, Field.ANNUAL_BUDGET);
				BigDecimal actual = amount(row, columns, Field.ACTUAL);
				BigDecimal forecast = amount(row, columns, Field.FORECAST);
				BigDecimal variance = amount(row, columns, Field.VARIANCE);
				if (budget == null && actual == null && forecast == null && variance == null) {
					lines.add(new ReportLine(row.line(), Outcome.SKIPPED, "\"" + name + "\" has no figures"));
					continue;
				}
				Map<String, Object> r = BudgetService.row(name, month, budget, actual, forecast, variance);
				rows.add(r);
				boolean known = held.contains((String) r.get("key"));
				(known ? updated : created).add((String) r.get("key"));
				lines.add(new ReportLine(row.line(), known ? Outcome.MERGED : Outcome.IMPORTED, "\"" + r.get("name")
						+ "\" at " + BudgetLine.Month.label(month) + (known ? " (line already held)" : "")));
			}
			catch (IllegalArgumentException ex) {
				lines.add(new ReportLine(row.line(), Outcome.FAILED, ex.getMessage()));
			}
		}
		List<Map<String, Object>> write = List.copyOf(rows);
		return new Plan(lines, 0, 0, created.size(), updated.size(), 0, batches -> {
			batches.update(BudgetService.WRITE, write, Map.of("fundId", this.fundId));
			batches.update("""
					UNWIND $rows AS r
					MATCH (:PooledFund {id: $fundId})<-[:LINE_OF]-(l:BudgetLine {key: r.key})
					MATCH (d:SourceDocument {id: $documentId})
					MERGE (l)-[:SOURCED_FROM]->(d)
					""", write, Map.of("fundId", this.fundId));
		});
	}

	private static YearMonth month(String text, YearMonth fileMonth) {
		if (text.isEmpty()) {
			if (fileMonth == null) {
				throw new IllegalArgumentException("no month on this row");
			}
			return fileMonth;
		}
		return BudgetLine.Month.find(text).orElseThrow(() -> new IllegalArgumentException("Month \"" + text
				+ "\" does not name a month and year (e.g. \"Month 6 2025/26\" or \"September 2025\")"));
	}

	private static BigDecimal amount(Row row, Columns<Field> columns, Field field) {
		int index = columns.of(field);
		if (index < 0) {
			return null;
		}
		String header = columns.header() != null ? columns.header().cell(index) : field.name();
		try {
			return Amounts.parse(row.cell(index), Amounts.unit(header));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(header + ": " + ex.getMessage());
		}
	}

	private static String cell(Row row, Columns<Field> columns, Field field) {
		int index = columns.of(field);
		return (index < 0) ? "" : Validation.withoutHidden(row.cell(index)).strip();
	}

	/** Money as finance reports print it. */
	static final class Amounts {

		private Amounts() {
		}

		/** What a header says its figures are in: 1000 for "£000", "£'000", "£k", "(000s)"; a million for "£m". */
		static BigDecimal unit(String header) {
			String h = header.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
			if (h.matches(".*(£\\s*000|\\b000s?\\b|£\\s*k\\b|\\(k\\)|£ks?\\b).*")) {
				return BigDecimal.valueOf(1000);
			}
			if (h.matches(".*(£\\s*m\\b|£ms?\\b|\\(m\\)|millions?).*")) {
				return BigDecimal.valueOf(1_000_000);
			}
			return BigDecimal.ONE;
		}

		/**
		 * "£1,234.50", "-120", "(120)" (negative), "1.2m", "45k", "nil" (zero); null for a blank or a dash. Throws
		 * with the text for anything else.
		 */
		static BigDecimal parse(String text, BigDecimal unit) {
			String t = Validation.withoutHidden(text == null ? "" : text).strip().toLowerCase(Locale.ROOT);
			if (t.isEmpty() || t.matches("[-–—]") || t.equals("n/a")) {
				return null;
			}
			if (t.equals("nil")) {
				return BigDecimal.ZERO.setScale(2);
			}
			boolean negative = false;
			if (t.startsWith("(") && t.endsWith(")")) {
				negative = true;
				t = t.substring(1, t.length() - 1).strip();
			}
			if (t.startsWith("-") || t.startsWith("−")) {
				negative = !negative;
				t = t.substring(1).strip();
			}
			t = t.replace("£", "").replace(",", "").strip();
			BigDecimal scale = unit;
			if (t.endsWith("m")) {
				scale = BigDecimal.valueOf(1_000_000);
				t = t.substring(0, t.length() - 1).strip();
			}
			else if (t.endsWith("k")) {
				scale = BigDecimal.valueOf(1000);
				t = t.substring(0, t.length() - 1).strip();
			}
			if (!t.matches("\\d{1,13}(\\.\\d{1,6})?")) {
				throw new IllegalArgumentException("\"" + text.strip() + "\" is not an amount");
			}
			BigDecimal value = new BigDecimal(t).multiply(scale).setScale(2, java.math.RoundingMode.HALF_UP);
			return negative ? value.negate() : value;
		}

	}

}
