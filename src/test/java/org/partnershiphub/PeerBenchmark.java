package org.partnershiphub;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.partnershiphub.imports.ImportService;
import org.partnershiphub.support.Benchmark;
import org.partnershiphub.support.BenchmarkResults;
import org.partnershiphub.support.FreePort;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.Latency;
import org.partnershiphub.support.SyntheticGraph;
import org.partnershiphub.support.TestNeo4j;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hub beside its peer, @neo4j/graphql (Neo4j's own GraphQL library, which compiles a whole request into one Cypher
 * query), and beside one hand-written Cypher query per answer through the Java driver, on the same synthetic graph in
 * the same database, at 1, 4 and 16 clients, interleaved. The peer is installed under target/peer with npm (Node and
 * npm are on the machine) by this benchmark only, with type definitions over the hub's own labels and relationships
 * (src/test/peer). The hub measured runs as the peer does, in a process of its own on that database (a JVM started
 * from this one's classpath, as in production); this JVM holds the database, the clients and the Cypher path.
 * {@code ./mvnw test -Pbenchmark -Dtest=PeerBenchmark -Dbenchmark.scale=small}.
 */
@Benchmark
class PeerBenchmark extends GraphTestSupport {

	private static final int[] CLIENTS = { 1, 4, 16 };

	private static final int ROUNDS = 3;

	private static final String OFFICER = "Basic "
			+ Base64.getEncoder().encodeToString("officer:officer".getBytes(StandardCharsets.UTF_8));

	private static final Path PEER = Path.of("target", "peer");

	@Autowired
	private ImportService imports;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final AtomicInteger next = new AtomicInteger();

	private int peerPort;

	private int hubPort;

	/** One answer three ways: the hub's document, the peer's, and hand-written Cypher, each for the nth variant. */
	private record Operation(String name, int variants, IntFunction<String> hub, IntFunction<String> peer,
			String cypher, IntFunction<Map<String, Object>> params) {
	}

	@Override
	protected void emptyGraph() {
	}

	@Test
	void theHubBesideItsPeerAndHandWrittenCypher() throws Exception {
		SyntheticGraph.ensure(this.driver, this.imports, SyntheticGraph.Scale.configured(), System.out);
		// Index population after a fresh import would otherwise take a core from whichever path runs first.
		cypher("CALL db.awaitIndexes(600)");
		int runs = Integer.getInteger("benchmark.runs", 300);
		List<Process> processes = new ArrayList<>();
		try {
			processes.add(startPeer());
			Process hubJvm = startHub();
			processes.add(hubJvm);
			int peerPort = this.peerPort;
			List<Operation> operations = operations();
			for (Operation operation : operations) {
				check(operation, peerPort);
			}
			try (JMXConnector hubAgent = agent(hubJvm)) {
				warmUp(operations, peerPort, ManagementFactory.newPlatformMXBeanProxy(
						hubAgent.getMBeanServerConnection(), ManagementFactory.COMPILATION_MXBEAN_NAME,
						CompilationMXBean.class));
			}
			List<String> table = new ArrayList<>(List.of("""
					| query | clients | hub p50 | p95 | p99 | per s | peer p50 | p95 | p99 | per s | Cypher p50 | p95 | p99 | per s | hub / Cypher p50 | hub / peer p50 | hub / peer per s |
					| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"""));
			for (Operation operation : operations) {
				Latency.measure("warm-up", 4, 0, Latency.WARMUP, () -> hub(operation, this.next.getAndIncrement()));
				Latency.measure("warm-up", 4, 0, Latency.WARMUP, () -> peer(operation, peerPort, this.next.getAndIncrement()));
				Latency.measure("warm-up", 4, 0, Latency.WARMUP, () -> cypher(operation, this.next.getAndIncrement()));
				for (int clients : CLIENTS) {
					// Rounds of hub, peer and Cypher in turn; each path's median round (by p50) is reported.
					List<Latency> hubs = new ArrayList<>();
					List<Latency> peers = new ArrayList<>();
					List<Latency> cyphers = new ArrayList<>();
					for (int round = 0; round < ROUNDS; round++) {
						hubs.add(Latency.measure("hub", clients, 50, runs, () -> hub(operation, this.next.getAndIncrement())));
						peers.add(Latency.measure("peer", clients, 50, runs,
								() -> peer(operation, peerPort, this.next.getAndIncrement())));
						cyphers.add(Latency.measure("Cypher", clients, 50, runs,
								() -> cypher(operation, this.next.getAndIncrement())));
					}
					Latency hub = median(hubs);
					Latency theirs = median(peers);
					Latency cypher = median(cyphers);
					String row = "| %s | %d | %.2f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f |"
						.formatted(operation.name(), clients, hub.p50(), hub.p95(), hub.p99(), hub.perSecond(), theirs.p50(),
								theirs.p95(), theirs.p99(), theirs.perSecond(), cypher.p50(), cypher.p95(), cypher.p99(),
								cypher.perSecond(), hub.p50() / cypher.p50(), hub.p50() / theirs.p50(),
								hub.perSecond() / theirs.perSecond());
					System.out.println(row);
					table.add(row);
				}
			}
			BenchmarkResults.add(this.driver, "The hub beside @neo4j/graphql and hand-written Cypher (times in ms)",
					String.join("\n", table));
		}
		finally {
			for (Process process : processes) {
				process.destroy();
				process.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	/**
	 * Every operation on every path, in passes, until the JIT has settled: a pass in which neither the hub's JVM nor
	 * this one (the database and the Cypher path) spent over 2% of the pass compiling, or three minutes. Otherwise the
	 * first operations measured would be timed while the hub's code, or the database's, was still being compiled, on the
	 * same two cores.
	 */
	private void warmUp(List<Operation> operations, int peerPort, CompilationMXBean hubJit) {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		for (int pass = 1;; pass++) {
			long compiling = jit.getTotalCompilationTime();
			long hubCompiling = hubJit.getTotalCompilationTime();
			long start = System.nanoTime();
			for (Operation operation : operations) {
				Latency.measure("warm-up", 4, 0, 40, () -> hub(operation, this.next.getAndIncrement()));
				Latency.measure("warm-up", 4, 0, 40, () -> peer(operation, peerPort, this.next.getAndIncrement()));
				Latency.measure("warm-up", 4, 0, 40, () -> cypher(operation, this.next.getAndIncrement()));
			}
			double millis = (System.nanoTime() - start) / 1e6;
			double share = (jit.getTotalCompilationTime() - compiling) / millis;
			double hubShare = (hubJit.getTotalCompilationTime() - hubCompiling) / millis;
			System.out.printf("  warm-up pass %d: the hub's JVM %.0f%% of it compiling, this one %.0f%%%n", pass,
					100 * hubShare, 100 * share);
			if (Math.max(share, hubShare) < 0.02 || System.nanoTime() > deadline) {
				return;
			}
		}
	}

	/** A connection to another JVM's management agent (started if need be), to read its compiler. */
	private static JMXConnector agent(Process process) throws Exception {
		VirtualMachine vm = VirtualMachine.attach(String.valueOf(process.pid()));
		try {
			return JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
		}
		finally {
			vm.detach();
		}
	}

	private static Latency median(List<Latency> rounds) {
		return rounds.stream().sorted(java.util.Comparator.comparingDouble(Latency::p50)).toList().get(rounds.size() / 2);
	}

	private List<Operation> operations() {
		int people = SyntheticGraph.Scale.configured().people();
		return List.of(
				new Operation("person by id with interests and their organisations", 20,
						n -> "{ node(id: \"person-" + person(n, people) + "\") { ... on Person { id displayName "
								+ "interests { id nature type declaredOn organisation { id name } } } } }",
						n -> "{ people(where: {id: {eq: \"person-" + person(n, people) + "\"}}) { id displayName "
								+ "interests { id nature type declaredOn organisation { id name } } } }",
						"""
						MATCH (p:Person {id: $id})
						RETURN p.id, p.displayName, COLLECT { MATCH (p)<-[:DECLARED_BY]-(i:Interest)-[:IN_ORGANISATION]->(o)
						  RETURN {id: i.id, nature: i.nature, type: i.type, declaredOn: i.declaredOn, organisation: {id: o.id, name: o.name}} }
						""", n -> Map.of("id", "person-" + person(n, people))),
				new Operation("a page of 50 interests of a large organisation, with names", 10,
						n -> "{ interests(first: 50, filter: {organisationId: \"org-" + n % 10 + "\"}) { edges { node { "
								+ "id nature type declaredOn person { id displayName } } } } }",
						n -> "{ interests(where: {organisation: {some: {id: {eq: \"org-" + n % 10 + "\"}}}}, limit: 50, "
								+ "sort: [{declaredOn: DESC}]) { id nature type declaredOn person { id displayName } } }",
						"""
						MATCH (:Organisation {id: $id})<-[:IN_ORGANISATION]-(i:Interest)-[:DECLARED_BY]->(p:Person)
						RETURN i.id, i.nature, i.type, i.declaredOn, p.id, p.displayName
						ORDER BY i.declaredOn DESC LIMIT 50
						""", n -> Map.of("id", "org-" + n % 10)),
				new Operation("20 boards -> members -> person -> interests -> organisation", 1,
						n -> "{ boards(first: 20) { edges { node { id name members { role person { displayName "
								+ "interests { nature type organisation { id name } } } } } } } }",
						n -> "{ boards(limit: 20, sort: [{name: ASC}]) { id name members { role person { displayName "
								+ "interests { nature type organisation { id name } } } } } }",
						"""
						MATCH (b:Board) WITH b ORDER BY b.name LIMIT 20
						RETURN b.id, b.name, COLLECT { MATCH (b)<-[:ON_BOARD]-(m:Membership)-[:HELD_BY]->(p:Person)
						  RETURN {role: m.role, person: p.displayName, interests: COLLECT {
						    MATCH (p)<-[:DECLARED_BY]-(i:Interest)-[:IN_ORGANISATION]->(o)
						    RETURN {nature: i.nature, type: i.type, organisation: {id: o.id, name: o.name}} }} } AS members
						""", n -> Map.of()),
				new Operation("people whose name contains a text, first 20, with their boards", 10,
						n -> "{ people(first: 20, filter: {name: \"person " + (1234 + n) + "\"}) { edges { node { id "
								+ "displayName memberships { board { id name } } } } } }",
						n -> "{ people(where: {searchText: {contains: \"person " + (1234 + n) + "\"}}, limit: 20, "
								+ "sort: [{sortName: ASC}]) { id displayName memberships { board { id name } } } }",
						"""
						MATCH (p:Person) WHERE p.searchText CONTAINS $text
						WITH p ORDER BY p.sortName LIMIT 20
						RETURN p.id, p.displayName, COLLECT { MATCH (p)<-[:HELD_BY]-(:Membership)-[:ON_BOARD]->(b)
						  RETURN {id: b.id, name: b.name} }
						""", n -> Map.of("text", "person " + (1234 + n))));
	}

	private static int person(int n, int people) {
		return 1 + (n * 7919) % people;
	}

	/** Installs the peer under target/peer (npm, once) and starts it on the benchmark's Neo4j; ready when it says so. */
	private Process startPeer() throws IOException, InterruptedException {
		Files.createDirectories(PEER);
		for (String file : List.of("package.json", "server.mjs")) {
			Files.copy(Path.of("src", "test", "peer", file), PEER.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		if (!Files.isDirectory(PEER.resolve("node_modules"))) {
			// Its output to a file: the test JVM's own standard output is Surefire's channel.
			Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund").directory(PEER.toFile())
				.redirectErrorStream(true)
				.redirectOutput(PEER.resolve("npm-install.log").toFile())
				.start();
			if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
				throw new IllegalStateException("npm install of the peer failed: see " + PEER.resolve("npm-install.log"));
			}
		}
		this.peerPort = FreePort.next();
		ProcessBuilder builder = new ProcessBuilder("node", "server.mjs").directory(PEER.toFile()).redirectErrorStream(true);
		builder.environment().put("NEO4J_URI", TestNeo4j.instance().boltURI().toString());
		builder.environment().put("PORT", String.valueOf(this.peerPort));
		Process process = builder.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		String line;
		while ((line = out.readLine()) != null) {
			System.out.println("peer: " + line);
			if (line.startsWith("peer ready")) {
				Thread.ofVirtual().start(() -> out.lines().forEach(l -> System.out.println("peer: " + l)));
				return process;
			}
			if (System.nanoTime() > deadline) {
				break;
			}
		}
		process.destroy();
		throw new IllegalStateException("The peer did not start; see its output above");
	}

	/**
	 * Starts the hub as a user would run it against a Neo4j server (here the benchmark's, over Bolt): its own JVM, this
	 * one's Java and classpath (less the tests' classes), the full compiler, virtual threads; its output in
	 * target/peer/hub.log. Ready when healthy.
	 */
	private Process startHub() throws IOException, InterruptedException {
		this.hubPort = FreePort.next();
		String java = ProcessHandle.current().info().command().orElse("java");
		// The app's classes and dependencies, not the tests' classes (their configuration would wrap its driver).
		String classpath = Stream
			.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
				.split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		Process process = new ProcessBuilder(java, "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx4g", "-cp",
				classpath, PartnershipHubApplication.class.getName(),
				"--spring.neo4j.uri=" + TestNeo4j.instance().boltURI(), "--server.port=" + this.hubPort,
				"--hub.demo-data.enabled=false", "--hub.rate-limit.enabled=false",
				"--hub.audit.dir=" + PEER.resolve("hub-audit").toAbsolutePath(), "--hub.audit.checkpoint-every=0s")
			.redirectErrorStream(true)
			.redirectOutput(PEER.resolve("hub.log").toFile())
			.start();
		URI health = URI.create("http://localhost:" + this.hubPort + "/actuator/health");
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				if (this.http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
					.statusCode() == 200) {
					System.out.println("hub ready on port " + this.hubPort + " (its own JVM, pid " + process.pid() + ")");
					return process;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		process.destroy();
		throw new IllegalStateException("The hub did not start; see " + PEER.resolve("hub.log"));
	}

	/** Before timing: both answer without errors, with the same number of top-level rows. */
	private void check(Operation operation, int peerPort) {
		String hub = hub(operation, 0);
		String theirs = peer(operation, peerPort, 0);
		System.out.printf("%s: hub %,d characters, peer %,d characters%n", operation.name(), hub.length(),
				theirs.length());
	}

	private String hub(Operation operation, int n) {
		return post(URI.create("http://localhost:" + this.hubPort + "/graphql"),
				operation.hub().apply(n % operation.variants()), true);
	}

	private String peer(Operation operation, int peerPort, int n) {
		return post(URI.create("http://localhost:" + peerPort + "/"), operation.peer().apply(n % operation.variants()),
				false);
	}

	private void cypher(Operation operation, int n) {
		try (Session session = this.driver.session()) {
			session.executeRead(tx -> tx.run(operation.cypher(), operation.params().apply(n % operation.variants())).list());
		}
	}

	private String post(URI uri, String document, boolean signedIn) {
		String body = "{\"query\": \"" + document.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signedIn) {
			request.header("Authorization", OFFICER);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException(uri + " failed (" + response.statusCode() + "): " + response.body());
			}
			return response.body();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
