package org.partnershiphub.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Counts the queries the app sends to Neo4j, by wrapping the driver: every session, transaction and query runner
 * it hands out is wrapped in turn, and each {@code run} is one round trip. While {@link #record} runs an operation,
 * the queries themselves are kept too, so a benchmark can send exactly the same Cypher straight through the driver.
 */
public final class RoundTripCounter {

	private static final AtomicInteger RUNS = new AtomicInteger();

	private static volatile List<Query> recording;

	private RoundTripCounter() {
	}

	public static void reset() {
		RUNS.set(0);
	}

	public static int count() {
		return RUNS.get();
	}

	/** The queries (text and parameters) that {@code operation} sent, in order; run it alone. */
	public static synchronized List<Query> record(Runnable operation) {
		List<Query> queries = Collections.synchronizedList(new ArrayList<>());
		recording = queries;
		try {
			operation.run();
		}
		finally {
			recording = null;
		}
		return List.copyOf(queries);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static BeanPostProcessor countingDriver() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof Driver) ? wrap(bean) : bean;
				}
			};
		}

	}

	/** The query a {@code run(String)}, {@code run(String, Map)}, {@code run(String, Value)} or {@code run(Query)} sends. */
	@SuppressWarnings("unchecked")
	private static Query query(Object[] args) {
		if (args[0] instanceof Query query) {
			return query;
		}
		Object parameters = (args.length > 1) ? args[1] : null;
		return switch (parameters) {
			case null -> new Query((String) args[0]);
			case Map<?, ?> map -> new Query((String) args[0], (Map<String, Object>) map);
			case Value value -> new Query((String) args[0], value);
			default -> throw new IllegalArgumentException("cannot record a run with " + parameters.getClass());
		};
	}

	static Object wrap(Object target) {
		Class<?>[] interfaces = Arrays.stream(ClassUtils.getAllInterfaces(target))
			.filter(i -> i.getName().startsWith("org.neo4j.driver") && java.lang.reflect.Modifier.isPublic(i.getModifiers()))
			.toArray(Class[]::new);
		InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
		return Proxy.newProxyInstance(RoundTripCounter.class.getClassLoader(), interfaces, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("run")) {
			RUNS.incrementAndGet();
			List<Query> queries = recording;
			if (queries != null) {
				queries.add(query(args));
			}
		}
		try {
			Object result = method.invoke(target, args);
			boolean driverType = result != null && !(result instanceof org.neo4j.driver.Result)
					&& method.getReturnType().isInterface()
					&& method.getReturnType().getName().startsWith("org.neo4j.driver");
			return driverType ? wrap(result) : result;
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
