package org.partnershiphub.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.imports.ImportService.Options;
import org.partnershiphub.interest.Regime;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Batch imports from the command line, against the configured Neo4j (embedded: stop the running app first, it holds
 * the data folder):
 *
 * <pre>
 * java -jar partnership-hub.jar import register FILE --source "HWB register 2025" [--dry-run] [--skip-bad-rows]
 *     [--keep-omitted] [--column.surname="Last name"]
 * java -jar partnership-hub.jar import roster FILE --board BOARD_ID --from 2025-04-01
 * java -jar partnership-hub.jar import attendance FILE --meeting MEETING_ID
 * java -jar partnership-hub.jar import agenda FILE --meeting MEETING_ID
 * </pre>
 *
 * Prints the report's counts and every line that was not plainly imported; exits 0 when applied (or a dry run), 1
 * when rejected, 2 on a usage error.
 */
public final class ImportCommand {

	private static final String USAGE = """
			Usage: import register|roster|attendance|agenda FILE [--source TITLE] [--dry-run] [--skip-bad-rows]
			       [--keep-omitted] [--board ID --from YYYY-MM-DD | --as-at YYYY-MM-DD] [--meeting ID] [--column.FIELD=HEADER]""";

	private ImportCommand() {
	}

	public static int run(Class<?> application, String[] args, PrintStream out) {
		if (args.length < 3 || !List.of("register", "roster", "attendance", "agenda").contains(args[1])) {
			out.println(USAGE);
			return 2;
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 3; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				out.println("Unexpected argument " + arg + "\n" + USAGE);
				return 2;
			}
			int eq = arg.indexOf('=');
			if (eq > 0) {
				options.put(arg.substring(2, eq), arg.substring(eq + 1));
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				options.put(arg.substring(2), args[++i]);
			}
			else {
				options.put(arg.substring(2), "true");
			}
		}
		Path file = Path.of(args[2]);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			out.println("Cannot read " + file + ": " + ex.getMessage());
			return 2;
		}
		Map<String, String> mapping = new HashMap<>();
		options.forEach((k, v) -> {
			if (k.startsWith("column.")) {
				mapping.put(k.substring("column.".length()), v);
			}
		});
		Regime regime = null;
		if (options.containsKey("regime")) {
			try {
				regime = Regime.valueOf(options.get("regime").toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				out.println("--regime must be LOCAL_GOVERNMENT or NHS, was " + options.get("regime"));
				return 2;
			}
		}
		Options importOptions = new Options(options.get("source"), options.containsKey("dry-run"),
				options.containsKey("skip-bad-rows"), !options.containsKey("keep-omitted"), mapping,
				System.getProperty("user.name") + " (command line)", regime);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("hub.demo-data.enabled=false")
			.run()) {
			ImportService imports = context.getBean(ImportService.class);
			String name = file.getFileName().toString();
			ImportReport report = switch (args[1]) {
				case "register" -> imports.importRegister(bytes, name, importOptions);
				case "roster" -> imports.importRoster(bytes, name, options.get("board"),
						options.containsKey("from") ? LocalDate.parse(options.get("from")) : null,
						options.containsKey("as-at") ? LocalDate.parse(options.get("as-at")) : null, importOptions);
				case "agenda" -> imports.importAgenda(bytes, name, options.get("meeting"), importOptions);
				default -> imports.importAttendance(bytes, name, options.get("meeting"), importOptions);
			};
			print(report, out);
			return (report.status() == Status.REJECTED) ? 1 : 0;
		}
	}

	static void print(ImportReport report, PrintStream out) {
		out.println(report.kind() + " import of " + report.fileName() + ": " + report.status()
				+ ((report.error() != null) ? " - " + report.error() : "") + " (" + report.millis() + " ms)");
		out.println(report.counts());
		report.lines().stream()
			.filter(l -> l.outcome() != Outcome.IMPORTED)
			.forEach(l -> out.println("  line " + l.line() + " " + l.outcome() + ": " + l.message()));
	}

}
