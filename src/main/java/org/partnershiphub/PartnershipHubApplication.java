package org.partnershiphub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnershipHubApplication {

	public static void main(String[] args) {
		SpringApplication.run(PartnershipHubApplication.class, args);
	}

}
