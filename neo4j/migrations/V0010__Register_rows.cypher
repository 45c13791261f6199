// A register as published, row by row (its transcript), so it can be exported exactly as declared.
CREATE CONSTRAINT register_row_key IF NOT EXISTS FOR (n:RegisterRow) REQUIRE n.key IS UNIQUE;
CREATE INDEX register_row_import_id IF NOT EXISTS FOR (n:RegisterRow) ON (n.importId);
