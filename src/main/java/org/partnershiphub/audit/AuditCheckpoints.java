package org.partnershiphub.audit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes a signed checkpoint of the audit trail's head when the hub starts, every {@code hub.audit.checkpoint-every}
 * while the head moves (0 turns that off), and when the hub stops. A checkpoint that fails (the database away) is
 * logged and tried again at the next turn.
 */
@Component
class AuditCheckpoints implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(AuditCheckpoints.class);

	private final AuditTrail trail;

	private final Duration every;

	private ScheduledExecutorService timer;

	private volatile Map.Entry<Long, String> written;

	private volatile boolean running;

	AuditCheckpoints(AuditTrail trail, @Value("${hub.audit.checkpoint-every:60s}") Duration every) {
		this.trail = trail;
		this.every = every;
	}

	@Override
	public void start() {
		this.running = true;
		checkpoint(true);
		if (!this.every.isZero()) {
			this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("audit-checkpoints").factory());
			this.timer.scheduleWithFixedDelay(() -> checkpoint(false), this.every.toMillis(), this.every.toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
		}
		checkpoint(false);
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops before the database does (embedded Neo4j stops in a later phase). */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

	private void checkpoint(boolean always) {
		try {
			Map.Entry<Long, String> head = this.trail.head();
			if (always || !head.equals(this.written)) {
				this.trail.checkpoint();
				this.written = head;
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not write an audit checkpoint: {}", ex.getMessage());
		}
	}

}
