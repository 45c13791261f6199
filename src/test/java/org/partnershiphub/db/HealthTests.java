package org.partnershiphub.db;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness reports the database, so a load balancer stops sending requests when Neo4j is unreachable. */
@IntegrationTest
class HealthTests extends GraphTestSupport {

	@LocalServerPort
	private int port;

	@Test
	void readinessIsUpWithNeo4jAmongItsComponents() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"neo4j\":{\"status\":\"UP\"}");
	}

}
