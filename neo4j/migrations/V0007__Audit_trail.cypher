// The audit trail: change records numbered without gaps, and each entity's entries found by its id.
CREATE CONSTRAINT change_record_seq IF NOT EXISTS FOR (n:ChangeRecord) REQUIRE n.seq IS UNIQUE;
CREATE INDEX audit_entry_entity_id IF NOT EXISTS FOR (n:AuditEntry) ON (n.entityId);
