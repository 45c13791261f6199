// Dispensations: leave granted to a member to speak, vote or remain on matters where they have an interest.
CREATE CONSTRAINT dispensation_id IF NOT EXISTS FOR (n:Dispensation) REQUIRE n.id IS UNIQUE;
// People's relationships (spouse, partner, family, business partner, associate): their interests reach a member.
CREATE CONSTRAINT person_relationship_id IF NOT EXISTS FOR (n:PersonRelationship) REQUIRE n.id IS UNIQUE;
