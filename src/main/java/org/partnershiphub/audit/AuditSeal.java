package org.partnershiphub.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What makes the audit trail hold against someone who can write to the database: the keys its records are sealed
 * with (HMAC-SHA256) and the signed checkpoints of its head, both kept outside the database. Keys come from
 * {@code HUB_AUDIT_KEY} or from the key file (one {@code id:base64} line per key, the last one current: add a line
 * to rotate, and older records still verify with their own key). Without either, a key is generated into the file at
 * first start. Checkpoints are appended to a file beside it, one signed line each.
 */
@Component
public class AuditSeal {

	private static final Logger logger = LoggerFactory.getLogger(AuditSeal.class);

	/**
	 * @param dir where the key file and the checkpoints live (default: {@code audit} in the hub's data folder)
	 * @param key a key given by the environment (base64), used instead of the key file's
	 */
	@ConfigurationProperties("hub.audit")
	record Settings(Path dir, String key) {
		Settings {
			dir = (dir != null) ? dir : Path.of("data", "audit");
		}
	}

	/** A signed record of the head: record {@code seq} had hash {@code hash}. */
	public record Checkpoint(int line, long seq, String hash, String at, boolean signed) {
	}

	private final Map<String, byte[]> keys = new LinkedHashMap<>();

	private final String current;

	private final Path checkpoints;

	AuditSeal(Settings settings) {
		this.checkpoints = settings.dir().resolve("checkpoints");
		if (settings.key() != null && !settings.key().isBlank()) {
			this.keys.put("env", Base64.getDecoder().decode(settings.key().strip()));
			this.current = "env";
			return;
		}
		Path file = settings.dir().resolve("audit.key");
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(settings.dir());
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Files.writeString(file, "k1:" + Base64.getEncoder().encodeToString(key) + "\n",
						StandardOpenOption.CREATE_NEW);
				logger.info("Generated the audit trail's key in {}: keep it (and back it up) apart from the database",
						file.toAbsolutePath());
			}
			for (String line : Files.readAllLines(file)) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					this.keys.put(line.substring(0, colon).strip(), Base64.getDecoder().decode(line.substring(colon + 1).strip()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the audit key file " + file, ex);
		}
		if (this.keys.isEmpty()) {
			throw new IllegalStateException("The audit key file " + file + " holds no key (lines of id:base64)");
		}
		this.current = List.copyOf(this.keys.keySet()).get(this.keys.size() - 1);
	}

	/** The id of the key new records are sealed with. */
	public String currentKey() {
		return this.current;
	}

	/** The seal of some content with a key, or null when the key is not known here. */
	public String seal(String keyId, String content) {
		byte[] key = this.keys.get(keyId);
		if (key == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Appends a signed checkpoint of the head. */
	public synchronized void checkpoint(long seq, String hash) {
		String at = java.time.Instant.now().toString();
		String line = String.join(" ", Long.toString(seq), hash.isEmpty() ? "-" : hash, at, this.current);
		try {
			Files.createDirectories(this.checkpoints.getParent());
			Files.writeString(this.checkpoints, line + " " + seal(this.current, "checkpoint " + line) + "\n",
					StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write an audit checkpoint to " + this.checkpoints, ex);
		}
	}

	/** Every checkpoint written, oldest first, each with whether its signature holds. */
	public List<Checkpoint> checkpoints() {
		List<Checkpoint> found = new ArrayList<>();
		if (!Files.exists(this.checkpoints)) {
			return found;
		}
		try {
			List<String> lines = Files.readAllLines(this.checkpoints);
			for (int i = 0; i < lines.size(); i++) {
				String[] parts = lines.get(i).strip().split(" ");
				if (parts.length != 5) {
					found.add(new Checkpoint(i + 1, -1, "", "", false));
					continue;
				}
				String body = String.join(" ", parts[0], parts[1], parts[2], parts[3]);
				String expected = seal(parts[3], "checkpoint " + body);
				long seq = parts[0].matches("\\d{1,18}") ? Long.parseLong(parts[0]) : -1;
				found.add(new Checkpoint(i + 1, seq, parts[1].equals("-") ? "" : parts[1], parts[2],
						expected != null && seq >= 0 && java.security.MessageDigest.isEqual(
								expected.getBytes(StandardCharsets.US_ASCII), parts[4].getBytes(StandardCharsets.US_ASCII))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

}
