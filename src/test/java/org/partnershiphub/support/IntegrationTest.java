package org.partnershiphub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app over HTTP, on the shared test Neo4j, with no demo data: each test builds the graph it needs.
 * Extend {@link GraphTestSupport} for the connection properties and the clean-up between tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hub.demo-data.enabled=false", "spring.threads.virtual.enabled=false",
			"hub.rate-limit.enabled=false", "hub.audit.dir=" + GraphTestSupport.AUDIT_DIR,
			"hub.audit.checkpoint-every=0s" })
@AutoConfigureHttpGraphQlTester
@Import(RoundTripCounter.Configuration.class)
public @interface IntegrationTest {

}
