// Imports: a file is one source document, found again by its content hash; reports are read newest first.
CREATE CONSTRAINT source_document_content_hash IF NOT EXISTS FOR (n:SourceDocument) REQUIRE n.contentHash IS UNIQUE;
CREATE CONSTRAINT import_report_id IF NOT EXISTS FOR (n:ImportReport) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_report_started_at IF NOT EXISTS FOR (n:ImportReport) ON (n.startedAt);
