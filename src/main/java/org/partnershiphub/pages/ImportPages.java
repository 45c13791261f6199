package org.partnershiphub.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import org.partnershiphub.imports.ImportReport;
import org.partnershiphub.imports.ImportReport.Kind;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportService;
import org.partnershiphub.imports.ImportService.Options;
import org.partnershiphub.interest.Regime;
import org.partnershiphub.pages.HubQueries.PageException;
import org.partnershiphub.pages.PagesController.NotFound;
import org.partnershiphub.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports in three steps, as officers work: upload a register, roster, attendance list or agenda (or paste the
 * minutes' or agenda's text), read the dry run's report line by line (FAILED and GUESSED first, each with how it was
 * read), then apply the same file, or drop it. The uploaded file waits for the decision in a temporary file named in
 * the session, so a large register is not held in memory. Past reports are listed for officers and auditors.
 */
@Controller
class ImportPages {

	private static final String PENDING = ImportPages.class.getName() + ".pending";

	private static final String REPORTS = """
			query($after: String) { importReports(first: 50, after: $after) { totalCount
			  pageInfo { hasNextPage endCursor }
			  edges { node { id kind fileName source status importedBy startedAt
			    counts { rows imported merged guessed skipped failed } } } } }""";

	private static final String REPORT = """
			query($id: ID!) { importReport(id: $id) { id kind fileName source status error importedBy startedAt millis
			  counts { rows imported merged guessed skipped failed peopleCreated organisationsCreated recordsCreated
			    recordsUpdated recordsEnded }
			  lines { line outcome message } } }""";

	private static final String TARGETS = """
			{ boards(first: 100) { edges { node { id name meetings(first: 10) { edges { node { id date title } } } } } }
			  agreements(first: 100) { edges { node { title pooledFunds { id name } } } } }""";

	/** An upload waiting for the officer to apply it or drop it. */
	record Pending(Kind kind, Path file, String fileName, String source, String boardId, String meetingId,
			LocalDate from, LocalDate asAt, Regime regime, String period, String fundId) {
	}

	private final ImportService imports;

	private final HubQueries hub;

	ImportPages(ImportService imports, HubQueries hub) {
		this.imports = imports;
		this.hub = hub;
	}

	@GetMapping("/imports")
	String imports(@RequestParam(required = false) String after, Authentication visitor, Model model) {
		PagesAdvice.require(visitor, "Imports need the OFFICER, AUDITOR or ADMIN role", Role.OFFICER, Role.AUDITOR,
				Role.ADMIN);
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("after", Inputs.given(after));
		model.addAttribute("reports", this.hub.query(REPORTS, variables).get("importReports"));
		model.addAttribute("mayImport", Role.any(visitor, Role.OFFICER, Role.ADMIN));
		Map<String, Object> targets = this.hub.query(TARGETS, Map.of());
		model.addAttribute("targets", targets.get("boards"));
		model.addAttribute("funds", targets.get("agreements"));
		return "imports";
	}

	@GetMapping("/imports/{id}")
	String report(@PathVariable String id, Authentication visitor, Model model) {
		PagesAdvice.require(visitor, "Import reports need the OFFICER, AUDITOR or ADMIN role", Role.OFFICER,
				Role.AUDITOR, Role.ADMIN);
		Object report = this.hub.query(REPORT, Map.of("id", id)).get("importReport");
		if (report == null) {
			throw new NotFound("There is no import report with id " + id);
		}
		model.addAttribute("report", report);
		model.addAttribute("lines", worstFirst(((Map<?, ?>) report).get("lines")));
		return "import-report";
	}

	/** Step two: the dry run of an uploaded file or pasted text; nothing is written. */
	@PostMapping("/imports")
	String dryRun(@RequestParam Kind kind, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String text, @RequestParam(required = false) String source,
			@RequestParam(required = false) String boardId, @RequestParam(required = false) String meetingId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String asAt,
			@RequestParam(required = false) Regime regime, @RequestParam(required = false) String period,
			@RequestParam(required = false) String fundId, Authentication visitor, HttpSession session, Model model)
			throws IOException {
		mayImport(visitor);
		boolean uploaded = file != null && !file.isEmpty();
		boolean pasted = Inputs.given(text) != null;
		if (uploaded == pasted) {
			throw new PageException("Choose a file or paste the text (one of them) to import");
		}
		LocalDate seatsFrom = Inputs.date("from date", from);
		LocalDate rosterAsAt = Inputs.date("as-at date", asAt);
		Path stored = Files.createTempFile("hub-import-", ".upload");
		stored.toFile().deleteOnExit();
		if (uploaded) {
			file.transferTo(stored);
		}
		else {
			Files.writeString(stored, text, StandardCharsets.UTF_8);
		}
		Pending pending = new Pending(kind, stored,
				uploaded ? file.getOriginalFilename() : switch (kind) {
					case ATTENDANCE -> "attendance.txt";
					case AGENDA -> "agenda.txt";
					default -> "pasted.csv";
				},
				Inputs.given(source), Inputs.given(boardId),
				Inputs.given(meetingId), seatsFrom, rosterAsAt, regime, Inputs.given(period), Inputs.given(fundId));
		String token = UUID.randomUUID().toString();
		pending(session).put(token, pending);
		ImportReport report = run(pending, true, false, visitor);
		model.addAttribute("report", report);
		model.addAttribute("lines", worstFirst(report.lines()));
		model.addAttribute("token", token);
		return "import-report";
	}

	/** Step three: the same file imported for real, then its stored report. */
	@PostMapping("/imports/apply")
	String apply(@RequestParam String token, @RequestParam(defaultValue = "false") boolean skipBadRows,
			Authentication visitor, HttpSession session) {
		mayImport(visitor);
		Pending pending = pending(session).remove(token);
		if (pending == null) {
			throw new PageException("This upload has already been applied or dropped: upload the file again");
		}
		try {
			ImportReport report = run(pending, false, skipBadRows, visitor);
			return "redirect:/imports/" + report.id();
		}
		finally {
			delete(pending.file());
		}
	}

	@PostMapping("/imports/drop")
	String drop(@RequestParam String token, Authentication visitor, HttpSession session) {
		mayImport(visitor);
		Pending pending = pending(session).remove(token);
		if (pending != null) {
			delete(pending.file());
		}
		return "redirect:/imports";
	}

	private ImportReport run(Pending pending, boolean dryRun, boolean skipBadRows, Authentication visitor) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(pending.file());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Options options = new Options(pending.source(), dryRun, skipBadRows, true, Map.of(), visitor.getName(),
				pending.regime());
		return switch (pending.kind()) {
			case REGISTER -> this.imports.importRegister(bytes, pending.fileName(), options);
			case ROSTER -> this.imports.importRoster(bytes, pending.fileName(), required(pending.boardId(), "board"),
					pending.from(), pending.asAt(), options);
			case ATTENDANCE -> this.imports.importAttendance(bytes, pending.fileName(),
					required(pending.meetingId(), "meeting"), options);
			case AGENDA -> this.imports.importAgenda(bytes, pending.fileName(), required(pending.meetingId(), "meeting"),
					options);
			case RISKS -> this.imports.importRisks(bytes, pending.fileName(), required(pending.boardId(), "board"),
					pending.period(), options);
			case BUDGET -> this.imports.importBudget(bytes, pending.fileName(), required(pending.fundId(), "pooled fund"),
					pending.period(), options);
		};
	}

	/** FAILED first, then GUESSED, then the rest, each in line order. */
	static List<?> worstFirst(Object lines) {
		List<?> all = (List<?>) lines;
		return all.stream().sorted(Comparator.comparingInt(ImportPages::rank)).toList();
	}

	private static int rank(Object line) {
		Object outcome = (line instanceof ReportLine l) ? l.outcome() : ((Map<?, ?>) line).get("outcome");
		return switch (Outcome.valueOf(outcome.toString())) {
			case FAILED -> 0;
			case GUESSED -> 1;
			default -> 2;
		};
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Pending> pending(HttpSession session) {
		synchronized (session) {
			Object held = session.getAttribute(PENDING);
			if (held == null) {
				held = new ConcurrentHashMap<String, Pending>();
				session.setAttribute(PENDING, held);
			}
			return (Map<String, Pending>) held;
		}
	}

	private static void mayImport(Authentication visitor) {
		PagesAdvice.require(visitor, "Imports need the OFFICER or ADMIN role", Role.OFFICER, Role.ADMIN);
	}

	private static String required(String id, String what) {
		if (id == null) {
			throw new PageException("Choose the " + what + " this file is for");
		}
		return id;
	}


	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temporary file: it goes when the hub stops
		}
	}

}
