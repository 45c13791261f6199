package org.partnershiphub.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.partnershiphub.audit.AuditTrail.Change;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Around every write method of the services (a {@code @Transactional} method answering a payload with
 * {@code userErrors}), in the method's own transaction: reads the entities its input names, runs it, reads them and
 * the entities its payload returns again, bumps the version of each that changed, and appends a change record with
 * the values before and after (nothing when the payload has user errors or says it {@code replayed} an earlier
 * request). An input carrying {@code expectedVersion} is an optimistic edit: the entity is locked
 * and the edit refused with a {@link ConflictException} if someone else changed it since that version was read.
 */
class AuditInterceptor implements MethodInterceptor {

	private final ObjectProvider<AuditTrail> trail;

	private final ObjectProvider<Graph> graph;

	private final ObjectProvider<PlatformTransactionManager> transactions;

	AuditInterceptor(ObjectProvider<AuditTrail> trail, ObjectProvider<Graph> graph,
			ObjectProvider<PlatformTransactionManager> transactions) {
		this.trail = trail;
		this.graph = graph;
		this.transactions = transactions;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Method method = invocation.getMethod();
		Transactional tx = method.getAnnotation(Transactional.class);
		if ((tx != null && tx.readOnly()) || !isPayload(method.getReturnType())
				|| method.getDeclaringClass().getPackageName().startsWith(AuditTrail.class.getPackageName())) {
			return invocation.proceed();
		}
		TransactionTemplate template = new TransactionTemplate(this.transactions.getObject());
		Throwable[] failure = new Throwable[1];
		Object result = template.execute(status -> {
			try {
				return audited(invocation, method.getName());
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Throwable ex) {
				failure[0] = ex;
				status.setRollbackOnly();
				return null;
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
		return result;
	}

	private Object audited(MethodInvocation invocation, String operation) throws Throwable {
		AuditTrail trail = this.trail.getObject();
		Set<String> ids = new LinkedHashSet<>();
		Integer expectedVersion = null;
		String edited = null;
		for (Object argument : invocation.getArguments()) {
			ids(argument, ids, 0);
			if (argument != null && argument.getClass().isRecord()) {
				Object expected = component(argument, "expectedVersion");
				if (expected instanceof Integer version) {
					expectedVersion = version;
					edited = firstId(argument);
				}
			}
		}
		if (expectedVersion != null && edited != null) {
			lock(trail, edited);
		}
		// Read after the lock: a concurrent edit of the same record has committed by now, or waits for this one.
		Map<String, Change> before = trail.snapshot(ids);
		if (expectedVersion != null && before.containsKey(edited)) {
			checkVersion(before.get(edited), expectedVersion);
		}
		Object result = invocation.proceed();
		if (result == null || !(component(result, "userErrors") instanceof Collection<?> errors) || !errors.isEmpty()
				|| Boolean.TRUE.equals(component(result, "replayed"))) {
			// Refused, or a replay of a request already done: nothing changed.
			return result;
		}
		ids(result, ids, 0);
		Map<String, Change> after = trail.snapshot(ids);
		List<Change> changes = AuditTrail.changed(before, after);
		if (changes.isEmpty()) {
			// Only relationships changed (a link, a mark): record the operation against the entities it named.
			changes = new ArrayList<>(after.values().stream()
				.map(c -> new Change(c.entityId(), c.label(), c.after(), c.after()))
				.toList());
		}
		else {
			bumpVersions(changes);
		}
		trail.append(actor(), operation, changes);
		return result;
	}

	/** Takes the entity's write lock for the rest of the transaction: a concurrent edit waits here. */
	private void lock(AuditTrail trail, String id) {
		Change current = trail.snapshot(List.of(id)).get(id);
		if (current != null) {
			this.graph.getObject().run("MATCH (n:%s {id: $id}) SET n.locked = true REMOVE n.locked"
				.formatted(Label.valueOf(current.label()).name()), Map.of("id", id));
		}
	}

	private static void checkVersion(Change current, int expected) {
		Object version = current.after().get("version");
		int actual = (version instanceof Number n) ? n.intValue() : 0;
		if (actual != expected) {
			throw new ConflictException(current.label() + " " + current.entityId() + " was changed by someone else "
					+ "since you read it: it is now at version " + actual + ", your edit was made to version " + expected
					+ ". Read it again and reapply your change.");
		}
	}

	/** Every changed entity that still exists moves to its next version; the record shows the new number. */
	private void bumpVersions(List<Change> changes) {
		for (int i = 0; i < changes.size(); i++) {
			Change c = changes.get(i);
			if (c.after() == null) {
				continue;
			}
			this.graph.getObject().run("MATCH (n:%s {id: $id}) SET n.version = coalesce(n.version, 0) + 1"
				.formatted(Label.valueOf(c.label()).name()), Map.of("id", c.entityId()));
			Map<String, Object> after = new java.util.TreeMap<>(c.after());
			after.put("version", ((after.get("version") instanceof Number n) ? n.longValue() : 0) + 1);
			changes.set(i, new Change(c.entityId(), c.label(), c.before(), after));
		}
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	/** Ids an input or payload names: components called id or ending in Id or Ids, and the ids of records inside it. */
	private static void ids(Object value, Set<String> ids, int depth) {
		if (value == null || depth > 2 || !value.getClass().isRecord()) {
			return;
		}
		for (RecordComponent component : value.getClass().getRecordComponents()) {
			Object v = read(value, component);
			String name = component.getName();
			if (v instanceof String s && (name.equals("id") || name.endsWith("Id"))) {
				ids.add(s);
			}
			else if (v instanceof Collection<?> list && name.endsWith("Ids")) {
				list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(ids::add);
			}
			else if (v != null && v.getClass().isRecord()) {
				ids(v, ids, depth + 1);
			}
		}
	}

	private static String firstId(Object input) {
		for (RecordComponent component : input.getClass().getRecordComponents()) {
			if (component.getName().endsWith("Id") && read(input, component) instanceof String id) {
				return id;
			}
		}
		return null;
	}

	private static boolean isPayload(Class<?> type) {
		return type.isRecord() && java.util.Arrays.stream(type.getRecordComponents())
			.anyMatch(c -> c.getName().equals("userErrors"));
	}

	private static Object component(Object record, String name) {
		if (!record.getClass().isRecord()) {
			return null;
		}
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			if (component.getName().equals(name)) {
				return read(record, component);
			}
		}
		return null;
	}

	private static Object read(Object record, RecordComponent component) {
		try {
			Method accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
