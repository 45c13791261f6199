package org.partnershiphub.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for as-of arguments: governance dates are English calendar dates, whatever the server's zone. */
public final class Dates {

	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	private Dates() {
	}

	public static LocalDate orToday(LocalDate asOf) {
		return (asOf != null) ? asOf : LocalDate.now(ZONE);
	}

}
