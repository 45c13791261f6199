package org.partnershiphub.imports;

import graphql.execution.DataFetcherResult;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.ReportLine;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.imports.ImportService.Options;
import org.partnershiphub.interest.Regime;
import org.partnershiphub.source.SourceDocument;
import org.partnershiphub.source.SourceService;

import graphql.GraphQLContext;
import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.common.Paging;
import org.partnershiphub.security.Role;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads (REST, multipart: the file in part {@code file}) answer with the whole report as JSON: 200 when applied
 * or a dry run, 422 when rejected. Options are request parameters; {@code column.<field>=<header or number>} maps
 * columns of an unfamiliar layout. Past reports are read through GraphQL.
 */
@Controller
class ImportController {

	/** Reports name people and what they declared: officers, auditors and admins only. */
	private static final String READERS = "Import reports need the OFFICER, AUDITOR or ADMIN role";

	private final ImportService imports;

	private final SourceService sources;

	ImportController(ImportService imports, SourceService sources) {
		this.imports = imports;
		this.sources = sources;
	}

	@PostMapping("/api/imports/registers")
	@ResponseBody
	ResponseEntity<ImportReport> register(@RequestParam("file") MultipartFile file,
			@RequestParam Map<String, String> params, Authentication caller) throws IOException {
		return answer(this.imports.importRegister(file.getBytes(), file.getOriginalFilename(), options(params, caller)));
	}

	@PostMapping("/api/imports/rosters")
	@ResponseBody
	ResponseEntity<ImportReport> roster(@RequestParam("file") MultipartFile file, @RequestParam String boardId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate asAt,
			@RequestParam Map<String, String> params, Authentication caller) throws IOException {
		return answer(this.imports.importRoster(file.getBytes(), file.getOriginalFilename(), boardId, from, asAt,
				options(params, caller)));
	}

	@PostMapping("/api/imports/attendance")
	@ResponseBody
	ResponseEntity<ImportReport> attendance(@RequestParam("file") MultipartFile file, @RequestParam String meetingId,
			@RequestParam Map<String, String> params, Authentication caller) throws IOException {
		return answer(this.imports.importAttendance(file.getBytes(), file.getOriginalFilename(), meetingId,
				options(params, caller)));
	}

	@PostMapping("/api/imports/agenda")
	@ResponseBody
	ResponseEntity<ImportReport> agenda(@RequestParam("file") MultipartFile file, @RequestParam String meetingId,
			@RequestParam Map<String, String> params, Authentication caller) throws IOException {
		return answer(this.imports.importAgenda(file.getBytes(), file.getOriginalFilename(), meetingId,
				options(params, caller)));
	}

	@PostMapping("/api/imports/risks")
	@ResponseBody
	ResponseEntity<ImportReport> risks(@RequestParam("file") MultipartFile file, @RequestParam String boardId,
			@RequestParam(required = false) String quarter, @RequestParam Map<String, String> params,
			Authentication caller) throws IOException {
		return answer(this.imports.importRisks(file.getBytes(), file.getOriginalFilename(), boardId, quarter,
				options(params, caller)));
	}

	@PostMapping("/api/imports/budget")
	@ResponseBody
	ResponseEntity<ImportReport> budget(@RequestParam("file") MultipartFile file, @RequestParam String pooledFundId,
			@RequestParam(required = false) String month, @RequestParam Map<String, String> params,
			Authentication caller) throws IOException {
		return answer(this.imports.importBudget(file.getBytes(), file.getOriginalFilename(), pooledFundId, month,
				options(params, caller)));
	}

	static Options options(Map<String, String> params, Authentication caller) {
		Map<String, String> mapping = params.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("column."))
			.collect(Collectors.toMap(e -> e.getKey().substring("column.".length()), Map.Entry::getValue));
		return new Options(params.get("source"), flag(params, "dryRun", false), flag(params, "skipBadRows", false),
				flag(params, "endOmitted", true), mapping, (caller != null) ? caller.getName() : null,
				regime(params.get("regime")));
	}

	private static Regime regime(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Regime.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("regime must be LOCAL_GOVERNMENT or NHS, was \"" + text + "\"");
		}
	}

	private static boolean flag(Map<String, String> params, String name, boolean otherwise) {
		String value = params.get(name);
		return (value == null) ? otherwise : Boolean.parseBoolean(value);
	}

	static ResponseEntity<ImportReport> answer(ImportReport report) {
		return ResponseEntity.status((report.status() == Status.REJECTED) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
			.body(report);
	}

	@QueryMapping
	ImportReport importReport(@Argument String id, GraphQLContext context) {
		Role.require(context, READERS, Role.OFFICER, Role.AUDITOR, Role.ADMIN);
		return this.imports.report(id).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<ImportReport>> importReports(ScrollSubrange subrange, GraphQLContext context) {
		Role.require(context, READERS, Role.OFFICER, Role.AUDITOR, Role.ADMIN);
		return this.imports.reports(Paging.of(subrange)).result();
	}

	@SchemaMapping(typeName = "ImportReport")
	List<ReportLine> lines(ImportReport report, @Argument Outcome outcome) {
		return (outcome == null) ? report.lines() : report.lines().stream().filter(l -> l.outcome() == outcome).toList();
	}

	@SchemaMapping(typeName = "ImportReport")
	SourceDocument sourceDocument(ImportReport report) {
		return (report.sourceDocumentId() != null) ? this.sources.find(report.sourceDocumentId()) : null;
	}

}
