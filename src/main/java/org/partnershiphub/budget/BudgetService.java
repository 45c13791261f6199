package org.partnershiphub.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.partnershiphub.agreement.PooledFund;
import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.common.Where;
import org.partnershiphub.source.SourceCitation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pooled funds' budget lines and their reported positions, month by month. */
@Service
public class BudgetService {

	private final Graph graph;

	private final SourceService sources;

	BudgetService(Graph graph, SourceService sources) {
		this.graph = graph;
		this.sources = sources;
	}

	public record ReportBudgetPositionInput(String pooledFundId, String line, String month, BigDecimal annualBudget,
			BigDecimal actualToDate, BigDecimal forecast, BigDecimal variance, SourceInput source) {
	}

	public record BudgetPositionPayload(BudgetLine budgetLine, BudgetLine.Position position,
			List<UserError> userErrors) {
	}

	/** A line's position at a month; the line is created the first time it is reported, found by name afterwards. */
	@Transactional
	public BudgetPositionPayload reportBudgetPosition(ReportBudgetPositionInput input) {
		Validation v = new Validation().name("line", input.line()).required("month", input.month());
		v.check(input.pooledFundId() != null && this.graph.exists(Label.PooledFund, input.pooledFundId()),
				"pooledFundId", Code.NOT_FOUND, "No pooled fund with id " + input.pooledFundId());
		Optional<YearMonth> month = BudgetLine.Month.find(input.month());
		v.check(input.month() == null || month.isPresent(), "month", Code.INVALID, "month must name a month and year, "
				+ "e.g. \"Month 6 2025/26\", \"September 2025\" or \"2025-09\"");
		v.money("annualBudget", input.annualBudget(), false)
			.money("actualToDate", input.actualToDate(), true)
			.money("forecast", input.forecast(), false)
			.money("variance", input.variance(), true);
		v.check(input.annualBudget() != null || input.forecast() != null || input.variance() != null
				|| input.actualToDate() != null, "forecast", Code.REQUIRED,
				"Give at least one figure: annualBudget, actualToDate, forecast or variance");
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new BudgetPositionPayload(null, null, v.errors());
		}
		Map<String, Object> row = row(input.line(), month.get(), input.annualBudget(), input.actualToDate(),
				input.forecast(), input.variance());
		String lineId = write(input.pooledFundId(), List.of(row)).get(0);
		if (input.source() != null) {
			this.sources.cite(Label.BudgetLine, lineId, input.source());
		}
		BudgetLine line = this.graph.byId(BudgetLine.class, lineId).orElseThrow();
		BudgetLine.Position position = this.graph.one("""
				MATCH (:BudgetLine {id: $id})<-[:POSITION_OF]-(n:BudgetPosition {month: $month}) RETURN n
				""", Map.of("id", lineId, "month", month.get().atDay(1)), BudgetLine.Position.class).orElseThrow();
		return new BudgetPositionPayload(line, position, List.of());
	}

	/** One row for {@link #write}: a line's name and its figures at a month. */
	public static Map<String, Object> row(String line, YearMonth month, BigDecimal budget, BigDecimal actual,
			BigDecimal forecast, BigDecimal variance) {
		String name = line.strip().replaceAll("\\s+", " ");
		String year = BudgetLine.Month.financialYear(month);
		return Params.of("key", name.toLowerCase(Locale.ROOT) + "|" + year, "name", name, "financialYear", year,
				"lineId", UUID.randomUUID().toString(), "positionId", UUID.randomUUID().toString(), "month",
				month.atDay(1), "budget", NodeMapper.pence(budget), "actual", NodeMapper.pence(actual), "forecast", NodeMapper.pence(forecast),
				"variance", NodeMapper.pence(variance));
	}

	/**
	 * Writes lines and positions in one query: a line is found again by name and financial year within its fund, a
	 * position by month; a position reported again takes the figures given and keeps those left out. Returns the
	 * lines' ids in row order.
	 */
	public List<String> write(String fundId, List<Map<String, Object>> rows) {
		return this.graph.query(WRITE, Params.of("fundId", fundId, "rows", rows), r -> r.get("id").asString());
	}

	/** Writes {@link #row rows} ({@code $rows}) of the fund {@code $fundId}: see {@link #write}. */
	public static final String WRITE = """
				MATCH (f:PooledFund {id: $fundId})
				UNWIND $rows AS r
				MERGE (f)<-[:LINE_OF]-(l:BudgetLine {key: r.key})
				  ON CREATE SET l.id = r.lineId, l.name = r.name, l.financialYear = r.financialYear,
				                l.createdAt = datetime()
				MERGE (l)<-[:POSITION_OF]-(p:BudgetPosition {month: r.month})
				  ON CREATE SET p.id = r.positionId, p.createdAt = datetime()
				SET p.annualBudgetPence = coalesce(r.budget, p.annualBudgetPence),
				    p.actualToDatePence = coalesce(r.actual, p.actualToDatePence),
				    p.forecastPence = coalesce(r.forecast, p.forecastPence),
				    p.variancePence = coalesce(r.variance, p.variancePence)
				RETURN l.id AS id
				""";

	/**
	 * A fund's lines for a financial year, or those whose forecast overspend at {@code month} (the budget and
	 * forecast both stated) is at least {@code minForecastOverspend}.
	 */
	public List<BudgetLine> lines(String fundId, String financialYear, String month, BigDecimal minForecastOverspend) {
		YearMonth at = month(month);
		Where where = new Where().bind("fundId", fundId)
			.when((at != null) ? BudgetLine.Month.financialYear(at) : financialYear, "year", "n.financialYear = $year")
			.when(NodeMapper.pence(minForecastOverspend), "min", """
					EXISTS { MATCH (n)<-[:POSITION_OF]-(p:BudgetPosition {month: $month})
					         WHERE p.forecastPence - p.annualBudgetPence >= $min }""")
			.bind("month", (at != null) ? at.atDay(1) : null);
		return this.graph.list("MATCH (:PooledFund {id: $fundId})<-[:LINE_OF]-(n:BudgetLine)" + where.clause()
				+ "\nRETURN n\nORDER BY n.financialYear, n.name", where.params(), BudgetLine.class);
	}

	/** A month argument ("Month 6 2025/26", "September 2025"); null for none; a bad request for one not read. */
	static YearMonth month(String text) {
		return (text == null) ? null : BudgetLine.Month.find(text)
			.orElseThrow(() -> new BadRequestException("month must name a month and year, e.g. \"Month 6 2025/26\""));
	}

	Map<String, List<BudgetLine.Position>> positions(Collection<String> lineIds) {
		return this.graph.grouped("""
				MATCH (l:BudgetLine)<-[:POSITION_OF]-(n:BudgetPosition)
				WHERE l.id IN $ids
				RETURN l.id AS key, n
				ORDER BY n.month
				""", lineIds, id -> id, BudgetLine.Position.class);
	}

	Map<BudgetLine, PooledFund> funds(Collection<BudgetLine> lines) {
		return this.graph.single("""
				MATCH (l:BudgetLine)-[:LINE_OF]->(n:PooledFund) WHERE l.id IN $ids RETURN l.id AS key, n
				""", lines, BudgetLine::id, PooledFund.class);
	}

	Map<BudgetLine, List<SourceCitation>> sources(Collection<BudgetLine> lines) {
		return this.sources.citations(Label.BudgetLine, lines, BudgetLine::id);
	}

}
