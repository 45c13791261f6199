package org.partnershiphub.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Neo4j server in a separate JVM process, started from the test classpath's Maven artifacts (no Docker, no
 * download), for testing the hub's external-database path over {@code bolt://} and {@code neo4j://}. It can be
 * stopped and started again on the same port and store, as a database restart.
 */
public final class Neo4jServerProcess implements AutoCloseable {

	public static final String PASSWORD = "external-secret-1";

	private final Path home;

	private final int port;

	private Process process;

	private final List<String> output = new ArrayList<>();

	public Neo4jServerProcess(Path home) {
		this.home = home;
		this.port = FreePort.next();
	}

	public int port() {
		return this.port;
	}

	public String uri(String scheme) {
		return scheme + "://localhost:" + this.port;
	}

	/** Starts the server and returns once it takes connections. */
	public synchronized void start() {
		try {
			Files.createDirectories(this.home);
			String java = ProcessHandle.current().info().command().orElse("java");
			List<String> command = List.of(java, "-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp",
					System.getProperty("java.class.path"), Neo4jServerMain.class.getName(), this.home.toString(),
					Integer.toString(this.port), PASSWORD);
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.PIPE)
				.start();
			BufferedReader lines = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.equals("READY")) {
					Thread drain = new Thread(() -> lines.lines().forEach(ignored -> {
					}));
					drain.setDaemon(true);
					drain.start();
					return;
				}
				this.output.add(line);
			}
			throw new IllegalStateException("The Neo4j server process ended before it was ready:\n"
					+ String.join("\n", this.output));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the server as an operator would (a signal: it shuts down cleanly), and waits for it to end. */
	public synchronized void stop() {
		if (this.process == null) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process = null;
	}

	@Override
	public void close() {
		stop();
	}

}
