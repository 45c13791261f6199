package org.partnershiphub.common;

import java.time.LocalDate;
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
		String match = "MATCH " + fill(this.pattern, s, n, asOf);
		return (this.where != null) ? match + " WHERE " + fill(this.where, s, n, asOf) : match;
	}

	/** The order of a list's targets, or null when it has none. */
	public String order(String s, String n) {
		return (this.orderBy != null) ? fill(this.orderBy, s, n, null) : null;
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

	private static String fill(String template, String s, String n, String asOf) {
		String filled = template.replace("{s}", s).replace("{n}", n);
		return (asOf != null) ? filled.replace("{asOf}", asOf) : filled;
	}

}
