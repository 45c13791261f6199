// Name search: one full-text index across the types people look for by name. searchText holds the name and
// every alias, so a former name or a variant spelling finds the record too.
CREATE FULLTEXT INDEX names IF NOT EXISTS
FOR (n:Organisation|Person|Board|Partnership|Section75Agreement)
ON EACH [n.searchText];
// Connection filters: "name contains" over the lower-cased searchText, ordering by name.
CREATE TEXT INDEX organisation_search_text IF NOT EXISTS FOR (n:Organisation) ON (n.searchText);
CREATE TEXT INDEX person_search_text IF NOT EXISTS FOR (n:Person) ON (n.searchText);
CREATE TEXT INDEX board_search_text IF NOT EXISTS FOR (n:Board) ON (n.searchText);
CREATE TEXT INDEX partnership_search_text IF NOT EXISTS FOR (n:Partnership) ON (n.searchText);
CREATE TEXT INDEX agreement_search_text IF NOT EXISTS FOR (n:Section75Agreement) ON (n.searchText);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX person_sort_name IF NOT EXISTS FOR (n:Person) ON (n.sortName);
CREATE INDEX board_name IF NOT EXISTS FOR (n:Board) ON (n.name);
CREATE INDEX partnership_name IF NOT EXISTS FOR (n:Partnership) ON (n.name);
CREATE INDEX interest_declared_on IF NOT EXISTS FOR (n:Interest) ON (n.declaredOn);
CREATE INDEX interest_type IF NOT EXISTS FOR (n:Interest) ON (n.type);
