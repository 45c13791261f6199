package org.partnershiphub.operations;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator reads: metrics (for admins only), which build runs, and one request id across logs and answers. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests extends GraphTestSupport {

	private static final String REGISTER = """
			Forename,Surname,Date of Declaration,Position / Role,Nature of Business / Organisation,Nature of Interest / Comments,Type of interest
			Tomas,Brennan,02/11/2024,Lay Member,Harbour Care Ltd,Director,Pecuniary Interest
			""";

	@LocalServerPort
	int port;

	private ResponseEntity<String> get(String path, String user) {
		return RestClient.create("http://localhost:" + this.port).get().uri(path).headers(h -> {
			if (user != null) {
				h.setBasicAuth(user, user);
			}
		}).retrieve().onStatus(HttpStatusCode::isError, (req, res) -> {
		}).toEntity(String.class);
	}

	private ResponseEntity<String> importRegister(String requestId) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(REGISTER.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "register.csv";
			}
		});
		return RestClient.create("http://localhost:" + this.port).post().uri("/api/imports/registers")
			.headers(h -> {
				h.setBasicAuth("officer", "officer");
				h.set("X-Request-Id", requestId);
			})
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
			.onStatus(HttpStatusCode::isError, (req, res) -> {
			}).toEntity(String.class);
	}

	@Test
	void prometheusShowsRequestsByOperationImportsAuditAppendsAndThePoolToAdminsOnly() {
		this.graphQl.document("query BoardsForThePage { boards(first: 5) { edges { node { name } } } }").execute();
		this.graphQl.document("{ organisations(first: 1) { edges { node { name } } } }").execute();
		assertThat(importRegister("metrics-import").getStatusCode().value()).isEqualTo(200);
		this.graphQl.document("query TooDeep { " + "organisations(first: 1) { edges { node { parents { ".repeat(4)
				+ "name" + " } } } }".repeat(4) + " }").execute();

		assertThat(get("/actuator/prometheus", null).getStatusCode().value()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", "officer").getStatusCode().value()).isEqualTo(403);
		ResponseEntity<String> scrape = get("/actuator/prometheus", "admin");
		assertThat(scrape.getStatusCode().value()).isEqualTo(200);
		assertThat(scrape.getBody())
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"BoardsForThePage\"")
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"anonymous:organisations\"")
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_outcome=\"REQUEST_ERROR\"")
			.doesNotContainPattern("graphql_request_seconds_count\\{[^}]*graphql_outcome=\"INTERNAL_ERROR\"")
			.containsPattern("hub_imports_rows_total\\{kind=\"REGISTER\",status=\"APPLIED\"} [1-9]")
			.containsPattern("hub_imports_seconds_count\\{kind=\"REGISTER\",status=\"APPLIED\"} [1-9]")
			.containsPattern("hub_audit_append_seconds_count [1-9]")
			.containsPattern("neo4j_driver_connections_opened_total [1-9]")
			.contains("neo4j_driver_connections_in_use ");
	}

	@Test
	void errorsSpeakOneVocabulary() {
		for (String document : List.of("{ organisations(first: 1) { edges { node { name } }", "{ noSuchField }",
				"query($n: Int!) { organisations(first: $n) { totalCount } }")) {
			this.graphQl.document(document).execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(e -> assertThat(e.getExtensions()).as(document).containsEntry("classification", "BAD_REQUEST")
					.containsKey("requestId")));
		}
	}

	@Test
	void infoNamesTheBuildAndCommit() {
		assertThat(get("/actuator/info", null).getBody()).contains("\"build\":").contains("\"version\":\"0.1.0-SNAPSHOT\"")
			.contains("\"git\":").contains("\"commit\":");
	}

	@Test
	void oneRequestIdInTheLogTheHeaderAndTheErrors(CapturedOutput output) {
		ResponseEntity<String> imported = importRegister("trace-1234");
		assertThat(imported.getHeaders().getFirst("X-Request-Id")).isEqualTo("trace-1234");
		assertThat(output.getAll()).containsPattern("\\[trace-1234\\] .*Import .* rows planned");

		this.graphQl.mutate().header("X-Request-Id", "trace-5678").build()
			.document("{ organisations(first: 1, after: \"not a cursor\") { edges { node { name } } } }")
			.execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("requestId", "trace-5678")
					.containsEntry("classification", "BAD_REQUEST")));

		// Refused before execution by another interceptor: the id is there too.
		this.graphQl.mutate().header("X-Request-Id", "trace-long").build()
			.document("{ organisations(first: 1) { edges { node { name } } } }" + " ".repeat(20_001))
			.execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("requestId", "trace-long")));

		ResponseEntity<String> problem = RestClient.create("http://localhost:" + this.port).post()
			.uri("/api/imports/registers").headers(h -> {
				h.setBasicAuth("officer", "officer");
				h.set("X-Request-Id", "trace-9999");
			}).contentType(MediaType.MULTIPART_FORM_DATA).body(new LinkedMultiValueMap<>()).retrieve()
			.onStatus(HttpStatusCode::isError, (req, res) -> {
			}).toEntity(String.class);
		assertThat(problem.getStatusCode().value()).isEqualTo(400);
		assertThat(problem.getBody()).contains("\"requestId\":\"trace-9999\"");
		assertThat(get("/actuator/prometheus", null).getBody()).containsPattern("\"requestId\":\"[0-9a-f]{16}\"");

		// An id that is not a plain token is replaced, not echoed into logs and headers.
		ResponseEntity<String> replaced = RestClient.create("http://localhost:" + this.port).get().uri("/actuator/health")
			.header("X-Request-Id", "a b; DROP").retrieve().toEntity(String.class);
		assertThat(replaced.getHeaders().getFirst("X-Request-Id")).matches("[0-9a-f]{16}");
	}

}
