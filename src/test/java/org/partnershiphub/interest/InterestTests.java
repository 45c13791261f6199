package org.partnershiphub.interest;

import java.util.Map;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InterestTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String tomas;

	private String harbourCare;

	@BeforeEach
	void aPersonAndACompany() {
		this.fixtures = new Fixtures(this.graphQl);
		this.tomas = this.fixtures.person("Tomas", "Brennan");
		this.harbourCare = this.fixtures.organisation("Harbour Care Ltd", "COMPANY");
	}

	@Test
	void normalisesTheTypeAsDeclaredAndKeepsTheOriginalTextAndSource() {
		String register = this.fixtures.source("HWB register 2025");
		this.graphQl.documentName("declareInterest")
			.variable("input", map("personId", this.tomas, "organisationId", this.harbourCare, "nature",
					"Director; Shareholder", "typeAsDeclared", "Pecuniary Interest", "declaredOn", "2024-11-02",
					"source", map("documentId", register, "locator", "p. 3")))
			.execute()
			.path("declareInterest.interest.type").entity(String.class).isEqualTo("DISCLOSABLE_PECUNIARY")
			.path("declareInterest.interest.typeAsDeclared").entity(String.class).isEqualTo("Pecuniary Interest")
			.path("declareInterest.interest.organisation.name").entity(String.class).isEqualTo("Harbour Care Ltd")
			.path("declareInterest.interest.sources[0].locator").entity(String.class).isEqualTo("p. 3");
	}

	@Test
	void anInterestCanBeInNoOrganisationAtAll() {
		this.graphQl.documentName("declareInterest")
			.variable("input", map("personId", this.tomas, "subject", "Land interests - 12 Mill Lane", "type",
					"DISCLOSABLE_PECUNIARY", "declaredOn", "2024-11-02"))
			.execute()
			.path("declareInterest.interest.subject").entity(String.class).isEqualTo("Land interests - 12 Mill Lane")
			.path("declareInterest.interest.organisation").valueIsNull();
	}

	@Test
	void aDeclarationKnownOnlyToItsMonthOrFinancialYearIsHeldSoAndADayInsideItIsRefused() {
		this.graphQl.documentName("declareInterest")
			.variable("input", map("personId", this.tomas, "subject", "Land interests - 12 Mill Lane", "type",
					"DISCLOSABLE_PECUNIARY", "declaredOn", "2024-04-01", "declaredOnPrecision", "FINANCIAL_YEAR"))
			.execute()
			.path("declareInterest.userErrors").entityList(Object.class).hasSize(0);
		this.graphQl.document("{ person(id: \"" + this.tomas + "\") { interests { declaredOn declaredOnPrecision } } }")
			.execute()
			.path("person.interests[0].declaredOnPrecision").entity(String.class).isEqualTo("FINANCIAL_YEAR");
		this.graphQl.documentName("declareInterest")
			.variable("input", map("personId", this.tomas, "subject", "Shares in Harbour Care Ltd", "type",
					"DISCLOSABLE_PECUNIARY", "declaredOn", "2024-04-15", "declaredOnPrecision", "MONTH"))
			.execute()
			.path("declareInterest.interest").valueIsNull()
			.path("declareInterest.userErrors[0].field[1]").entity(String.class).isEqualTo("declaredOn")
			.path("declareInterest.userErrors[0].message").entity(String.class)
			.isEqualTo("A date known only to the month is given as its first day");
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isOne();
	}

	@Test
	void explainsWhatIsMissingOrUnreadable() {
		this.graphQl.documentName("declareInterest")
			.variable("input", map("personId", this.tomas, "typeAsDeclared", "Hospitality", "validFrom", "2025-01-01",
					"validTo", "2024-01-01", "nature", "x".repeat(4001)))
			.execute()
			.path("declareInterest.interest").valueIsNull()
			.path("declareInterest.userErrors[*].field[1]").entityList(String.class)
			.containsExactly("nature", "validTo", "subject", "typeAsDeclared");
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isZero();
	}

	@Test
	void refusesTheSameInterestTwiceForOverlappingDates() {
		declare("Director", "2024-01-01", null);
		this.graphQl.documentName("declareInterest")
			.variable("input", map("personId", this.tomas, "organisationId", this.harbourCare, "nature", "Director",
					"type", "FINANCIAL", "declaredOn", "2025-06-01"))
			.execute()
			.path("declareInterest.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(1);
	}

	@Test
	void answersTheRegisterAsAtADate() {
		declare("Director", "2022-01-01", null);
		String ended = declare("Trustee", "2021-03-14", null);
		this.graphQl.documentName("endInterest")
			.variable("input", map("interestId", ended, "validTo", "2023-12-31"))
			.execute()
			.path("endInterest.interest.validTo").entity(String.class).isEqualTo("2023-12-31");
		this.graphQl.documentName("declareInterest")
			.variable("input", map("personId", this.tomas, "organisationId", this.harbourCare, "nature",
					"Chair from next year", "type", "FINANCIAL", "declaredOn", "2025-11-20", "validFrom", "2026-01-01"))
			.execute();
		natures("2023-12-31").containsExactly("Director", "Trustee");
		natures("2024-01-01").containsExactly("Director");
		natures("2026-01-01").containsExactly("Chair from next year", "Director");
		this.graphQl.documentName("organisationInterests").variable("id", this.harbourCare).variable("asOf", "2021-06-01")
			.execute()
			.path("organisation.interests[*].nature").entityList(String.class).containsExactly("Trustee");
	}

	@Test
	void tenConcurrentDeclarationsWithOneIdempotencyKeyRecordOneInterest() throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.List<java.util.concurrent.Future<String>> calls = new java.util.ArrayList<>();
		for (int i = 0; i < 10; i++) {
			calls.add(pool.submit(() -> {
				start.await();
				return this.graphQl.documentName("declareInterest")
					.variable("input", map("personId", this.tomas, "organisationId", this.harbourCare, "nature",
							"Director", "type", "FINANCIAL", "declaredOn", "2025-01-01", "idempotencyKey",
							"register-2025-row-7"))
					.execute()
					.path("declareInterest.userErrors").entityList(Object.class).hasSize(0)
					.path("declareInterest.interest.id").entity(String.class).get();
			}));
		}
		start.countDown();
		java.util.Set<String> ids = new java.util.HashSet<>();
		for (java.util.concurrent.Future<String> call : calls) {
			ids.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(ids).hasSize(1);
		assertThat(count("MATCH (i:Interest)-[:DECLARED_BY]->(:Person) RETURN count(i)")).isEqualTo(1);
		assertThat(count("MATCH (i:Interest)-[:IN_ORGANISATION]->(:Organisation) RETURN count(i)")).isEqualTo(1);
		// The audit trail has one declaration too: the replays changed nothing.
		assertThat(count("MATCH (c:ChangeRecord {operation: 'declareInterest'}) RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void anIdempotencyKeyUsedAgainForAnotherRequestIsAConflict() {
		String other = new Fixtures(this.graphQl).person("Rosa", "Lindqvist");
		Map<String, Object> first = map("personId", this.tomas, "organisationId", this.harbourCare, "nature",
				"Director", "type", "FINANCIAL", "declaredOn", "2025-01-01", "idempotencyKey", "row-7");
		String id = this.graphQl.documentName("declareInterest").variable("input", first).execute()
			.path("declareInterest.interest.id").entity(String.class).get();
		Map<String, Object> another = new java.util.HashMap<>(first);
		another.put("personId", other);
		this.graphQl.documentName("declareInterest").variable("input", another).execute()
			.path("declareInterest.interest").valueIsNull()
			.path("declareInterest.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT")
			.path("declareInterest.userErrors[0].field").entityList(String.class).containsExactly("input", "idempotencyKey");
		this.graphQl.documentName("declareInterest").variable("input", first).execute()
			.path("declareInterest.interest.id").entity(String.class).isEqualTo(id);
		assertThat(count("MATCH (i:Interest) RETURN count(i)")).isOne();
	}

	@Test
	void anInterestCannotEndBeforeItBegan() {
		String id = declare("Director", "2024-01-01", null);
		this.graphQl.documentName("endInterest")
			.variable("input", map("interestId", id, "validTo", "2023-01-01"))
			.execute()
			.path("endInterest.userErrors[0].code").entity(String.class).isEqualTo("INVALID_DATE_RANGE");
	}

	@Test
	void keepsTheWithheldFlag() {
		this.graphQl.documentName("declareInterest")
			.variable("input", map("personId", this.tomas, "subject", "Sensitive interest", "type",
					"NON_FINANCIAL_PERSONAL", "withheld", true))
			.execute()
			.path("declareInterest.interest.withheld").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void listsTheRegisterNewestFirstFilteredByType() {
		declare("Director", "2022-01-01", null);
		declare("Trustee", "2024-01-01", null);
		this.graphQl.documentName("declareInterest")
			.variable("input", map("personId", this.tomas, "subject", "Unison", "nature", "Member", "type",
					"NON_PECUNIARY", "declaredOn", "2025-01-01"))
			.execute();
		this.graphQl.documentName("interests")
			.variable("filter", map("personId", this.tomas, "type", "FINANCIAL"))
			.execute()
			.path("interests.edges[*].node.nature").entityList(String.class).containsExactly("Trustee", "Director");
	}

	@Test
	void aPersonsInterestsAreNewestFirstWithUndatedOnesLastAsOnTheRegister() {
		declare("Director", "2022-01-01", null);
		declare("Adviser", null, null);
		declare("Trustee", "2024-01-01", null);
		natures("2026-01-01").containsExactly("Trustee", "Director", "Adviser");
		this.graphQl.documentName("interests")
			.variable("filter", map("personId", this.tomas))
			.execute()
			.path("interests.edges[*].node.nature").entityList(String.class)
			.containsExactly("Trustee", "Director", "Adviser");
	}

	private String declare(String nature, String declaredOn, String validTo) {
		return this.fixtures.create("declareInterest", map("personId", this.tomas, "organisationId", this.harbourCare,
				"nature", nature, "type", "FINANCIAL", "declaredOn", declaredOn, "validTo", validTo), "interest");
	}

	private org.assertj.core.api.ListAssert<String> natures(String asOf) {
		List<String> natures = this.graphQl.documentName("personInterests").variable("id", this.tomas)
			.variable("asOf", asOf)
			.execute()
			.path("person.interests[*].nature").entityList(String.class).get();
		return assertThat(natures);
	}

}
