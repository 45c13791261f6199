package org.partnershiphub.remit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.partnershiphub.board.Board;
import org.partnershiphub.common.AsOfLoaders;
import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.remit.RemitService.AdoptTermsOfReferenceInput;
import org.partnershiphub.remit.RemitService.RecordReportingLineInput;
import org.partnershiphub.remit.RemitService.ReportingLinePayload;
import org.partnershiphub.remit.RemitService.TermsOfReferencePayload;
import org.partnershiphub.remit.TermsOfReference.ReportingLine;
import org.partnershiphub.source.SourceCitation;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class RemitController {

	private final RemitService remits;

	RemitController(RemitService remits, BatchLoaderRegistry registry) {
		this.remits = remits;
		AsOfLoaders.register(registry, "boardTerms", remits::termsAsOf);
		AsOfLoaders.register(registry, "boardLinesOut", keys -> remits.lines(keys, true));
		AsOfLoaders.register(registry, "boardLinesIn", keys -> remits.lines(keys, false));
	}

	@SchemaMapping(typeName = "Board", field = "termsOfReference")
	CompletableFuture<TermsOfReference> termsOfReference(Board board, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<TermsOfReference>> boardTerms) {
		return boardTerms.load(new AsOfKey(board.id(), Dates.orToday(asOf)))
			.thenApply(terms -> terms.isEmpty() ? null : terms.get(0));
	}

	@BatchMapping(typeName = "Board", field = "termsOfReferenceHistory")
	Map<Board, List<TermsOfReference>> history(List<Board> boards) {
		return this.remits.history(boards);
	}

	@SchemaMapping(typeName = "Board", field = "reportingLines")
	CompletableFuture<List<ReportingLine>> reportingLines(Board board, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<ReportingLine>> boardLinesOut) {
		return boardLinesOut.load(new AsOfKey(board.id(), Dates.orToday(asOf)));
	}

	@SchemaMapping(typeName = "Board", field = "reportedToBy")
	CompletableFuture<List<ReportingLine>> reportedToBy(Board board, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<ReportingLine>> boardLinesIn) {
		return boardLinesIn.load(new AsOfKey(board.id(), Dates.orToday(asOf)));
	}

	@BatchMapping(typeName = "ReportingLine", field = "board")
	Map<ReportingLine, Board> from(List<ReportingLine> lines) {
		return this.remits.lineFrom(lines);
	}

	@BatchMapping(typeName = "ReportingLine", field = "to")
	Map<ReportingLine, Object> to(List<ReportingLine> lines) {
		return this.remits.lineTo(lines);
	}

	@BatchMapping(typeName = "TermsOfReference", field = "sources")
	Map<TermsOfReference, List<SourceCitation>> sources(List<TermsOfReference> terms) {
		return this.remits.sources(terms);
	}

	@BatchMapping(typeName = "ReportingLine", field = "sources")
	Map<ReportingLine, List<SourceCitation>> lineSources(List<ReportingLine> lines) {
		return this.remits.lineSources(lines);
	}

	@MutationMapping
	TermsOfReferencePayload adoptTermsOfReference(@Argument AdoptTermsOfReferenceInput input) {
		return this.remits.adoptTermsOfReference(input);
	}

	@MutationMapping
	ReportingLinePayload recordReportingLine(@Argument RecordReportingLineInput input) {
		return this.remits.recordReportingLine(input);
	}

}
