package org.partnershiphub.imports;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.partnershiphub.imports.Table.Row;

/**
 * Where each field of a layout is: found from a header row by the words publishers use ("Nature of Business /
 * Organisation", "Date of Declaration"), or given by the user as a mapping from field to header text or column number.
 *
 * @param <F> the layout's fields, each with the header words that name it, most specific first
 */
public record Columns<F extends Enum<F>>(Map<F, Integer> index, Row header, List<Row> printed) {

	/** A header printed on one row. */
	public Columns(Map<F, Integer> index, Row header) {
		this(index, header, (header != null) ? List.of(header) : List.of());
	}

	/** A field of a layout and the phrases its header may contain. */
	public interface Field {

		List<String> headers();

		/** Headers that name this field only as the whole cell ("Interest", not "Date of interest from"). */
		default List<String> wholeHeaders() {
			return List.of();
		}

	}

	/** How many rows at the top of a file may come before the header (titles, notes). */
	static final int HEADER_SEARCH_ROWS = 20;

	public int of(F field) {
		return this.index.getOrDefault(field, -1);
	}

	public boolean has(F field) {
		return this.index.containsKey(field);
	}

	/** The rightmost mapped column. */
	public int last() {
		return this.index.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
	}

	/** Whether this row repeats the header, or one of its rows (as a PDF export does at each page break). */
	public boolean isHeader(Row row) {
		return this.printed.stream().anyMatch(h -> sameText(row, h));
	}

	static boolean sameText(Row a, Row b) {
		int n = Math.max(a.cells().size(), b.cells().size());
		for (int i = 0; i < n; i++) {
			if (!a.cell(i).equalsIgnoreCase(b.cell(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The columns of a table: from {@code mapping} (field name to header text or 1-based column number) when given,
	 * otherwise from the first row that reads as a header and has every {@code required} field. A header printed on two
	 * rows, as a spreadsheet prints headings merged down ("Name") or across ("Type of interest" over "Financial",
	 * "Non-financial professional"), is read as one: where the lower row is blank, the upper row's heading.
	 */
	public static <F extends Enum<F> & Field> Columns<F> find(List<Row> rows, Class<F> fields, Map<String, String> mapping,
			List<F> required) {
		if (mapping != null && !mapping.isEmpty()) {
			return mapped(rows, fields, mapping);
		}
		List<Row> top = rows.subList(0, Math.min(rows.size(), HEADER_SEARCH_ROWS));
		for (int i = 0; i < top.size(); i++) {
			Row row = top.get(i);
			Map<F, Integer> index = read(row, fields);
			if (!index.keySet().containsAll(required)) {
				continue;
			}
			Row upper = (i > 0) ? top.get(i - 1) : null;
			if (upper == null || upper.blank() || !upper.cells().stream()
				.allMatch(cell -> cell.isBlank() || !read(new Row(0, List.of(cell)), fields, 120).isEmpty())) {
				return new Columns<>(index, row);
			}
			List<String> cells = new java.util.ArrayList<>();
			for (int c = 0; c < Math.max(upper.cells().size(), row.cells().size()); c++) {
				cells.add(row.cell(c).isEmpty() ? upper.cell(c) : row.cell(c));
			}
			Row merged = new Row(row.line(), cells);
			return new Columns<>(read(merged, fields), merged, List.of(upper, row));
		}
		throw new ImportException(rows.isEmpty() ? 1 : rows.get(0).line(),
				"no header row naming the columns " + names(required, fields)
						+ " in the first " + HEADER_SEARCH_ROWS + " rows; give a column mapping");
	}

	/**
	 * The fields a row's cells name. A cell of over 60 characters ("Current position(s) held, i.e. Governing Body,
	 * Member practice, Employee or other"; NHS England's "Description of interest (including for indirect interests,
	 * details of the relationship with the person who has the interest)", up to 200) counts only in a row that names at
	 * least three fields: a title or note above the header is not one.
	 */
	static <F extends Enum<F> & Field> Map<F, Integer> read(Row row, Class<F> fields) {
		Map<F, Integer> index = read(row, fields, 200);
		return (index.size() >= 3) ? index : read(row, fields, 60);
	}

	private static <F extends Enum<F> & Field> Map<F, Integer> read(Row row, Class<F> fields, int longest) {
		Map<F, Integer> index = new EnumMap<>(fields);
		for (int i = 0; i < row.cells().size(); i++) {
			String words = " " + Names.words(row.cell(i)) + " ";
			if (words.isBlank() || words.length() > longest) {
				continue;
			}
			for (F field : fields.getEnumConstants()) {
				if (!index.containsKey(field) && field.wholeHeaders().contains(words.strip())) {
					index.put(field, i);
					break;
				}
			}
			field: for (F field : fields.getEnumConstants()) {
				if (index.containsValue(i)) {
					break;
				}
				for (String phrase : field.headers()) {
					if (!index.containsKey(field) && words.contains(" " + phrase + " ")) {
						index.put(field, i);
						break field;
					}
				}
			}
		}
		return index;
	}

	private static <F extends Enum<F> & Field> Columns<F> mapped(List<Row> rows, Class<F> fields,
			Map<String, String> mapping) {
		Map<F, Integer> index = new EnumMap<>(fields);
		Row header = null;
		for (var entry : mapping.entrySet()) {
			F field = field(fields, entry.getKey());
			String column = entry.getValue().strip();
			if (column.matches("\\d{1,3}")) {
				index.put(field, Integer.parseInt(column) - 1);
				continue;
			}
			Optional<Row> row = rows.stream()
				.limit(HEADER_SEARCH_ROWS)
				.filter(r -> r.cells().stream().anyMatch(column::equalsIgnoreCase))
				.findFirst();
			if (row.isEmpty()) {
				throw new ImportException(1, "the mapping names column \"" + column + "\" for " + entry.getKey()
						+ ", and no header row has it");
			}
			header = row.get();
			index.put(field, header.cells().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()
				.indexOf(column.toLowerCase(Locale.ROOT)));
		}
		return new Columns<>(index, header);
	}

	private static <F extends Enum<F>> F field(Class<F> fields, String name) {
		Function<String, String> norm = s -> s.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
		return Arrays.stream(fields.getEnumConstants())
			.filter(f -> norm.apply(f.name()).equals(norm.apply(name)))
			.findFirst()
			.orElseThrow(() -> new ImportException(1, "the mapping names an unknown field \"" + name
					+ "\"; fields are " + names(Arrays.asList(fields.getEnumConstants()), fields)));
	}

	private static <F extends Enum<F>> String names(List<F> list, Class<F> fields) {
		return String.join(", ", list.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
	}

}
