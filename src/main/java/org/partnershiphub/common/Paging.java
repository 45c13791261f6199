package org.partnershiphub.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Keyset paging for connections: a cursor holds the sort key of the row it points at, and the next page is the rows
 * that sort after it. Rows written or removed meanwhile do not shift the pages, as offsets would (an import adding
 * rows while a client pages would make it skip or repeat some). Each paged query orders by a key list ending in the
 * id (so it is unique), returns that list as {@code cursor}, and keeps rows past {@code $after}, e.g.
 * <pre>
 * WHERE $after IS NULL OR [n.name, n.id] &gt; $after
 * RETURN n, [n.name, n.id] AS cursor ORDER BY n.name, n.id LIMIT $limit
 * </pre>
 * (descending: {@code < $after} and {@code DESC} on every key). Queries fetch one row more than asked
 * ({@link #limit()}) to learn whether there is a next page.
 */
public record Paging(List<Object> after, int first) {

	public static final int MAX_FIRST = 100;

	public static final int DEFAULT_FIRST = 20;

	public static Paging of(ScrollSubrange subrange) {
		int first = subrange.count().orElse(DEFAULT_FIRST);
		if (first < 1 || first > MAX_FIRST) {
			throw new BadRequestException("first must be between 1 and " + MAX_FIRST + ", was " + first);
		}
		if (!subrange.forward()) {
			throw new BadRequestException("backward paging (last/before) is not supported; use first/after");
		}
		List<Object> after = subrange.position().filter(p -> !p.isInitial()).map(position -> {
			if (!(position instanceof KeysetScrollPosition keyset)) {
				throw new BadRequestException("after: the cursor is from an earlier version of the hub; start again "
						+ "from the first page");
			}
			return List.copyOf(keyset.getKeys().values());
		}).orElse(null);
		return new Paging(after, first);
	}

	public int limit() {
		return this.first + 1;
	}

	/**
	 * Refuses a cursor holding another number of keys than the list sorts by: it belongs to another list, and the
	 * query would compare it to nothing it could match.
	 */
	public void requireKeys(int keys) {
		if (this.after != null && this.after.size() != keys) {
			throw new BadRequestException("after: not a cursor of this list; use an endCursor or an edge's cursor of it");
		}
	}

	/** {@code after} and {@code limit}, for the query. */
	public Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("after", this.after);
		params.put("limit", limit());
		return params;
	}

	/** A row and its sort key, as the query returned them. */
	public record Keyed<T>(T row, List<Object> cursor) {
	}

	public <T> Window<T> window(List<Keyed<T>> rows) {
		boolean hasNext = rows.size() > this.first;
		List<Keyed<T>> page = hasNext ? rows.subList(0, this.first) : rows;
		return Window.from(page.stream().map(Keyed::row).toList(), i -> position(page.get(i).cursor()), hasNext);
	}

	private static ScrollPosition position(List<Object> cursor) {
		Map<String, Object> keys = new LinkedHashMap<>();
		IntStream.range(0, cursor.size()).forEach(i -> keys.put("k" + i, cursor.get(i)));
		return ScrollPosition.forward(keys);
	}

	/**
	 * Sort keys as cursor text and back, with their types (text, whole or decimal number, date, date-time), so the
	 * next query compares like with like. Anything else in a cursor is refused.
	 */
	public static final class Keys implements CursorStrategy<Map<String, Object>> {

		@Override
		public boolean supports(Class<?> targetType) {
			return Map.class.isAssignableFrom(targetType);
		}

		@Override
		public String toCursor(Map<String, Object> keys) {
			List<String> typed = new ArrayList<>();
			for (Object value : keys.values()) {
				typed.add(switch (value) {
					case String text -> "s" + text;
					case Long number -> "i" + number;
					case Integer number -> "i" + number;
					case Double number -> "f" + number;
					case LocalDate date -> "d" + date;
					case ZonedDateTime time -> "t" + time.toOffsetDateTime();
					case OffsetDateTime time -> "t" + time;
					default -> throw new IllegalArgumentException("No cursor form for " + value.getClass());
				});
			}
			return String.join("\u001F", typed);
		}

		@Override
		public Map<String, Object> fromCursor(String cursor) {
			Map<String, Object> keys = new LinkedHashMap<>();
			String[] typed = cursor.split("\u001F", -1);
			for (int i = 0; i < typed.length; i++) {
				String value = typed[i].isEmpty() ? "" : typed[i].substring(1);
				keys.put("k" + i, switch (typed[i].isEmpty() ? ' ' : typed[i].charAt(0)) {
					case 's' -> value;
					case 'i' -> Long.parseLong(value);
					case 'f' -> Double.parseDouble(value);
					case 'd' -> LocalDate.parse(value);
					case 't' -> OffsetDateTime.parse(value);
					default -> throw new IllegalArgumentException("Not a cursor");
				});
			}
			return keys;
		}

	}

}
