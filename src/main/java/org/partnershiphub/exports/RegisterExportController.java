package org.partnershiphub.exports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.common.ProblemDetails;
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

	private final AuditTrail audit;

	RegisterExportController(RegisterExport export, AuditTrail audit) {
		this.export = export;
		this.audit = audit;
	}

	@GetMapping("/api/registers")
	ResponseEntity<?> register(@RequestParam(required = false) String boardId,
			@RequestParam(required = false) String organisationId, @RequestParam(required = false) String documentId,
			@RequestParam(required = false) LocalDate asOf, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(defaultValue = "false") boolean includeUndeclared, Authentication caller) {
		if (java.util.stream.Stream.of(boardId, organisationId, documentId).filter(java.util.Objects::nonNull).count() != 1) {
			return ProblemDetails.of(HttpStatus.BAD_REQUEST, "Give boardId, organisationId or documentId (one of them)");
		}
		if (!List.of("csv", "xlsx", "json").contains(format)) {
			return ProblemDetails.of(HttpStatus.BAD_REQUEST, "format must be csv, xlsx or json, was " + format);
		}
		boolean seesWithheld = Role.any(caller, Role.OFFICER, Role.AUDITOR, Role.ADMIN);
		if (documentId != null) {
			return this.export.published(documentId, seesWithheld).<ResponseEntity<?>>map(published -> {
				if (Role.any(caller, Role.AUDITOR) && !published.withheldShown().isEmpty()) {
					this.audit.recordReads(caller.getName(), published.withheldShown());
				}
				return file(format, "register-as-published", published.rows(),
						Map.of("header", published.rows().get(0), "rows",
								published.rows().subList(1, published.rows().size())));
			}).orElseGet(() -> ProblemDetails.of(HttpStatus.NOT_FOUND, "No register was imported from a document with id "
					+ documentId));
		}
		Label label = (boardId != null) ? Label.Board : Label.Organisation;
		String id = (boardId != null) ? boardId : organisationId;
		LocalDate date = Role.personalAsOf(caller, asOf);
		Optional<List<RegisterExport.Entry>> found = this.export.read(label, id, date, includeUndeclared, caller);
		if (found.isEmpty()) {
			return ProblemDetails.of(HttpStatus.NOT_FOUND, "No " + label.name().toLowerCase() + " with id " + id);
		}
		List<RegisterExport.Entry> entries = found.get();
		return file(format, "register-of-interests-" + date, RegisterExport.rows(entries),
				Map.of("asOf", date, "entries", entries.stream().map(RegisterExport::json).toList()));
	}

	private static ResponseEntity<?> file(String format, String name, List<List<String>> rows, Object json) {
		if (format.equals("json")) {
			return ResponseEntity.ok(json);
		}
		return ResponseEntity.ok()
			.contentType(format.equals("csv") ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format).build().toString())
			.body(format.equals("csv") ? RegisterExport.csv(rows) : RegisterExport.xlsx(rows));
	}

}
