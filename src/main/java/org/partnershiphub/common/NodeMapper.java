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

	private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

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
		RecordComponent[] components = type.getRecordComponents();
		Object[] args = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			args[i] = read(node, components[i]);
		}
		try {
			return type.cast(constructor(type).newInstance(args));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot map node to " + type.getSimpleName(), ex);
		}
	}

	private static Constructor<?> constructor(Class<?> type) {
		return CONSTRUCTORS.computeIfAbsent(type, t -> {
			Class<?>[] types = Arrays.stream(t.getRecordComponents()).map(RecordComponent::getType).toArray(Class[]::new);
			try {
				Constructor<?> constructor = t.getDeclaredConstructor(types);
				constructor.setAccessible(true);
				return constructor;
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object read(Value node, RecordComponent component) {
		Class<?> type = component.getType();
		if (type == BigDecimal.class) {
			Value pence = node.get(component.getName() + "Pence");
			return pence.isNull() ? null : BigDecimal.valueOf(pence.asLong(), 2);
		}
		Value value = node.get(component.getName());
		if (type == boolean.class) {
			return !value.isNull() && value.asBoolean();
		}
		if (type == List.class) {
			Class<?> element = elementType(component.getGenericType());
			return value.isNull() ? List.of() : value.asList(v -> convert(v, element));
		}
		return value.isNull() ? null : convert(value, type);
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
