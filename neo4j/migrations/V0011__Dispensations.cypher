// Dispensations: leave granted to a member to speak, vote or remain on matters where they have an interest.
CREATE CONSTRAINT dispensation_id IF NOT EXISTS FOR (n:Dispensation) REQUIRE n.id IS UNIQUE;
