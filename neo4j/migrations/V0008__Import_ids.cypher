// Records an import creates carry its id, so an import interrupted while writing in batches can be removed.
CREATE INDEX interest_import_id IF NOT EXISTS FOR (n:Interest) ON (n.importId);
CREATE INDEX person_import_id IF NOT EXISTS FOR (n:Person) ON (n.importId);
CREATE INDEX organisation_import_id IF NOT EXISTS FOR (n:Organisation) ON (n.importId);
CREATE INDEX nil_return_import_id IF NOT EXISTS FOR (n:NilReturn) ON (n.importId);
CREATE INDEX membership_import_id IF NOT EXISTS FOR (n:Membership) ON (n.importId);
CREATE INDEX source_document_import_id IF NOT EXISTS FOR (n:SourceDocument) ON (n.importId);
CREATE INDEX import_report_status IF NOT EXISTS FOR (n:ImportReport) ON (n.status);
