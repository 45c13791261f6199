package org.partnershiphub.common;

import java.util.HashMap;
import java.util.Map;

/** Cypher parameters from name/value pairs; unlike {@code Map.of}, values may be null (absent optional input). */
public final class Params {

	private Params() {
	}

	public static Map<String, Object> of(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Parameters come in name/value pairs");
		}
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

}
