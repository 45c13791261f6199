package org.partnershiphub.imports;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnershiphub.imports.ImportReport.Status;
import org.partnershiphub.imports.ImportService.Options;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Files larger than hub.imports.transaction-rows (here 5) are written in committed batches, to the same result. */
@IntegrationTest
@TestPropertySource(properties = "hub.imports.transaction-rows=5")
class BatchedImportTests extends GraphTestSupport {

	@Autowired
	ImportService imports;

	@Test
	void aLargeFileWrittenInBatchesGivesTheSameGraphAndLeavesNothingRunning() throws IOException {
		byte[] file = new ClassPathResource("imports/register-messy.csv").getContentAsByteArray();
		Options options = new Options("HWB register 2025", false, true, true, Map.of(), "officer");

		ImportReport report = this.imports.importRegister(file, "register-messy.csv", options);

		assertThat(report.status()).isEqualTo(Status.APPLIED);
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(14);
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(6);
		assertThat(count("MATCH (i:Interest {importId: $id}) RETURN count(i)", "id", report.id())).isEqualTo(14);
		assertThat(count("MATCH (r:ImportReport {status: 'APPLIED'}) RETURN count(r)")).isOne();
		assertThat(count("MATCH (c:ChangeRecord {operation: 'importRegister'}) RETURN count(c)")).isOne();

		ImportReport again = this.imports.importRegister(file, "register-messy.csv", options);
		assertThat(again.counts().recordsCreated()).isZero();
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(14);
	}

	@Test
	void anInterruptedImportIsRemovedAndItsReportSaysWhy() throws IOException {
		byte[] file = new ClassPathResource("imports/register-messy.csv").getContentAsByteArray();
		ImportReport report = this.imports.importRegister(file, "register-messy.csv",
				new Options(null, false, true, true, Map.of(), "officer"));
		// As a crash would leave it: records written, the report still RUNNING.
		cypher("MATCH (r:ImportReport {id: $id}) SET r.status = 'RUNNING'", "id", report.id());

		this.imports.afterSingletonsInstantiated();

		assertThat(count("MATCH (n) WHERE n:Interest OR n:Person OR n:Organisation OR n:NilReturn RETURN count(n)")).isZero();
		assertThat(this.imports.report(report.id()).orElseThrow().error())
			.isEqualTo("Interrupted: the app stopped while writing it; everything it had written was removed");
	}

}
