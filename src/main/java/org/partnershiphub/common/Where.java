package org.partnershiphub.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause of the filters a caller gave, and only those: {@code $name IS NULL OR n.searchText CONTAINS $name}
 * keeps the planner off the text index (the profiles showed 40 times the database hits), so a filter left out is left
 * out of the query. Conditions are fixed Cypher written by the caller; values go in as parameters.
 */
public final class Where {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new HashMap<>();

	/** Adds {@code condition} with {@code $name} bound to {@code value} (an enum by its name) when the value is given. */
	public Where when(Object value, String name, String condition) {
		if (value != null) {
			this.conditions.add(condition);
			this.params.put(name, (value instanceof Enum<?> e) ? e.name() : value);
		}
		return this;
	}

	/** Adds a condition that always applies. */
	public Where and(String condition) {
		this.conditions.add(condition);
		return this;
	}

	/** Binds a parameter a condition or the query uses, given or not. */
	public Where bind(String name, Object value) {
		this.params.put(name, (value instanceof Enum<?> e) ? e.name() : value);
		return this;
	}

	/** "WHERE a AND b" on a new line, or nothing. */
	public String clause() {
		return this.conditions.isEmpty() ? "" : "\nWHERE " + String.join("\n  AND ", this.conditions);
	}

	public Map<String, Object> params() {
		return this.params;
	}

}
