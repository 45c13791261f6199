package org.partnershiphub.db;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.partnershiphub.PartnershipHubApplication;
import org.partnershiphub.imports.ImportBenchmark;
import org.partnershiphub.support.FreePort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For real: the app runs in its own JVM on an embedded Neo4j, is killed with SIGKILL while it writes a 100,000-row
 * import, and is started again on the same data folder. The file is there whole or not at all, and importing it again
 * gives the complete graph.
 */
class KillDuringImportTests {

	private static final int ROWS = 100_000;

	@TempDir
	Path dataDir;

	@Test
	void aKillDuringAnImportLeavesTheWholeFileOrNothing() throws Exception {
		byte[] file = ImportBenchmark.register(ROWS, 7);
		int http = FreePort.next();
		int bolt = FreePort.next();
		Path log = this.dataDir.resolve("app.log");
		Process app = start(http, bolt, log);
		try {
			awaitHealthy(http);
			HttpClient client = HttpClient.newHttpClient();
			client.sendAsync(upload(http, file), HttpResponse.BodyHandlers.ofString());
			awaitLog(log, "; writing", Duration.ofMinutes(3));
			Thread.sleep(1500);
			app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			assertThat(Files.readString(log)).doesNotContain(" written in ");

			app = start(http, bolt, log);
			awaitHealthy(http);
			long interests;
			try (Driver driver = GraphDatabase.driver("bolt://localhost:" + bolt,
					AuthTokens.basic("neo4j", "kill-test-password"))) {
				interests = count(driver, "MATCH (i:Interest) RETURN count(i)");
				assertThat(interests).as("all or nothing").isIn(0L, (long) ROWS);
				HttpResponse<String> again = client.send(upload(http, file), HttpResponse.BodyHandlers.ofString());
				assertThat(again.statusCode()).isEqualTo(200);
				assertThat(count(driver, "MATCH (i:Interest) RETURN count(i)")).isEqualTo(ROWS);
				assertThat(count(driver, "MATCH (p:Person) RETURN count(p)")).isEqualTo(ROWS / 10);
			}
		}
		finally {
			app.destroy();
			app.waitFor(60, TimeUnit.SECONDS);
		}
	}

	private Process start(int http, int bolt, Path log) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx2g",
				"-cp", System.getProperty("java.class.path"), PartnershipHubApplication.class.getName(),
				"--server.port=" + http, "--hub.embedded.data-dir=" + this.dataDir, "--hub.embedded.bolt-port=" + bolt,
				"--hub.embedded.page-cache=128MB", "--hub.embedded.bolt-password=kill-test-password", "--hub.demo-data.enabled=false", "--spring.main.banner-mode=off"));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static HttpRequest upload(int http, byte[] file) {
		String boundary = "hub-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"register.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes();
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
		return HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/api/imports/registers"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer:officer".getBytes()))
			.timeout(Duration.ofMinutes(10))
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail)))
			.build();
	}

	private static void awaitHealthy(int http) throws InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> health = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The app did not start within two minutes");
	}

	private static void awaitLog(Path log, String text, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.readString(log).contains(text)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Never logged \"" + text + "\"");
	}

	private static long count(Driver driver, String query) {
		return driver.executableQuery(query).execute().records().get(0).get(0).asLong();
	}


}
