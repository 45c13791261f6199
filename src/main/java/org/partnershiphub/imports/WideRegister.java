package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.partnershiphub.imports.RegisterReader.Field;
import org.partnershiphub.imports.Table.Row;
import org.partnershiphub.interest.InterestType;
import org.partnershiphub.interest.Regime;

/**
 * A register printed with a column per type of interest, each interest written in its type's column: a CCG's
 * "Financial interests", "Non-financial professional interests", "Non-financial personal interests", "Indirect
 * interests", or a council's "Employment", "Sponsorship", "Contracts", "Land" ... "Other interests". Read as the
 * register it stands for, a row per interest: the person's row once, then a row per column with something in it,
 * that column's heading as the type and its text as the interest. NHS England's template, whose type columns hold
 * only marks ("X", a tick), is not such a register and is left as it is.
 */
final class WideRegister {

	/** What marks a type in the template's columns. */
	private static final Pattern MARK = Pattern.compile("(?i)x|\u2713|\u2714|\u2611|yes|y|true|1|\u2022");

	private WideRegister() {
	}

	/** The register a row per interest, or the table as it is when it is not printed a column per type. */
	static Table longForm(Table table, Map<String, String> mapping, Regime regime) {
		if (mapping != null && !mapping.isEmpty()) {
			return table;
		}
		List<Row> rows = table.rows();
		for (int h = 0; h < Math.min(rows.size(), Columns.HEADER_SEARCH_ROWS); h++) {
			Row header = rows.get(h);
			Map<Field, Integer> index = Columns.read(header, Field.class);
			if (!(index.containsKey(Field.NAME) || index.containsKey(Field.SURNAME)) || index.containsKey(Field.TYPE)
					|| index.containsKey(Field.ORGANISATION) || index.containsKey(Field.NATURE)) {
				continue;
			}
			List<Integer> typeColumns = new ArrayList<>();
			for (int c = 0; c < header.cells().size(); c++) {
				int column = c;
				Field field = index.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
					.findFirst().orElse(null);
				if ((field == null || RegisterReader.MARKS.contains(field))
						&& InterestType.fromDeclared(header.cell(c), regime).isPresent()) {
					typeColumns.add(c);
				}
			}
			if (typeColumns.size() < 2) {
				continue;
			}
			List<Row> data = rows.subList(h + 1, rows.size());
			List<String> cells = data.stream().flatMap(row -> typeColumns.stream().map(row::cell).map(String::strip))
				.toList();
			// The template marks its columns; a register written a column per type has text in them, or only "Nil".
			boolean written = cells.stream()
				.anyMatch(cell -> !RegisterReader.NOTHING.matcher(cell).matches() && !MARK.matcher(cell).matches());
			boolean marked = cells.stream().anyMatch(cell -> MARK.matcher(cell).matches());
			if (written || !marked) {
				return new Table(unpivot(rows, h, typeColumns), table.encoding());
			}
		}
		return table;
	}

	private static List<Row> unpivot(List<Row> rows, int h, List<Integer> typeColumns) {
		Row header = rows.get(h);
		Row longHeader = longRow(header, typeColumns, true, "Type of interest", "Interest");
		List<Row> result = new ArrayList<>(rows.subList(0, h));
		result.add(longHeader);
		for (Row row : rows.subList(h + 1, rows.size())) {
			if (row.blank()) {
				result.add(row);
				continue;
			}
			if (Columns.sameText(row, header)) {
				result.add(new Row(row.line(), longHeader.cells()));
				continue;
			}
			List<Integer> declared = typeColumns.stream()
				.filter(c -> !RegisterReader.NOTHING.matcher(row.cell(c).strip()).matches())
				.toList();
			if (declared.isEmpty()) {
				// Nothing in any column: a nil return when it says so ("Nil", "None"), the person listed when blank.
				boolean said = typeColumns.stream().anyMatch(c -> !row.cell(c).isBlank());
				result.add(longRow(row, typeColumns, true, "", said ? "Nil" : ""));
				continue;
			}
			for (int i = 0; i < declared.size(); i++) {
				int c = declared.get(i);
				result.add(longRow(row, typeColumns, i == 0, header.cell(c), row.cell(c)));
			}
		}
		return result;
	}

	/** A row without its type columns, and with a type and an interest after its other cells (blank if not first). */
	private static Row longRow(Row row, List<Integer> typeColumns, boolean first, String type, String interest) {
		List<String> cells = new ArrayList<>();
		int width = Math.max(row.cells().size(), typeColumns.get(typeColumns.size() - 1) + 1);
		for (int c = 0; c < width; c++) {
			if (!typeColumns.contains(c)) {
				cells.add(first ? row.cell(c) : "");
			}
		}
		cells.add(type);
		cells.add(interest);
		return new Row(row.line(), cells);
	}

}
