package org.partnershiphub.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Value;

/**
 * Reads a node (or map) into a read-model record by component name. The hub's records mirror node properties
 * one to one, so this replaces per-type mapping code; money is stored as whole pence in {@code <name>Pence}.
 */
public final class NodeMapper {

	/** Each record's components and constructor, found once: reflection per node cost more than the mapping. */
	private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

	private NodeMapper() {
	}

	/** Money as stored: whole pence in {@code <name>Pence} (amounts are checked for whole pence before they come here). */
	public static Long pence(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, java.math.RoundingMode.HALF_UP).movePointRight(2).longValueExact()
				: null;
	}

	public static <R extends Record> R map(Value node, Class<R> type) {
		if (node == null || node.isNull()) {
			return null;
		}
		Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
		Object[] args = new Object[shape.components().length];
		for (int i = 0; i < args.length; i++) {
			args[i] = shape.components()[i].read(node);
		}
		try {
			return type.cast(shape.constructor().newInstance(args));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot map node to " + type.getSimpleName(), ex);
		}
	}

	/** A record's canonical constructor and its components in order. */
	private record Shape(Constructor<?> constructor, Component[] components) {

		static Shape of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
			try {
				Constructor<?> constructor = type.getDeclaredConstructor(types);
				constructor.setAccessible(true);
				return new Shape(constructor, Arrays.stream(components).map(Component::of).toArray(Component[]::new));
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** One component: the property it reads, its type and, for a list, its elements' type. */
	private record Component(String property, Class<?> type, Class<?> element) {

		static Component of(RecordComponent component) {
			Class<?> type = component.getType();
			return new Component(component.getName() + ((type == BigDecimal.class) ? "Pence" : ""), type,
					(type == List.class) ? elementType(component.getGenericType()) : null);
		}

		Object read(Value node) {
			Value value = node.get(this.property);
			if (this.type == BigDecimal.class) {
				return value.isNull() ? null : BigDecimal.valueOf(value.asLong(), 2);
			}
			if (this.type == boolean.class) {
				return !value.isNull() && value.asBoolean();
			}
			if (this.type == List.class) {
				return value.isNull() ? List.of() : value.asList(v -> convert(v, this.element));
			}
			return value.isNull() ? null : convert(value, this.type);
		}

	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object convert(Value value, Class<?> type) {
		if (type == String.class) {
			return value.asString();
		}
		if (type == LocalDate.class) {
			return value.asLocalDate();
		}
		if (type == Boolean.class) {
			return value.asBoolean();
		}
		if (type == Integer.class || type == int.class) {
			return value.asInt();
		}
		if (type == Long.class || type == long.class) {
			return value.asLong();
		}
		if (type.isRecord()) {
			return map(value, (Class<? extends Record>) type);
		}
		if (type.isEnum()) {
			return Enum.valueOf((Class<Enum>) type, value.asString());
		}
		throw new IllegalArgumentException("Unsupported record component type " + type);
	}

	private static Class<?> elementType(Type generic) {
		if (generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return String.class;
	}

}
