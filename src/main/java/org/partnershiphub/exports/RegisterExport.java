package org.partnershiphub.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.common.DatePrecision;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.interest.InterestService;
import org.partnershiphub.security.Role;

import org.springframework.security.core.Authentication;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of interests of a board (its members as at a date) or an organisation (people sitting for it, or on
 * boards accountable to it), in the layout registers are published in: a person's name on their first row only.
 * Withheld interests show as "Details withheld" to callers who may not see them. Text cells that a spreadsheet would
 * run as a formula are prefixed with an apostrophe.
 */
@Service
public class RegisterExport {

	public static final List<String> HEADER = List.of("Forename", "Surname", "Date of Declaration", "Position / Role",
			"Nature of Business / Organisation", "Nature of Interest / Comments", "Type of interest");

	static final String WITHHELD = "Details withheld";

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy");

	/** What a spreadsheet would evaluate: =, +, -, @ or a tab/CR at the start (OWASP's list). */
	private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

	/**
	 * One entry of the register; a person with nothing declared has one entry with no interest. {@code declared} is
	 * the date as the register gave it ("14/03/2024", "March 2024", "2024"), which the importer reads back.
	 */
	public record Entry(String personId, String interestId, String forename, String surname, LocalDate declaredOn,
			DatePrecision declaredOnPrecision, String roles, String organisation, String nature, String type,
			boolean withheld) {

		public String declared() {
			return (this.declaredOn == null) ? null : DatePrecision.orDay(this.declaredOnPrecision).format(this.declaredOn, DAY);
		}

	}

	private final Graph graph;

	private final AuditTrail audit;

	RegisterExport(Graph graph, AuditTrail audit) {
		this.graph = graph;
		this.audit = audit;
	}

	/**
	 * The register of a board or an organisation as at a date, as the caller may read it (withheld details for
	 * officers, auditors and administrators only); an auditor's reading of withheld details goes into the audit trail.
	 * Empty when there is no such board or organisation.
	 */
	public Optional<List<Entry>> read(Label label, String id, LocalDate asOf, boolean undeclared,
			Authentication caller) {
		if (!this.graph.exists(label, id)) {
			return Optional.empty();
		}
		List<Entry> entries = entries((label == Label.Board) ? id : null, (label == Label.Board) ? null : id, asOf,
				Role.any(caller, Role.OFFICER, Role.AUDITOR, Role.ADMIN), undeclared);
		List<String> withheldShown = entries.stream().filter(Entry::withheld).map(Entry::interestId).toList();
		if (Role.any(caller, Role.AUDITOR) && !withheldShown.isEmpty()) {
			this.audit.recordReads(caller.getName(), withheldShown);
		}
		return Optional.of(entries);
	}

	/** A register document as published, and the withheld interests whose details it showed (for the audit trail). */
	public record Published(List<List<String>> rows, List<String> withheldShown) {
	}

	/**
	 * A register as its document published it: the header, then every row read from it in the order printed, each
	 * cell as declared ("n/a" and all), the withheld interests' details redacted for callers who may not see them.
	 * Empty when the document holds no register rows.
	 */
	@Transactional(readOnly = true)
	public Optional<Published> published(String documentId, boolean withheld) {
		List<org.neo4j.driver.Record> found = this.graph.query("""
				MATCH (d:SourceDocument {id: $documentId})
				WHERE d.columns IS NOT NULL
				RETURN d.columns AS header, coalesce(d.detailColumns, []) AS details,
				       COLLECT {
				         MATCH (x:RegisterRow)-[:IN_DOCUMENT]->(d)
				         RETURN {cells: x.cells, interestId: [(x)-[:RECORDS]->(i) | i.id][0],
				                 withheld: coalesce([(x)-[:RECORDS]->(i) | i.withheld][0], false)}
				         ORDER BY x.line
				       } AS rows
				""", Map.of("documentId", documentId), row -> row);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		org.neo4j.driver.Record document = found.get(0);
		List<Integer> details = document.get("details").asList(v -> v.asInt());
		List<List<String>> rows = new ArrayList<>();
		rows.add(document.get("header").asList(v -> v.asString()));
		List<String> shown = new ArrayList<>();
		for (var row : document.get("rows").asList(v -> v)) {
			List<String> cells = new ArrayList<>(row.get("cells").asList(v -> v.asString()));
			if (row.get("withheld").asBoolean()) {
				if (withheld) {
					shown.add(row.get("interestId").asString());
				}
				else {
					details.stream().filter(i -> i < cells.size()).forEach(i -> cells.set(i, WITHHELD));
				}
			}
			rows.add(cells);
		}
		return Optional.of(new Published(rows, shown));
	}

	/**
	 * Entries of the register, by surname, forename, then newest declaration first; one query. A person with nothing
	 * on the register is left out unless {@code undeclared}, and then says so, never as a nil return.
	 */
	@Transactional(readOnly = true)
	public List<Entry> entries(String boardId, String organisationId, LocalDate asOf, boolean withheld,
			boolean undeclared) {
		String seats = (boardId != null) ? """
				MATCH (:Board {id: $boardId})<-[:ON_BOARD]-(m:Membership)-[:HELD_BY]->(p:Person)
				WHERE m.from <= k.asOf AND (m.to IS NULL OR m.to >= k.asOf)
				RETURN p, m
				""" : """
				MATCH (:Organisation {id: $organisationId})<-[:ON_BEHALF_OF]-(m:Membership)-[:HELD_BY]->(p:Person)
				WHERE m.from <= k.asOf AND (m.to IS NULL OR m.to >= k.asOf)
				RETURN p, m
				UNION
				MATCH (:Organisation {id: $organisationId})<-[:ACCOUNTABLE_TO*1..3]-(:Board)<-[:ON_BOARD]-(m:Membership)
				      -[:HELD_BY]->(p:Person)
				WHERE m.from <= k.asOf AND (m.to IS NULL OR m.to >= k.asOf)
				RETURN p, m
				""";
		return this.graph.query("""
				WITH {asOf: $asOf} AS k
				CALL (k) {
				%s
				}
				WITH k, p, collect(DISTINCT m.role + ' - ' + [(m)-[:ON_BOARD]->(b) | b.name][0]) AS seats
				OPTIONAL CALL (k, p) {
				  MATCH (p)<-[:DECLARED_BY]-(i:Interest)
				  WHERE %s
				  OPTIONAL MATCH (i)-[:IN_ORGANISATION]->(o:Organisation)
				  RETURN i, o
				}
				WITH *
				WHERE i IS NOT NULL OR $undeclared
				RETURN p.id AS personId, i.id AS interestId, p.givenName AS forename, p.familyName AS surname, seats,
				       i.declaredOn AS declaredOn, i.declaredOnPrecision AS precision, i.roles AS roles,
				       o.name AS organisation,
				       coalesce(i.nature, CASE WHEN o IS NULL THEN i.subject END) AS nature,
				       i.typeAsDeclared AS typeAsDeclared, i.type AS type, coalesce(i.withheld, false) AS withheld
				ORDER BY p.sortName, p.id, coalesce(i.declaredOn, date('0001-01-01')) DESC, organisation, nature
				""".formatted(seats.indent(2), InterestService.VALID_AT.indent(2).strip()),
				Params.of("boardId", boardId, "organisationId", organisationId, "asOf", asOf, "undeclared", undeclared),
				row -> {
					boolean hidden = row.get("withheld").asBoolean() && !withheld;
					List<String> roles = row.get("roles").isNull() ? row.get("seats").asList(v -> v.asString())
							: row.get("roles").asList(v -> v.asString());
					return new Entry(row.get("personId").asString(), row.get("interestId").asString(null),
							row.get("forename").asString(null),
							row.get("surname").asString(), row.get("declaredOn").isNull() ? null
									: row.get("declaredOn").asLocalDate(),
							row.get("precision").isNull() ? null : DatePrecision.valueOf(row.get("precision").asString()),
							String.join("; ", roles), hidden ? null : row.get("organisation").asString(null),
							hidden ? WITHHELD : row.get("nature").asString(row.get("type").isNull()
									? "(nothing on the register)" : null),
							hidden ? WITHHELD : typeAsDeclared(row.get("typeAsDeclared").asString(null),
									row.get("type").asString(null)),
							row.get("withheld").asBoolean());
				});
	}

	/** Rows of the published layout: the header, then each entry with the name on the person's first row only. */
	public static List<List<String>> rows(List<Entry> entries) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		String previous = null;
		for (Entry e : entries) {
			boolean first = !e.personId().equals(previous);
			previous = e.personId();
			rows.add(List.of(first ? nz(e.forename()) : "", first ? e.surname() : "",
					(first && e.declaredOn() != null) ? e.declared() : "",
					first ? e.roles() : "", nz(e.organisation()), nz(e.nature()), nz(e.type())));
		}
		return rows;
	}

	/** CSV in UTF-8 with a byte order mark (so spreadsheets read accents right), every cell formula-safe. */
	public static byte[] csv(List<List<String>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				String cell = safe(row.get(i));
				boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
				out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
			}
			out.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** An XLSX workbook of text cells (never formulas), each formula-safe should it be saved as CSV again. */
	public static byte[] xlsx(List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Register of interests");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(safe(rows.get(r).get(c)));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The type as the register declared it; for an interest recorded without one, its type in words. */
	static String typeAsDeclared(String declared, String type) {
		if (declared != null || type == null) {
			return declared;
		}
		String words = type.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " interest";
	}

	static String safe(String cell) {
		return FORMULA.matcher(cell).matches() ? "'" + cell : cell;
	}

	private static String nz(String text) {
		return (text != null) ? text : "";
	}

	static Map<String, Object> json(Entry e) {
		return Params.of("personId", e.personId(), "forename", e.forename(), "surname", e.surname(), "declaredOn",
				e.declaredOn(), "declaredOnPrecision", DatePrecision.orDay(e.declaredOnPrecision()).name(), "position",
				e.roles(), "organisation", e.organisation(), "nature", e.nature(), "type",
				e.type(), "withheld", e.withheld());
	}

}
