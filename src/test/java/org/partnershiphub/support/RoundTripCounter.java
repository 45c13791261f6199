package org.partnershiphub.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Counts the queries the app sends to Neo4j, by wrapping the driver: every session, transaction and query runner
 * it hands out is wrapped in turn, and each {@code run} is one round trip.
 */
public final class RoundTripCounter {

	private static final AtomicInteger RUNS = new AtomicInteger();

	private RoundTripCounter() {
	}

	public static void reset() {
		RUNS.set(0);
	}

	public static int count() {
		return RUNS.get();
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
