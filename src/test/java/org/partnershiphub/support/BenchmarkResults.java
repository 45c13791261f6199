package org.partnershiphub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Driver;

import org.springframework.boot.SpringBootVersion;

/**
 * Collects the benchmarks' tables of one run and writes them, under the versions and machine facts they were measured
 * with and the memory the test JVM (service and in-process Neo4j together) used at its peak, to
 * {@code target/benchmark-results.md}; each table is printed as it is added.
 */
public final class BenchmarkResults {

	private static final Path FILE = Path.of("target", "benchmark-results.md");

	private static final List<String> SECTIONS = new ArrayList<>();

	private BenchmarkResults() {
	}

	public static synchronized void add(Driver driver, String title, String markdown) {
		System.out.printf("%n### %s%n%n%s%n", title, markdown);
		SECTIONS.add("## " + title + "\n\n" + markdown.strip() + "\n");
		try {
			Files.createDirectories(FILE.getParent());
			Files.writeString(FILE, "# Benchmark results\n\n" + facts(driver) + "\n" + String.join("\n", SECTIONS));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** When, on what, with which versions, and the peak memory so far. */
	static String facts(Driver driver) {
		String neo4j = driver.executableQuery("CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition")
			.execute().records().get(0).get(0).asString();
		long heapPeak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong(usage -> usage.getUsed())
			.sum();
		return """
				| | |
				| --- | --- |
				| date | %s |
				| machine | %s, %d cores, %s RAM |
				| Java | %s %s |
				| Neo4j | %s, in-process |
				| Spring Boot | %s |
				| heap | max %d MB; peak used %d MB (sum of pool peaks) |
				| process | peak RSS %s |
				""".formatted(OffsetDateTime.now(ZoneOffset.UTC).withNano(0), cpu(), Runtime.getRuntime().availableProcessors(),
				proc("/proc/meminfo", "MemTotal:"), System.getProperty("java.vm.vendor"), System.getProperty("java.version"),
				neo4j, SpringBootVersion.getVersion(), Runtime.getRuntime().maxMemory() >> 20, heapPeak >> 20,
				proc("/proc/self/status", "VmHWM:"));
	}

	private static String cpu() {
		String model = proc("/proc/cpuinfo", "model name");
		return model.startsWith(":") ? model.substring(1).strip() : model;
	}

	private static String proc(String file, String key) {
		try {
			return Files.readAllLines(Path.of(file))
				.stream()
				.filter(line -> line.startsWith(key))
				.map(line -> line.substring(key.length()).strip())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
