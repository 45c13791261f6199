package org.partnershiphub.risk;

import graphql.execution.DataFetcherResult;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.partnershiphub.board.Board;
import org.partnershiphub.common.Paging;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.person.Person;
import org.partnershiphub.risk.RiskService.RecordRiskInput;
import org.partnershiphub.risk.RiskService.RiskFilter;
import org.partnershiphub.risk.RiskService.RiskPayload;
import org.partnershiphub.risk.RiskService.RiskScorePayload;
import org.partnershiphub.risk.RiskService.ScoreRiskInput;
import org.partnershiphub.source.SourceCitation;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class RiskController {

	private final RiskService risks;

	RiskController(RiskService risks, BatchLoaderRegistry registry) {
		this.risks = risks;
		registry.<String, List<Risk.Score>>forName("riskScores")
			.registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> risks.scores(ids)));
	}

	@QueryMapping
	Risk risk(@Argument String id) {
		return this.risks.find(id).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Risk>> risks(@Argument RiskFilter filter, ScrollSubrange subrange) {
		return this.risks.find(filter, Paging.of(subrange)).result();
	}

	@SchemaMapping
	CompletableFuture<List<Risk.Score>> scores(Risk risk, DataLoader<String, List<Risk.Score>> riskScores) {
		return riskScores.load(risk.id());
	}

	@SchemaMapping
	CompletableFuture<Risk.Score> score(Risk risk, @Argument String quarter,
			DataLoader<String, List<Risk.Score>> riskScores) {
		String label = RiskService.quarterLabel(quarter);
		return riskScores.load(risk.id()).thenApply(all -> all.stream()
			.filter(s -> label == null || label.equals(s.quarter()))
			.max(Comparator.comparing(Risk.Score::quarterStart))
			.orElse(null));
	}

	@SchemaMapping
	CompletableFuture<Boolean> aboveThreshold(Risk risk, DataLoader<String, List<Risk.Score>> riskScores) {
		return riskScores.load(risk.id()).thenApply(all -> {
			Integer latest = all.isEmpty() ? null : all.get(all.size() - 1).residualScore();
			return (risk.escalationThreshold() == null || latest == null) ? null : latest >= risk.escalationThreshold();
		});
	}

	@BatchMapping
	Map<Risk, Board> register(List<Risk> risks) {
		return this.risks.registers(risks);
	}

	@BatchMapping
	Map<Risk, Board> escalatedTo(List<Risk> risks) {
		return this.risks.escalatedTo(risks);
	}

	@BatchMapping
	Map<Risk, Organisation> organisation(List<Risk> risks) {
		return this.risks.organisations(risks);
	}

	@BatchMapping
	Map<Risk, Person> owner(List<Risk> risks) {
		return this.risks.owners(risks);
	}

	@BatchMapping(typeName = "Risk", field = "sources")
	Map<Risk, List<SourceCitation>> sources(List<Risk> risks) {
		return this.risks.sources(risks);
	}

	@MutationMapping
	RiskPayload recordRisk(@Argument RecordRiskInput input) {
		return this.risks.recordRisk(input);
	}

	@MutationMapping
	RiskScorePayload scoreRisk(@Argument ScoreRiskInput input) {
		return this.risks.scoreRisk(input);
	}

}
