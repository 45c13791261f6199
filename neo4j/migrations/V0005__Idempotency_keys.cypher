// declareInterest takes an idempotency key: of concurrent requests with one key, one interest is created.
CREATE CONSTRAINT interest_idempotency_key IF NOT EXISTS FOR (n:Interest) REQUIRE n.idempotencyKey IS UNIQUE;
