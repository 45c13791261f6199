// A person a register lists with nothing declared: recorded as listed, never as a nil return they did not make.
CREATE CONSTRAINT register_listing_id IF NOT EXISTS FOR (n:RegisterListing) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT register_listing_key IF NOT EXISTS FOR (n:RegisterListing) REQUIRE n.key IS UNIQUE;
CREATE INDEX register_listing_import_id IF NOT EXISTS FOR (n:RegisterListing) ON (n.importId);
