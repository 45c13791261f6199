package org.partnershiphub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.test.context.TestPropertySource;

/**
 * A benchmark: left out of the default test run ({@code ./mvnw test -Pbenchmark} runs them), on the whole app as it
 * runs in production (virtual threads serve requests), sharing one application context with the other benchmarks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = "spring.threads.virtual.enabled=true")
public @interface Benchmark {

}
