package org.partnershiphub.common;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import graphql.GraphQLContext;

/**
 * One relationship field, written once: the batch loader behind the field and {@link Prefetch}'s one-query fetch of
 * a nested selection both read it from here, so they cannot disagree. In {@code pattern}, {@code where} and
 * {@code orderBy}, {@code {s}} is the source node, {@code {n}} the target (other variables start with it, as
 * {@code {n}_p}) and {@code {asOf}} the date the field is read as at.
 *
 * @param type the GraphQL type the field is on (its record's simple name)
 * @param field the field's name
 * @param target the record the target node is read into (its simple name is its GraphQL type)
 * @param many a list field; otherwise at most one target
 * @param asOf the date from the field's {@code asOf} argument and the caller, or null for a field that takes none; may
 * throw, as the field's own fetcher would
 */
public record Hop(String type, String field, Class<? extends Record> target, boolean many, String pattern,
		String where, String orderBy, AsOf asOf) {

	private static final Pattern TARGET_PROPERTY = Pattern.compile("\\{n}\\.(\\w+)");

	/** The date a time-bound field is read as at, from its argument and the caller. */
	@FunctionalInterface
	public interface AsOf {

		LocalDate of(GraphQLContext context, LocalDate argument);

	}

	public static Hop many(String type, String field, Class<? extends Record> target, String pattern, String where,
			String orderBy, AsOf asOf) {
		return new Hop(type, field, target, true, pattern, where, orderBy, asOf);
	}

	public static Hop one(String type, String field, Class<? extends Record> target, String pattern) {
		return new Hop(type, field, target, false, pattern, null, null, null);
	}

	public Label sourceLabel() {
		return Label.valueOf(this.type);
	}

	/** {@code MATCH pattern [WHERE condition]} from source {@code s} to target {@code n}, as at {@code asOf}. */
	public String match(String s, String n, String asOf) {
		String match = "MATCH " + fill(this.pattern, s, n, n, asOf);
		return (this.where != null) ? match + " WHERE " + fill(this.where, s, n, n, asOf) : match;
	}

	/** The order of a list's targets, or null when it has none. */
	public String order(String s, String n) {
		return order(s, n, n);
	}

	/** {@code MATCH pattern}, without the condition: see {@link #condition}. */
	public String pattern(String s, String n) {
		return "MATCH " + fill(this.pattern, s, n, n, null);
	}

	/**
	 * The condition with the target's properties read from {@code m}, a map of them ({@link #targetProperties}) read
	 * once, where each reference to a node's property walks its stored properties again; null when there is none.
	 */
	public String condition(String s, String n, String m, String asOf) {
		return (this.where != null) ? fill(this.where, s, n, m, asOf) : null;
	}

	/** The order, with the target's properties read from map {@code m} (see {@link #condition}), or null. */
	public String order(String s, String n, String m) {
		return (this.orderBy != null) ? fill(this.orderBy, s, n, m, null) : null;
	}

	/** The target's properties the condition and the order read. */
	public Set<String> targetProperties() {
		Set<String> read = new LinkedHashSet<>();
		Stream.of(this.where, this.orderBy).filter(Objects::nonNull).forEach(template -> {
			Matcher property = TARGET_PROPERTY.matcher(template);
			while (property.find()) {
				read.add(property.group(1));
			}
		});
		return read;
	}

	/** Every key's targets in one query ({@code $keys}: maps of {@code id} and {@code asOf}) for the field's loader. */
	public String loaderQuery() {
		String order = order("s", "n");
		return "UNWIND $keys AS k\nMATCH (s:" + sourceLabel() + " {id: k.id})\n" + match("s", "n", "k.asOf")
				+ "\nRETURN k.id AS key, k.asOf AS asOf, n" + ((order != null) ? "\nORDER BY " + order : "");
	}

	/** Each source's targets ({@code $ids}: the sources' ids) for a field's batch mapping, when it takes no date. */
	public String batchQuery() {
		String order = order("s", "n");
		return "MATCH (s:" + sourceLabel() + ") WHERE s.id IN $ids\n" + match("s", "n", null) + "\nRETURN s.id AS key, n"
				+ ((order != null) ? "\nORDER BY " + order : "");
	}

	private static String fill(String template, String s, String n, String m, String asOf) {
		String filled = template.replace("{s}", s).replace("{n}.", m + ".").replace("{n}", n);
		return (asOf != null) ? filled.replace("{asOf}", asOf) : filled;
	}

}
