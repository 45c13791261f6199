package org.partnershiphub.support;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs an operation repeatedly and summarises its latency, for the benchmarks' printed tables. */
public record Latency(String operation, int clients, int runs, double p50, double p95, double p99, double perSecond) {

	/** Untimed calls before timing starts, enough for the JIT to compile the paths measured ({@code -Dbenchmark.warmup}). */
	public static final int WARMUP = Integer.getInteger("benchmark.warmup", 500);

	public static Latency measure(String operation, int warmup, int runs, Runnable call) {
		return measure(operation, 1, warmup, runs, call);
	}

	/**
	 * {@code clients} threads call the operation back to back, {@code warmup} calls in all and then {@code runs}
	 * timed ones; each call's latency counts, and throughput is the timed calls over the time they took together.
	 */
	public static Latency measure(String operation, int clients, int warmup, int runs, Runnable call) {
		run(clients, warmup, i -> call.run());
		long[] nanos = new long[runs];
		long start = System.nanoTime();
		run(clients, runs, i -> {
			long t = System.nanoTime();
			call.run();
			nanos[i] = System.nanoTime() - t;
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(nanos);
		return new Latency(operation, clients, runs, millis(nanos, 0.50), millis(nanos, 0.95), millis(nanos, 0.99),
				runs / seconds);
	}

	private interface Call {

		void run(int index);

	}

	/** Makes {@code calls} calls from {@code clients} threads, each taking the next index until none are left. */
	private static void run(int clients, int calls, Call call) {
		if (clients == 1) {
			for (int i = 0; i < calls; i++) {
				call.run(i);
			}
			return;
		}
		AtomicInteger next = new AtomicInteger();
		try (ExecutorService threads = Executors.newFixedThreadPool(clients)) {
			Future<?>[] done = new Future<?>[clients];
			for (int c = 0; c < clients; c++) {
				done[c] = threads.submit(() -> {
					for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
						call.run(i);
					}
				});
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(operationFailed(ex), ex);
		}
	}

	private static String operationFailed(Exception ex) {
		return "a benchmarked call failed: " + ((ex.getCause() != null) ? ex.getCause() : ex);
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
