package org.partnershiphub.risk;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.imports.ImportReport;
import org.partnershiphub.imports.ImportReport.Outcome;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.imports.ImportService;
import org.partnershiphub.imports.ImportService.Options;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board's risk register as officers keep it: a spreadsheet, one quarter after another, with owners by name or post,
 * scores printed "4x4" or "16", and an escalation threshold. "Which risks scored 15 or more last quarter, and who owns
 * them?"
 */
@IntegrationTest
class RiskRegisterTests extends GraphTestSupport {

	/** Long layout: a Quarter column, one row per risk and quarter. */
	private static final String LONG = """
			Kestrel ICB Finance and Performance Committee - Risk Register
			Risk ID,Risk title,Risk owner,Quarter,Inherent likelihood,Inherent impact,Inherent score,Current score,Target score,Escalation threshold,Escalated to
			FP1,Failure to deliver the financial plan,Helen Marsh,2025/26 Q1,5,4,20,4x4,8,15,Kestrel ICB Board
			FP1,Failure to deliver the financial plan,Helen Marsh,2025/26 Q2,5,4,20,3 x 5 = 15,8,15,Kestrel ICB Board
			FP2,Continuing healthcare costs exceed the budget,Chief Finance Officer,Q2 25/26,4,4,16,12,6,15,
			FP3,Elective recovery slips,Dr Priya Raman,Q2 2025-26,4,5,20,16,9,15,Audit Committee
			""";

	/** Wide layout: a residual score column per quarter. */
	private static final String WIDE = """
			Ref,Risk,Owner,Residual Q1 2025/26,Residual Q2 2025/26,Residual Q3 2025/26
			FP1,Failure to deliver the financial plan,Helen Marsh,16,15,
			FP4,Workforce gaps in community nursing,Director of Nursing,9,12,16
			""";

	@Autowired
	ImportService imports;

	private Fixtures fixtures;

	private String committee;

	private String marsh;

	@BeforeEach
	void aCommitteeAndItsFinanceDirector() {
		this.fixtures = new Fixtures(this.graphQl);
		String icb = this.fixtures.organisation("Kestrel ICB", "INTEGRATED_CARE_BOARD");
		String board = this.fixtures.board("Kestrel ICB Board", "ICB_BOARD", icb);
		this.committee = this.fixtures.board("Finance and Performance Committee", "ICB_COMMITTEE", board);
		this.marsh = this.fixtures.person("Helen", "Marsh");
	}

	@Test
	void whichRisksScoredFifteenOrMoreLastQuarterAndWhoOwnsThem() {
		ImportReport report = importRisks(LONG, null, false);
		assertThat(report.status()).isEqualTo(Status.APPLIED);
		assertThat(report.lines()).extracting(ImportReport.ReportLine::outcome).doesNotContain(Outcome.FAILED);
		assertThat(report.counts().recordsCreated()).isEqualTo(3);
		this.graphQl.document("""
				query($board: ID!) { risks(filter: {boardId: $board, quarter: "2025/26 Q2", minResidualScore: 15}) {
				  totalCount edges { node { reference ownerName owner { id } escalatedTo { name } aboveThreshold
				    score(quarter: "Q2 2025/26") { residualScore residualLikelihood residualImpact inherentScore } } } } }""")
			.variable("board", this.committee)
			.execute()
			.path("risks.totalCount").entity(Integer.class).isEqualTo(2)
			.path("risks.edges[*].node.reference").entityList(String.class).containsExactly("FP1", "FP3")
			.path("risks.edges[0].node.owner.id").entity(String.class).isEqualTo(this.marsh)
			.path("risks.edges[0].node.escalatedTo.name").entity(String.class).isEqualTo("Kestrel ICB Board")
			.path("risks.edges[0].node.aboveThreshold").entity(Boolean.class).isEqualTo(true)
			.path("risks.edges[0].node.score.residualScore").entity(Integer.class).isEqualTo(15)
			.path("risks.edges[0].node.score.residualLikelihood").entity(Integer.class).isEqualTo(3)
			.path("risks.edges[0].node.score.inherentScore").entity(Integer.class).isEqualTo(20)
			// "Dr Priya Raman" is not a person the hub knows: the owner stays as written, not guessed.
			.path("risks.edges[1].node.owner").valueIsNull()
			.path("risks.edges[1].node.ownerName").entity(String.class).isEqualTo("Dr Priya Raman");
		// Q1's 16 for FP1 does not count for Q2; with no quarter, each risk's latest score counts.
		this.graphQl.document("query($board: ID!) { risks(filter: {boardId: $board, minResidualScore: 16}) { edges { "
				+ "node { reference } } } }")
			.variable("board", this.committee).execute()
			.path("risks.edges[*].node.reference").entityList(String.class).containsExactly("FP3");
	}

	@Test
	void theSameRegisterTwiceChangesNothingAndNextQuartersAddsItsScores() {
		importRisks(LONG, null, false);
		ImportReport again = importRisks(LONG, null, false);
		assertThat(again.counts().recordsCreated()).isZero();
		assertThat(count("MATCH (r:Risk) RETURN count(r)")).isEqualTo(3);
		assertThat(count("MATCH (s:RiskScore) RETURN count(s)")).isEqualTo(4);
		ImportReport wide = importRisks(WIDE, null, false);
		assertThat(wide.counts().recordsCreated()).isEqualTo(1);
		assertThat(count("MATCH (r:Risk) RETURN count(r)")).isEqualTo(4);
		// FP1: Q1 and Q2 again (same values from the wide file), nothing for the blank Q3; FP4: three quarters.
		assertThat(count("MATCH (s:RiskScore) RETURN count(s)")).isEqualTo(7);
		assertThat(count("MATCH (:Risk {reference: 'FP1'})<-[:SCORE_OF]-(s:RiskScore {quarter: '2025/26 Q1'}) "
				+ "RETURN s.residualScore")).isEqualTo(16);
	}

	/** An owner written with their post after a comma is the person of that name; the owner is kept as written. */
	@Test
	void anOwnerWrittenWithTheirPostIsThePersonOfThatName() {
		ImportReport report = importRisks("""
				Ref,Risk,Owner,Residual Q1 2025/26
				FP1,Failure to deliver the financial plan,"Helen Marsh, Chief Finance Officer",16
				FP2,Continuing healthcare costs,"Marsh, Helen",12
				""", null, false);
		assertThat(report.status()).isEqualTo(Status.APPLIED);
		this.graphQl.document("query($board: ID!) { risks(filter: {boardId: $board}) { edges { node { reference "
				+ "ownerName owner { id } } } } }")
			.variable("board", this.committee)
			.execute()
			.path("risks.edges[*].node.owner.id").entityList(String.class).containsExactly(this.marsh, this.marsh)
			.path("risks.edges[0].node.ownerName").entity(String.class).isEqualTo("Helen Marsh, Chief Finance Officer");
	}

	@Test
	void aScoreThatIsNotAScoreOrContradictsItsPartsFailsItsRowNamingTheColumn() {
		String bad = """
				Risk ID,Risk title,Risk owner,Quarter,Inherent likelihood,Inherent impact,Inherent score,Current score
				FP1,Failure to deliver the financial plan,Helen Marsh,2025/26 Q1,5,4,12,16
				FP2,Continuing healthcare costs,CFO,2025/26 Q1,4,4,16,High
				FP3,Elective recovery slips,CFO,Q1,4,5,20,16
				""";
		ImportReport report = importRisks(bad, null, false);
		assertThat(report.status()).isEqualTo(Status.REJECTED);
		assertThat(report.lines()).filteredOn(l -> l.outcome() == Outcome.FAILED)
			.extracting(ImportReport.ReportLine::message)
			.containsExactly("Inherent score: score 12 is not likelihood 5 x impact 4 (20)",
					"Current score: \"High\" is not a score (a number from 1 to 25, or likelihood x impact)",
					"Quarter \"Q1\" is not a financial year quarter (e.g. \"2025/26 Q2\" or \"Q2 25/26\")");
		assertThat(count("MATCH (n) WHERE n:Risk OR n:RiskScore RETURN count(n)")).isZero();
	}

	@Test
	void aQuarterColumnWithNoYearIsRefusedRatherThanGuessed() {
		ImportReport report = importRisks("Ref,Risk,Owner,Q1,Q2\nFP1,Financial plan,CFO,16,15\n", null, false);
		assertThat(report.status()).isEqualTo(Status.REJECTED);
		assertThat(report.error()).contains("column \"Q1\" names a quarter with no year");
	}

	@Test
	void risksAndScoresByMutationCheckTheirParts() {
		String risk = this.fixtures.write("recordRisk", Map.of("boardId", this.committee, "reference", "FP9", "title",
				"Cyber attack on shared systems", "ownerId", this.marsh, "escalationThreshold", 12), "risk");
		this.graphQl.document("mutation($input: ScoreRiskInput!) { scoreRisk(input: $input) { userErrors { field "
				+ "message } } }")
			.variable("input", Map.of("riskId", risk, "quarter", "Q3", "residualLikelihood", 3, "residualImpact", 4,
					"residualScore", 16))
			.execute()
			.path("scoreRisk.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("quarter", "residualScore");
		this.graphQl.document("mutation($input: ScoreRiskInput!) { scoreRisk(input: $input) { riskScore { quarter "
				+ "residualScore } userErrors { field } } }")
			.variable("input", Map.of("riskId", risk, "quarter", "Q3 FY25/26", "residualLikelihood", 3,
					"residualImpact", 4))
			.execute()
			.path("scoreRisk.userErrors").entityList(Object.class).hasSize(0)
			.path("scoreRisk.riskScore.quarter").entity(String.class).isEqualTo("2025/26 Q3");
		this.graphQl.document("{ risk(id: \"" + risk + "\") { ownerName aboveThreshold score { quarter residualScore } } }")
			.execute()
			.path("risk.ownerName").entity(String.class).isEqualTo("Helen Marsh")
			.path("risk.aboveThreshold").entity(Boolean.class).isEqualTo(true)
			.path("risk.score.residualScore").entity(Integer.class).isEqualTo(12);
	}

	/**
	 * A register as a board pack prints it: titles above the table (one naming the quarter in words), a paragraph
	 * in a cell over two lines, scores as "5 x 4 = 20" and "12 (3x4)", an owner's name misspelt, a rating in words.
	 */
	@Test
	void aRegisterAsABoardPackPrintsIt() {
		String pack = """
				Finance and Performance Committee
				Risk Register as at Quarter 3 2025/26
				,,,,,
				Ref,Risk Description,Risk Owner,Current Score (LxI),Target,Escalation threshold
				FP1,Failure to deliver the financial plan,Helen Marsh,5 x 4 = 20,8,15
				FP4,"Workforce: community nursing vacancies mean visits are missed, and
				patients are readmitted",Director of Nursing,4x4,9,15
				FP5,Cyber attack on the shared care record,H. Mash,12 (3x4),6,15
				FP6,Capital slippage,Head of Estates,High,,15
				FP7,Helen Marsh,"Contract values for 2026/27 not agreed with the acute trusts by 12 March",16,8,15
				""";
		ImportReport report = this.imports.importRisks(pack.getBytes(StandardCharsets.UTF_8), "pack.csv", this.committee,
				null, new Options("F&P pack", false, true, true, Map.of(), "officer"));
		assertThat(report.status()).isEqualTo(Status.APPLIED);
		assertThat(report.lines()).extracting(ImportReport.ReportLine::message)
			.anySatisfy(m -> assertThat(m).startsWith("FP5 added; scores for 2025/26 Q3; owner \"H. Mash\" is not a "
					+ "person the hub knows: kept as written (possibly Helen Marsh: not linked)"))
			.anySatisfy(m -> assertThat(m).contains("\"High\" is not a score"))
			.anySatisfy(m -> assertThat(m).isEqualTo("Risk Owner: \"Contract values for 2026/27 not agreed with the "
					+ "acute tru...\" cannot be a person's name or a post; check this row's columns"));
		assertThat(count("MATCH (:Risk)<-[:SCORE_OF]-(s:RiskScore {quarter: '2025/26 Q3'}) RETURN count(s)")).isEqualTo(3);
		assertThat(count("MATCH (r:Risk {reference: 'FP4'}) WHERE r.title CONTAINS 'readmitted' RETURN count(r)"))
			.isEqualTo(1);
		assertThat(count("MATCH (r:Risk {reference: 'FP5'}) WHERE NOT EXISTS { (r)-[:OWNED_BY]->() } RETURN count(r)"))
			.isEqualTo(1);
	}

	/** The same register as an Excel workbook: numbers in number cells, a title row above the header. */
	@Test
	void anExcelRegisterReadsAsItsCsv() throws java.io.IOException {
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			var sheet = workbook.createSheet("Risk register");
			sheet.createRow(0).createCell(0).setCellValue("Finance and Performance Committee risk register, Q2 2025/26");
			String[] header = { "Risk ID", "Risk title", "Risk owner", "Residual likelihood", "Residual impact",
					"Escalation threshold" };
			var headerRow = sheet.createRow(2);
			for (int i = 0; i < header.length; i++) {
				headerRow.createCell(i).setCellValue(header[i]);
			}
			var row = sheet.createRow(3);
			row.createCell(0).setCellValue("FP1");
			row.createCell(1).setCellValue("Failure to deliver the financial plan");
			row.createCell(2).setCellValue("Helen Marsh");
			row.createCell(3).setCellValue(3);
			row.createCell(4).setCellValue(5);
			row.createCell(5).setCellValue(15);
			var out = new java.io.ByteArrayOutputStream();
			workbook.write(out);
			// The quarter is the title's.
			ImportReport report = this.imports.importRisks(out.toByteArray(), "risks.xlsx", this.committee,
					null, new Options("F&P risk register", false, false, true, Map.of(), "officer"));
			assertThat(report.status()).isEqualTo(Status.APPLIED);
		}
		assertThat(count("MATCH (:Risk {reference: 'FP1', escalationThreshold: 15})<-[:SCORE_OF]-(s:RiskScore "
				+ "{quarter: '2025/26 Q2'}) RETURN s.residualScore")).isEqualTo(15);
	}

	private ImportReport importRisks(String csv, String quarter, boolean dryRun) {
		return this.imports.importRisks(csv.getBytes(StandardCharsets.UTF_8), "risks.csv", this.committee, quarter,
				new Options("F&P risk register", dryRun, false, true, Map.of(), "officer"));
	}

}
