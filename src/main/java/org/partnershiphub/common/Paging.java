package org.partnershiphub.common;

import java.util.List;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Offset paging for connections: the cursor is the offset of the last item seen. Queries fetch one row more
 * than asked ({@link #limit()}) to learn whether there is a next page.
 */
public record Paging(long skip, int first) {

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
		long skip = subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map(OffsetScrollPosition.class::cast)
			.filter(p -> !p.isInitial())
			.map(p -> p.getOffset() + 1)
			.orElse(0L);
		return new Paging(skip, first);
	}

	public int limit() {
		return this.first + 1;
	}

	public <T> Window<T> window(List<T> rows) {
		boolean hasNext = rows.size() > this.first;
		List<T> page = hasNext ? rows.subList(0, this.first) : rows;
		return Window.from(page, i -> ScrollPosition.offset(this.skip + i), hasNext);
	}

}
