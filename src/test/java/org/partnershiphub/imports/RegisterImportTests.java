package org.partnershiphub.imports;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnershiphub.imports.ImportService.Options;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@IntegrationTest
class RegisterImportTests extends GraphTestSupport {

	@Autowired
	ImportService imports;

	@Test
	void print() throws IOException {
		byte[] file = new ClassPathResource("imports/register-messy.csv").getContentAsByteArray();
		ImportReport report = this.imports.importRegister(file, "register-messy.csv",
				new Options("HWB register 2025", false, true, true, Map.of(), "officer"));
		System.out.println(report.status() + " " + report.error() + " " + report.counts());
		report.lines().forEach(l -> System.out.println(l.line() + " " + l.outcome() + " " + l.message()));
	}

}
