// Agreements of every kind (Section 75, partnership agreements, memoranda of understanding, alliance and risk-share
// agreements) share one label; those recorded before were all Section 75 agreements.
DROP CONSTRAINT agreement_id IF EXISTS;
DROP CONSTRAINT agreement_reference IF EXISTS;
DROP INDEX agreement_search_text IF EXISTS;
DROP INDEX names IF EXISTS;
MATCH (a:Section75Agreement) SET a:Agreement, a.kind = coalesce(a.kind, 'SECTION_75') REMOVE a:Section75Agreement;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_reference IF NOT EXISTS FOR (n:Agreement) REQUIRE n.reference IS UNIQUE;
CREATE TEXT INDEX agreement_search_text IF NOT EXISTS FOR (n:Agreement) ON (n.searchText);
CREATE FULLTEXT INDEX names IF NOT EXISTS
FOR (n:Organisation|Person|Board|Partnership|Agreement)
ON EACH [n.searchText];
// Papers, risks, budgets, duties, terms of reference and reporting lines.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT risk_id IF NOT EXISTS FOR (n:Risk) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT risk_score_id IF NOT EXISTS FOR (n:RiskScore) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT budget_line_id IF NOT EXISTS FOR (n:BudgetLine) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT budget_position_id IF NOT EXISTS FOR (n:BudgetPosition) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT duty_id IF NOT EXISTS FOR (n:Duty) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT terms_of_reference_id IF NOT EXISTS FOR (n:TermsOfReference) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reporting_line_id IF NOT EXISTS FOR (n:ReportingLine) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partnership_role_id IF NOT EXISTS FOR (n:PartnershipRole) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stated_count_id IF NOT EXISTS FOR (n:StatedCount) REQUIRE n.id IS UNIQUE;
CREATE INDEX risk_reference IF NOT EXISTS FOR (n:Risk) ON (n.reference);
CREATE INDEX budget_line_name IF NOT EXISTS FOR (n:BudgetLine) ON (n.name);
CREATE CONSTRAINT agreement_approval_id IF NOT EXISTS FOR (n:AgreementApproval) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fund_cap_id IF NOT EXISTS FOR (n:FundCap) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contributor_id IF NOT EXISTS FOR (n:Contributor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT duty_deadline_id IF NOT EXISTS FOR (n:DutyDeadline) REQUIRE n.id IS UNIQUE;
