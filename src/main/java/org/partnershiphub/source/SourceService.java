package org.partnershiphub.source;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.Validation;
import org.partnershiphub.source.SourceDocument.SourceDocumentKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provenance: records source documents and links facts to them. Other features call {@link #validate} while checking
 * an input and {@link #cite} inside their own write transaction.
 */
@Service
public class SourceService {

	private final Graph graph;

	SourceService(Graph graph) {
		this.graph = graph;
	}

	public record RecordSourceDocumentInput(String title, SourceDocumentKind kind, String publisher,
			LocalDate publishedOn, String url) {
	}

	public record RecordSourceDocumentPayload(SourceDocument sourceDocument, List<UserError> userErrors) {
	}

	/** A fact's citation as given in a mutation input. */
	public record SourceInput(String documentId, String locator, Boolean inferred) {

		public SourceInput(String documentId, String locator) {
			this(documentId, locator, false);
		}

	}

	@Transactional
	public RecordSourceDocumentPayload recordSourceDocument(RecordSourceDocumentInput input) {
		Validation v = new Validation().name("title", input.title())
			.required("kind", input.kind())
			.maxLength("publisher", input.publisher(), Validation.NAME_MAX)
			.maxLength("url", input.url(), 2000);
		if (v.hasErrors()) {
			return new RecordSourceDocumentPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				CREATE (d:SourceDocument {id: $id, title: $title, kind: $kind, publisher: $publisher,
				                          publishedOn: $publishedOn, url: $url, recordedAt: datetime()})
				""", Params.of("id", id, "title", input.title().strip(), "kind", input.kind().name(), "publisher",
				Validation.trimToNull(input.publisher()), "publishedOn", input.publishedOn(), "url",
				Validation.trimToNull(input.url())));
		return new RecordSourceDocumentPayload(find(id), List.of());
	}

	public SourceDocument find(String id) {
		return this.graph.byId(SourceDocument.class, id)
			.orElse(null);
	}

	/** Adds an error under {@code field} when a cited document does not exist or its locator is too long. */
	public void validate(Validation validation, String field, SourceInput source) {
		if (source != null) {
			validate(validation, field, source, this.graph.exists(Label.SourceDocument, source.documentId()));
		}
	}

	/** {@link #validate(Validation, String, SourceInput)} when the caller has looked the document up already. */
	public static void validate(Validation validation, String field, SourceInput source, boolean documentExists) {
		if (source == null) {
			return;
		}
		validation.maxLength(field + ".locator", source.locator(), Validation.NAME_MAX);
		validation.check(documentExists, field + ".documentId", UserError.Code.NOT_FOUND,
				"No source document with id " + source.documentId());
	}

	/** Links a fact to its source; call inside the transaction that wrote the fact. */
	public void cite(Label factLabel, String factId, SourceInput source) {
		if (source == null) {
			return;
		}
		this.graph.run("""
				MATCH (f:%s {id: $factId})
				MATCH (d:SourceDocument {id: $documentId})
				MERGE (f)-[r:SOURCED_FROM]->(d)
				SET r.locator = $locator, r.inferred = $inferred
				RETURN f.id
				""".formatted(factLabel.name()), Params.of("factId", factId, "documentId", source.documentId(), "locator",
				Validation.trimToNull(source.locator()), "inferred", Boolean.TRUE.equals(source.inferred())));
	}

	/** Citations of many facts of one label, in one query. */
	public <K> Map<K, List<SourceCitation>> citations(Label factLabel, Collection<K> facts,
			java.util.function.Function<K, String> idOf) {
		return this.graph.grouped("""
				MATCH (f:%s)-[r:SOURCED_FROM]->(d:SourceDocument)
				WHERE f.id IN $ids
				RETURN f.id AS key, {document: d {.*}, locator: r.locator, inferred: coalesce(r.inferred, false)} AS n
				ORDER BY d.publishedOn, d.title
				""".formatted(factLabel.name()), facts, idOf, SourceCitation.class);
	}

}
