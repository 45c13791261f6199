// Officers' posts, delegations of authority, reserved matters; decisions looked up by date for authority gaps.
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT post_holder_id IF NOT EXISTS FOR (n:PostHolder) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT delegation_id IF NOT EXISTS FOR (n:Delegation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reservation_id IF NOT EXISTS FOR (n:Reservation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT nil_return_id IF NOT EXISTS FOR (n:NilReturn) REQUIRE n.id IS UNIQUE;
CREATE INDEX decision_decided_on IF NOT EXISTS FOR (n:Decision) ON (n.decidedOn);
CREATE INDEX delegation_valid_to IF NOT EXISTS FOR (n:Delegation) ON (n.validTo);
