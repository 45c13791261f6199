package org.partnershiphub.support;

import java.util.Arrays;

/** Runs an operation repeatedly and summarises its latency, for the benchmarks' printed tables. */
public record Latency(String operation, int runs, double p50, double p95, double p99, double perSecond) {

	public static Latency measure(String operation, int warmup, int runs, Runnable call) {
		for (int i = 0; i < warmup; i++) {
			call.run();
		}
		long[] nanos = new long[runs];
		long start = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			call.run();
			nanos[i] = System.nanoTime() - t;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(nanos);
		return new Latency(operation, runs, millis(nanos, 0.50), millis(nanos, 0.95), millis(nanos, 0.99),
				runs / seconds);
	}

	private static double millis(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	public static String header() {
		return "| operation | runs | p50 ms | p95 ms | p99 ms | per second |\n| --- | ---: | ---: | ---: | ---: | ---: |";
	}

	public String row() {
		return "| %s | %d | %.2f | %.2f | %.2f | %.0f |".formatted(this.operation, this.runs, this.p50, this.p95, this.p99,
				this.perSecond);
	}

}
