package org.partnershiphub.conflict;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.Fixtures;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;
import org.partnershiphub.support.RoundTripCounter;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GP practice in a federation that is a partner in an alliance, and a GP partner in the practice: the smallest
 * graph where a conflict needs the structure to be found.
 */
@IntegrationTest
class ConflictCheckTests extends GraphTestSupport {

	private Fixtures fixtures;

	private String practice;

	private String federation;

	private String alliance;

	private String gp;

	@BeforeEach
	void aPracticeInAFederationInAnAlliance() {
		this.fixtures = new Fixtures(this.graphQl);
		this.practice = this.fixtures.organisation("Northgate Surgery", "GP_PRACTICE");
		this.federation = this.fixtures.organisation("Brackenford GP Federation", "GP_FEDERATION");
		this.fixtures.create("linkOrganisationToParent", map("organisationId", this.practice, "parentId",
				this.federation), "organisation");
		this.alliance = this.fixtures.create("formPartnership",
				map("name", "Brackenford Care Alliance", "kind", "PROVIDER_COLLABORATIVE"), "partnership");
		this.fixtures.create("addPartner", map("partnershipId", this.alliance, "organisationId", this.federation,
				"role", "MEMBER", "from", "2023-04-01"), "partnershipMembership");
		this.gp = this.fixtures.person("Ana", "Cole");
	}

	@Test
	void aConflictThroughTwoStepsOfStructureIsFoundWithItsPath() {
		String source = this.fixtures.source("Register of interests 2024");
		String interest = declare(this.gp, this.practice, "FINANCIAL", "GP partner", "2024-01-01", null,
				map("documentId", source));
		GraphQlTester.Response response = check(this.gp, List.of(this.alliance), "2025-06-01", null);
		response.path("conflictCheck").entityList(Object.class).hasSize(1)
			.path("conflictCheck[0].interest.id").entity(String.class).isEqualTo(interest)
			.path("conflictCheck[0].interest.sources[0].document.title").entity(String.class)
			.isEqualTo("Register of interests 2024")
			.path("conflictCheck[0].interestType").entity(String.class).isEqualTo("FINANCIAL")
			.path("conflictCheck[0].subject.id").entity(String.class).isEqualTo(this.alliance)
			.path("conflictCheck[0].steps").entity(Integer.class).isEqualTo(2)
			.path("conflictCheck[0].path.nodes[*].kind").entityList(String.class)
			.containsExactly("Person", "Interest", "Organisation", "Organisation", "PartnershipMembership",
					"Partnership")
			.path("conflictCheck[0].path.nodes[*].name").entityList(String.class)
			.containsExactly("Ana Cole", "GP partner", "Northgate Surgery", "Brackenford GP Federation", "MEMBER",
					"Brackenford Care Alliance")
			.path("conflictCheck[0].path.relationships[*].type").entityList(String.class)
			.containsExactly("DECLARED_BY", "IN_ORGANISATION", "PART_OF", "PARTNER", "IN_PARTNERSHIP")
			.path("conflictCheck[0].path.relationships[2].from").entity(String.class).isEqualTo(this.practice)
			.path("conflictCheck[0].path.relationships[2].to").entity(String.class).isEqualTo(this.federation)
			.path("conflictCheck[0].explanation").entity(String.class)
			.isEqualTo("Ana Cole has a financial interest (GP partner) in Northgate Surgery, which is part of "
					+ "Brackenford GP Federation, which is a partner in Brackenford Care Alliance.")
			.path("conflictCheck[0].action").entity(String.class).isEqualTo("WITHDRAW")
			.path("conflictCheck[0].severity").entity(String.class).isEqualTo("HIGH");
	}

	@Test
	void theCheckIsOneRoundTrip() {
		declare(this.gp, this.practice, "FINANCIAL", "GP partner", "2024-01-01", null, null);
		RoundTripCounter.reset();
		check(this.gp, List.of(this.alliance), "2025-06-01", null).path("conflictCheck").entityList(Object.class)
			.hasSize(1);
		// the check itself; nested interest.sources resolves in one batch more
		assertThat(RoundTripCounter.count()).isEqualTo(2);
	}

	@Test
	void onlyInterestsValidOnTheDateCount() {
		declare(this.gp, this.practice, "FINANCIAL", "Ended before", "2023-01-01", "2024-12-31", null);
		declare(this.gp, this.practice, "FINANCIAL", "Starts after", "2025-07-01", null, null);
		check(this.gp, List.of(this.alliance), "2025-06-01", null).path("conflictCheck").entityList(Object.class)
			.hasSize(0);
		check(this.gp, List.of(this.alliance), "2024-12-31", null).path("conflictCheck[*].interest.nature")
			.entityList(String.class).containsExactly("Ended before");
		check(this.gp, List.of(this.alliance), "2025-07-01", null).path("conflictCheck[*].interest.nature")
			.entityList(String.class).containsExactly("Starts after");
	}

	@Test
	void aWithheldInterestStillCounts() {
		this.fixtures.create("declareInterest", map("personId", this.gp, "organisationId", this.practice, "type",
				"FINANCIAL", "nature", "Sensitive", "validFrom", "2024-01-01", "withheld", true), "interest");
		check(this.gp, List.of(this.alliance), "2025-06-01", null)
			.path("conflictCheck[*].interest.withheld").entityList(Boolean.class).containsExactly(true);
	}

	@Test
	void maxHopsBoundsThePath() {
		declare(this.gp, this.practice, "FINANCIAL", "GP partner", "2024-01-01", null, null);
		check(this.gp, List.of(this.alliance), "2025-06-01", 1).path("conflictCheck").entityList(Object.class)
			.hasSize(0);
		check(this.gp, List.of(this.federation, this.practice), "2025-06-01", 0)
			.path("conflictCheck[*].subject.id").entityList(String.class).containsExactly(this.practice);
		check(this.gp, List.of(this.alliance), "2025-06-01", 7).errors()
			.expect(e -> e.getMessage().equals("maxHops must be between 0 and 6"))
			.verify();
	}

	@Test
	void aPartnerInOnePracticeIsNotConflictedOnASiblingPractice() {
		String sibling = this.fixtures.organisation("Southgate Surgery", "GP_PRACTICE");
		this.fixtures.create("linkOrganisationToParent", map("organisationId", sibling, "parentId", this.federation),
				"organisation");
		declare(this.gp, this.practice, "FINANCIAL", "GP partner", "2024-01-01", null, null);
		check(this.gp, List.of(sibling), "2025-06-01", 6).path("conflictCheck").entityList(Object.class).hasSize(0);
	}

	@Test
	void anInterestInAParentReachesItsMembers() {
		declare(this.gp, this.federation, "NON_FINANCIAL_PROFESSIONAL", "Board member", "2024-01-01", null, null);
		check(this.gp, List.of(this.practice), "2025-06-01", null)
			.path("conflictCheck[0].steps").entity(Integer.class).isEqualTo(1)
			.path("conflictCheck[0].explanation").entity(String.class)
			.isEqualTo("Ana Cole has a non financial professional interest (Board member) in Brackenford GP "
					+ "Federation, which includes Northgate Surgery.")
			.path("conflictCheck[0].action").entity(String.class).isEqualTo("NO_PART_IN_DISCUSSION_OR_VOTE");
	}

	@Test
	void aPartnerThatLeftTheAllianceNoLongerConnectsIt() {
		cypher("MATCH (pm:PartnershipMembership) SET pm.to = date('2024-12-31')");
		declare(this.gp, this.practice, "FINANCIAL", "GP partner", "2024-01-01", null, null);
		check(this.gp, List.of(this.alliance), "2025-06-01", null).path("conflictCheck").entityList(Object.class)
			.hasSize(0);
		check(this.gp, List.of(this.alliance), "2024-06-01", null).path("conflictCheck").entityList(Object.class)
			.hasSize(1);
	}

	@Test
	void theActionDependsOnTheItemPurpose() {
		declare(this.gp, this.practice, "FINANCIAL", "GP partner", "2024-01-01", null, null);
		this.graphQl.documentName("conflictCheck")
			.variable("personId", this.gp)
			.variable("subjectIds", List.of(this.practice))
			.variable("asOf", "2025-06-01")
			.variable("purpose", "NOTING")
			.execute()
			.path("conflictCheck[0].action").entity(String.class).isEqualTo("DECLARE_AND_PARTICIPATE")
			.path("conflictCheck[0].severity").entity(String.class).isEqualTo("LOW");
	}

	@Test
	void unknownIdsAreNamed() {
		check("nobody", List.of(this.alliance), "2025-06-01", null).errors()
			.expect(e -> e.getMessage().equals("No person with id nobody"))
			.verify();
		check(this.gp, List.of("nothing"), "2025-06-01", null).errors()
			.expect(e -> e.getMessage().equals("No organisation, agreement, pooled fund or partnership with id(s) [nothing]"))
			.verify();
	}

	private GraphQlTester.Response check(String person, List<String> subjects, String asOf, Integer maxHops) {
		return this.graphQl.documentName("conflictCheck")
			.variable("personId", person)
			.variable("subjectIds", subjects)
			.variable("asOf", asOf)
			.variable("maxHops", maxHops)
			.execute();
	}

	private String declare(String person, String organisation, String type, String nature, String from, String to,
			Object source) {
		return this.fixtures.create("declareInterest", map("personId", person, "organisationId", organisation, "type",
				type, "nature", nature, "validFrom", from, "validTo", to, "source", source), "interest");
	}

}
