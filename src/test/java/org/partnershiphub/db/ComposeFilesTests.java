package org.partnershiphub.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The compose files as an operator would review them: the deployment has no demo, no inline secrets, no published
 * database ports, and restarts and healthchecks on every service; the demo is the demo. Where Docker's compose plugin
 * is installed, {@code docker compose config} must accept both too.
 */
class ComposeFilesTests {

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> services(String file) throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of(file)));
		return (Map<String, Map<String, Object>>) compose.get("services");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(Map<String, Object> service) {
		return (Map<String, Object>) service.get("environment");
	}

	@Test
	void theDeploymentRunsTheProductionProfileWithSecretsFromTheEnvironmentAndNoDatabasePortsPublished()
			throws IOException {
		Map<String, Map<String, Object>> services = services("docker-compose.yml");
		assertThat(services).containsOnlyKeys("neo4j", "hub");
		services.forEach((name, service) -> {
			assertThat(service).as(name).containsEntry("restart", "unless-stopped").containsKey("healthcheck");
			environment(service).forEach((key, value) -> {
				if (key.matches(".*(PASSWORD|KEY|SECRET|AUTH).*")) {
					assertThat(String.valueOf(value)).as(name + " " + key + " comes from hub.env").contains("${");
				}
			});
		});
		assertThat(services.get("neo4j")).doesNotContainKey("ports");
		Map<String, Object> hub = environment(services.get("hub"));
		assertThat(hub).containsEntry("SPRING_PROFILES_ACTIVE", "production").containsEntry("HUB_DEMO_DATA", "false")
			.containsEntry("THC_PATH", "/actuator/health/readiness");
		assertThat((String) hub.get("NEO4J_URI")).startsWith("neo4j://");
		assertThat(Files.readString(Path.of("src/main/resources/application-production.yml")))
			.contains("users: []").contains("enabled: false");
		assertThat(Files.readString(Path.of(".gitignore"))).contains("hub.env");
		assertThat(Files.readString(Path.of("hub.env.example")))
			.contains("NEO4J_PASSWORD=\n").contains("HUB_JWT_ISSUER_URI=\n").contains("HUB_AUDIT_KEY=\n");
	}

	@Test
	void theDemoIsTheHubAloneWithItsDemoData() throws IOException {
		Map<String, Map<String, Object>> services = services("docker-compose.demo.yml");
		assertThat(services).containsOnlyKeys("hub");
		assertThat(environment(services.get("hub"))).containsEntry("HUB_DEMO_DATA", "true")
			.doesNotContainKey("NEO4J_URI");
		assertThat(services.get("hub")).containsKey("healthcheck").containsKey("restart");
	}

	@Test
	void dockerComposeAcceptsBothFilesWhereItIsInstalled() throws Exception {
		assumeTrue(runs(List.of("docker", "compose", "version")), "docker compose is not installed here");
		ProcessBuilder deployment = new ProcessBuilder("docker", "compose", "-f", "docker-compose.yml", "config", "-q");
		deployment.environment()
			.putAll(Map.of("NEO4J_PASSWORD", "x", "HUB_JWT_ISSUER_URI", "https://id.example", "HUB_AUDIT_KEY", "k"));
		assertThat(exit(deployment)).isZero();
		assertThat(exit(new ProcessBuilder("docker", "compose", "-f", "docker-compose.demo.yml", "config", "-q")))
			.isZero();
		// Without the secrets the deployment refuses to start, naming the one missing.
		assertThat(exit(new ProcessBuilder("docker", "compose", "-f", "docker-compose.yml", "config", "-q"))).isNotZero();
	}

	private static boolean runs(List<String> command) {
		try {
			return exit(new ProcessBuilder(command)) == 0;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static int exit(ProcessBuilder command) throws IOException, InterruptedException {
		Process process = command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		process.waitFor(60, TimeUnit.SECONDS);
		return process.exitValue();
	}

}
