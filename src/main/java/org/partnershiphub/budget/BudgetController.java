package org.partnershiphub.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.partnershiphub.agreement.PooledFund;
import org.partnershiphub.budget.BudgetService.BudgetPositionPayload;
import org.partnershiphub.budget.BudgetService.ReportBudgetPositionInput;
import org.partnershiphub.source.SourceCitation;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class BudgetController {

	private final BudgetService budgets;

	BudgetController(BudgetService budgets, BatchLoaderRegistry registry) {
		this.budgets = budgets;
		registry.<String, List<BudgetLine.Position>>forName("budgetPositions")
			.registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> budgets.positions(ids)));
	}

	@QueryMapping
	List<BudgetLine> budgetLines(@Argument String pooledFundId, @Argument String financialYear, @Argument String month,
			@Argument BigDecimal minForecastOverspend) {
		return this.budgets.lines(pooledFundId, financialYear, month, minForecastOverspend);
	}

	@SchemaMapping(typeName = "PooledFund", field = "budgetLines")
	List<BudgetLine> fundLines(PooledFund fund, @Argument String financialYear) {
		return this.budgets.lines(fund.id(), financialYear, null, null);
	}

	@SchemaMapping
	CompletableFuture<List<BudgetLine.Position>> positions(BudgetLine line,
			DataLoader<String, List<BudgetLine.Position>> budgetPositions) {
		return budgetPositions.load(line.id());
	}

	@SchemaMapping
	CompletableFuture<BudgetLine.Position> position(BudgetLine line, @Argument String month,
			DataLoader<String, List<BudgetLine.Position>> budgetPositions) {
		YearMonth at = BudgetService.month(month);
		return budgetPositions.load(line.id()).thenApply(all -> all.stream()
			.filter(p -> at == null || YearMonth.from(p.month()).equals(at))
			.reduce((a, b) -> b)
			.orElse(null));
	}

	@BatchMapping
	Map<BudgetLine, PooledFund> pooledFund(List<BudgetLine> lines) {
		return this.budgets.funds(lines);
	}

	@BatchMapping(typeName = "BudgetLine", field = "sources")
	Map<BudgetLine, List<SourceCitation>> sources(List<BudgetLine> lines) {
		return this.budgets.sources(lines);
	}

	@MutationMapping
	BudgetPositionPayload reportBudgetPosition(@Argument ReportBudgetPositionInput input) {
		return this.budgets.reportBudgetPosition(input);
	}

}
