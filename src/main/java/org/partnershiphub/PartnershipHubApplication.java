package org.partnershiphub;

import org.partnershiphub.imports.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnershipHubApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(ImportCommand.run(PartnershipHubApplication.class, args, System.out));
		}
		SpringApplication.run(PartnershipHubApplication.class, args);
	}

}
