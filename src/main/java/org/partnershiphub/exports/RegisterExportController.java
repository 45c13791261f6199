package org.partnershiphub.exports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.security.Role;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/registers?boardId=...|organisationId=...&asOf=YYYY-MM-DD&format=csv|xlsx|json}: the register as at a
 * date (default today). Anyone may download it; withheld interests are redacted unless the caller is an officer,
 * auditor or administrator, and an auditor's download of withheld details is recorded in the audit trail.
 */
@RestController
class RegisterExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RegisterExport export;

	private final Graph graph;

	private final AuditTrail audit;

	RegisterExportController(RegisterExport export, Graph graph, AuditTrail audit) {
		this.export = export;
		this.graph = graph;
		this.audit = audit;
	}

	@GetMapping("/api/registers")
	ResponseEntity<?> register(@RequestParam(required = false) String boardId,
			@RequestParam(required = false) String organisationId, @RequestParam(required = false) LocalDate asOf,
			@RequestParam(defaultValue = "csv") String format, Authentication caller) {
		if ((boardId == null) == (organisationId == null)) {
			return problem(HttpStatus.BAD_REQUEST, "Give boardId or organisationId (one of them)");
		}
		if (!List.of("csv", "xlsx", "json").contains(format)) {
			return problem(HttpStatus.BAD_REQUEST, "format must be csv, xlsx or json, was " + format);
		}
		Label label = (boardId != null) ? Label.Board : Label.Organisation;
		String id = (boardId != null) ? boardId : organisationId;
		if (!this.graph.exists(label, id)) {
			return problem(HttpStatus.NOT_FOUND, "No " + label.name().toLowerCase() + " with id " + id);
		}
		LocalDate date = Dates.orToday(asOf);
		List<RegisterExport.Entry> entries = this.export.entries(boardId, organisationId, date,
				Role.any(caller, Role.OFFICER, Role.AUDITOR, Role.ADMIN));
		List<String> withheldShown = entries.stream().filter(RegisterExport.Entry::withheld)
			.map(RegisterExport.Entry::interestId).toList();
		if (Role.any(caller, Role.AUDITOR) && !withheldShown.isEmpty()) {
			this.audit.recordReads(caller.getName(), withheldShown);
		}
		if (format.equals("json")) {
			return ResponseEntity.ok(Map.of("asOf", date, "entries", entries.stream().map(RegisterExport::json).toList()));
		}
		String name = "register-of-interests-" + date + "." + format;
		return ResponseEntity.ok()
			.contentType(format.equals("csv") ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(format.equals("csv") ? RegisterExport.csv(RegisterExport.rows(entries))
					: RegisterExport.xlsx(RegisterExport.rows(entries)));
	}

	private static ResponseEntity<Map<String, String>> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

}
