package org.partnershiphub.db;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Whether the database takes writes. When it does not (a read-only database, a follower without a leader), health
 * says READ_ONLY with HTTP 200 and readiness stays UP: reads are still served, and mutations are refused with a clear
 * error rather than the app going down.
 */
@Component("neo4jWrites")
class WritesHealthIndicator implements HealthIndicator {

	static final Status READ_ONLY = new Status("READ_ONLY", "Reads are served; changes are refused");

	private final Neo4jClient client;

	WritesHealthIndicator(Neo4jClient client) {
		this.client = client;
	}

	@Override
	public Health health() {
		String access = this.client.query("SHOW DATABASES YIELD name, access, home WHERE home RETURN access")
			.in("system")
			.fetchAs(String.class)
			.first()
			.orElse("unknown");
		return access.equals("read-write") ? Health.up().build() : Health.status(READ_ONLY).build();
	}

}
