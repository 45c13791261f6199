package org.partnershiphub.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnershiphub.board.Board;
import org.partnershiphub.board.BoardService;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Graph.Paged;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.SearchText;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.organisation.OrganisationService;
import org.partnershiphub.source.SourceCitation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Section 75 agreements, their parties, pooled funds, contributions, extensions and variations. */
@Service
public class AgreementService {

	private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

	private final Graph graph;

	private final OrganisationService organisations;

	private final BoardService boards;

	private final SourceService sources;

	AgreementService(Graph graph, OrganisationService organisations, BoardService boards, SourceService sources) {
		this.graph = graph;
		this.organisations = organisations;
		this.boards = boards;
		this.sources = sources;
	}

	public record AgreementFilter(Section75Agreement.Status status, String name, LocalDate inForceOn, String partyId) {
	}

	public record RecordAgreementInput(String reference, String title, List<Section75Agreement.Purpose> purposes,
			List<String> schemes, LocalDate startDate, LocalDate endDate, Section75Agreement.Status status,
			String governingBoardId, SourceInput source) {
	}

	public record AddAgreementPartyInput(String agreementId, String organisationId, AgreementParty.Role role) {
	}

	public record AddPooledFundInput(String agreementId, String name, String scheme, String hostId,
			PooledFund.Arrangement arrangement) {
	}

	public record RecordContributionInput(String pooledFundId, String partyId, String financialYear,
			BigDecimal amount, SourceInput source) {
	}

	public record ExtendAgreementInput(String agreementId, LocalDate newEndDate, LocalDate agreedOn,
			String description, SourceInput source) {
	}

	public record RecordVariationInput(String agreementId, LocalDate agreedOn, String description,
			SourceInput source) {
	}

	public record AgreementPayload(Section75Agreement agreement, List<UserError> userErrors) {
	}

	public record AgreementPartyPayload(AgreementParty agreementParty, List<UserError> userErrors) {
	}

	public record PooledFundPayload(PooledFund pooledFund, List<UserError> userErrors) {
	}

	public record ContributionPayload(Contribution contribution, List<UserError> userErrors) {
	}

	public Optional<Section75Agreement> find(String id) {
		return this.graph.one("MATCH (n:Section75Agreement {id: $id}) RETURN n", Map.of("id", id),
				Section75Agreement.class);
	}

	public Optional<PooledFund> findFund(String id) {
		return this.graph.one("MATCH (n:PooledFund {id: $id}) RETURN n", Map.of("id", id), PooledFund.class);
	}

	public Page<Section75Agreement> find(AgreementFilter filter, Paging paging) {
		AgreementFilter f = (filter != null) ? filter : new AgreementFilter(null, null, null, null);
		String name = (f.name() != null && !f.name().isBlank()) ? SearchText.normalise(f.name()) : null;
		return this.graph.page(Paged.ascending("""
				MATCH (n:Section75Agreement)
				WHERE ($status IS NULL OR n.status = $status)
				  AND ($name IS NULL OR n.searchText CONTAINS $name)
				  AND ($inForceOn IS NULL OR (n.startDate <= $inForceOn AND coalesce(n.endDate, $inForceOn) >= $inForceOn))
				  AND ($partyId IS NULL OR EXISTS {
				        (n)<-[:TO_AGREEMENT]-(:AgreementParty)-[:PARTY]->(:Organisation {id: $partyId})
				      })""", "n", "n.reference", "n.id"),
				Params.of("status", (f.status() != null) ? f.status().name() : null, "name", name, "inForceOn",
						f.inForceOn(), "partyId", f.partyId()),
				Section75Agreement.class, paging);
	}

	@Transactional
	public AgreementPayload recordAgreement(RecordAgreementInput input) {
		List<String> schemes = (input.schemes() != null) ? input.schemes().stream().map(String::strip).toList() : List.of();
		Validation v = new Validation().name("reference", input.reference())
			.name("title", input.title())
			.required("startDate", input.startDate())
			.required("status", input.status())
			.maxLength("schemes", schemes, Validation.NAME_MAX)
			.dateRange("startDate", input.startDate(), "endDate", input.endDate());
		v.check(input.purposes() != null && !input.purposes().isEmpty(), "purposes", Code.REQUIRED,
				"An agreement has at least one purpose");
		if (input.governingBoardId() != null) {
			this.boards.requireBoard(v, "governingBoardId", input.governingBoardId());
		}
		this.sources.validate(v, "source", input.source());
		if (input.reference() != null && !input.reference().isBlank()) {
			v.check(this.graph.run("MATCH (a:Section75Agreement {reference: $reference}) RETURN a.id",
					Map.of("reference", input.reference().strip())) == 0, "reference", Code.DUPLICATE,
					"An agreement with reference " + input.reference().strip() + " already exists");
		}
		if (v.hasErrors()) {
			return new AgreementPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		String reference = input.reference().strip();
		String title = input.title().strip();
		this.graph.run("""
				CREATE (a:Section75Agreement {
				  id: $id, reference: $reference, title: $title, purposes: $purposes, schemes: $schemes,
				  startDate: $startDate, endDate: $endDate, status: $status, searchText: $searchText,
				  createdAt: datetime()
				})
				WITH a
				OPTIONAL MATCH (b:Board {id: $boardId})
				FOREACH (board IN CASE WHEN b IS NULL THEN [] ELSE [b] END | CREATE (a)-[:GOVERNED_BY]->(board))
				""", Params.of("id", id, "reference", reference, "title", title, "purposes",
				input.purposes().stream().map(Enum::name).distinct().toList(), "schemes", schemes, "startDate",
				input.startDate(), "endDate", input.endDate(), "status", input.status().name(), "searchText",
				SearchText.of(List.of(reference, title)), "boardId", input.governingBoardId()));
		this.sources.cite(Label.Section75Agreement, id, input.source());
		return new AgreementPayload(find(id).orElseThrow(), List.of());
	}

	@Transactional
	public AgreementPartyPayload addAgreementParty(AddAgreementPartyInput input) {
		Validation v = new Validation().required("role", input.role());
		requireAgreement(v, input.agreementId());
		this.organisations.requireOrganisation(v, "organisationId", input.organisationId());
		if (!v.hasErrors()) {
			v.check(partyRole(input.agreementId(), input.organisationId()).isEmpty(), "organisationId",
					Code.DUPLICATE, "This organisation is already a party to the agreement");
			v.check(input.role() != AgreementParty.Role.HOST || this.graph.run("""
					MATCH (:Section75Agreement {id: $agreementId})<-[:TO_AGREEMENT]-(p:AgreementParty {role: 'HOST'})
					RETURN p.id
					""", Map.of("agreementId", input.agreementId())) == 0, "role", Code.INVALID,
					"The agreement already has a host partner");
		}
		if (v.hasErrors()) {
			return new AgreementPartyPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (a:Section75Agreement {id: $agreementId})
				MATCH (o:Organisation {id: $organisationId})
				CREATE (o)<-[:PARTY]-(:AgreementParty {id: $id, role: $role, createdAt: datetime()})-[:TO_AGREEMENT]->(a)
				""", Params.of("id", id, "agreementId", input.agreementId(), "organisationId", input.organisationId(),
				"role", input.role().name()));
		return new AgreementPartyPayload(this.graph.one("MATCH (n:AgreementParty {id: $id}) RETURN n",
				Map.of("id", id), AgreementParty.class).orElseThrow(), List.of());
	}

	@Transactional
	public PooledFundPayload addPooledFund(AddPooledFundInput input) {
		Validation v = new Validation().name("name", input.name()).maxLength("scheme", input.scheme(), Validation.NAME_MAX);
		requireAgreement(v, input.agreementId());
		if (input.hostId() != null && !v.hasErrors()) {
			v.check(partyRole(input.agreementId(), input.hostId()).isPresent(), "hostId", Code.INVALID,
					"The host of a pooled fund must be a party to the agreement");
		}
		if (v.hasErrors()) {
			return new PooledFundPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (a:Section75Agreement {id: $agreementId})
				CREATE (f:PooledFund {id: $id, name: $name, scheme: $scheme, arrangement: $arrangement,
				                      createdAt: datetime()})-[:UNDER_AGREEMENT]->(a)
				WITH f
				OPTIONAL MATCH (o:Organisation {id: $hostId})
				FOREACH (host IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (f)-[:HOSTED_BY]->(host))
				""", Params.of("id", id, "agreementId", input.agreementId(), "name", input.name().strip(), "scheme",
				Validation.trimToNull(input.scheme()), "hostId", input.hostId(), "arrangement",
				((input.arrangement() != null) ? input.arrangement() : PooledFund.Arrangement.POOLED).name()));
		return new PooledFundPayload(findFund(id).orElseThrow(), List.of());
	}

	@Transactional
	public ContributionPayload recordContribution(RecordContributionInput input) {
		Validation v = new Validation().required("pooledFundId", input.pooledFundId())
			.required("amount", input.amount())
			.required("financialYear", input.financialYear());
		v.check(input.amount() == null || input.amount().signum() >= 0, "amount", Code.INVALID,
				"A contribution cannot be negative");
		v.check(input.financialYear() == null || isFinancialYear(input.financialYear()), "financialYear",
				Code.INVALID, "financialYear must look like 2025/26");
		Optional<String> agreementId = (input.pooledFundId() != null) ? this.graph.one("""
				MATCH (:PooledFund {id: $id})-[:UNDER_AGREEMENT]->(a:Section75Agreement)
				RETURN {id: a.id} AS n
				""", Map.of("id", input.pooledFundId()), IdOnly.class).map(IdOnly::id) : Optional.empty();
		v.check(input.pooledFundId() == null || agreementId.isPresent(), "pooledFundId", Code.NOT_FOUND,
				"No pooled fund with id " + input.pooledFundId());
		this.organisations.requireOrganisation(v, "partyId", input.partyId());
		this.sources.validate(v, "source", input.source());
		if (!v.hasErrors()) {
			v.check(partyRole(agreementId.get(), input.partyId()).isPresent(), "partyId", Code.INVALID,
					"Only a party to the agreement can contribute to its pooled fund");
			v.check(this.graph.run("""
					MATCH (:PooledFund {id: $fundId})<-[:TO_FUND]-(c:Contribution {financialYear: $year})
					      -[:FROM_PARTY]->(:Organisation {id: $partyId})
					WHERE coalesce([(c)-[s:SOURCED_FROM]->(d) | d.id + '|' + coalesce(s.locator, '')][0], '|')
					      = coalesce($documentId, '') + '|' + coalesce($locator, '')
					RETURN c.id
					""", Params.of("fundId", input.pooledFundId(), "year", input.financialYear(), "partyId",
					input.partyId(), "documentId", (input.source() != null) ? input.source().documentId() : null,
					"locator", (input.source() != null) ? input.source().locator() : null)) == 0,
					"financialYear", Code.DUPLICATE, "This party's contribution for " + input.financialYear()
							+ " is already recorded from the same place in the same source; cite the other place (a "
							+ "page or paragraph) or another source to record a conflicting figure");
		}
		if (v.hasErrors()) {
			return new ContributionPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (f:PooledFund {id: $fundId})
				MATCH (o:Organisation {id: $partyId})
				CREATE (f)<-[:TO_FUND]-(:Contribution {id: $id, financialYear: $year, amountPence: $pence,
				                                      createdAt: datetime()})-[:FROM_PARTY]->(o)
				""", Params.of("id", id, "fundId", input.pooledFundId(), "partyId", input.partyId(), "year",
				input.financialYear(), "pence", input.amount().movePointRight(2).longValueExact()));
		this.sources.cite(Label.Contribution, id, input.source());
		return new ContributionPayload(this.graph.one("MATCH (n:Contribution {id: $id}) RETURN n", Map.of("id", id),
				Contribution.class).orElseThrow(), List.of());
	}

	@Transactional
	public AgreementPayload extendAgreement(ExtendAgreementInput input) {
		Validation v = new Validation().required("newEndDate", input.newEndDate())
			.required("agreedOn", input.agreedOn())
			.maxLength("description", input.description(), Validation.TEXT_MAX);
		Optional<Section75Agreement> agreement = requireAgreement(v, input.agreementId());
		agreement.ifPresent(a -> {
			LocalDate current = (a.endDate() != null) ? a.endDate() : a.startDate();
			v.check(input.newEndDate() == null || input.newEndDate().isAfter(current), "newEndDate",
					Code.INVALID_DATE_RANGE, "newEndDate must be after the current end date (" + current + ")");
		});
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new AgreementPayload(null, v.errors());
		}
		String description = (input.description() != null && !input.description().isBlank())
				? input.description().strip() : "Extended to " + input.newEndDate();
		addVariation(input.agreementId(), AgreementVariation.Kind.EXTENSION, input.agreedOn(), description,
				input.newEndDate(), input.source());
		return new AgreementPayload(find(input.agreementId()).orElseThrow(), List.of());
	}

	@Transactional
	public AgreementPayload recordVariation(RecordVariationInput input) {
		Validation v = new Validation().required("agreedOn", input.agreedOn())
			.required("description", input.description())
			.maxLength("description", input.description(), Validation.TEXT_MAX);
		requireAgreement(v, input.agreementId());
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new AgreementPayload(null, v.errors());
		}
		addVariation(input.agreementId(), AgreementVariation.Kind.VARIATION, input.agreedOn(),
				input.description().strip(), null, input.source());
		return new AgreementPayload(find(input.agreementId()).orElseThrow(), List.of());
	}

	private void addVariation(String agreementId, AgreementVariation.Kind kind, LocalDate agreedOn, String description,
			LocalDate newEndDate, SourceInput source) {
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (a:Section75Agreement {id: $agreementId})
				CREATE (v:AgreementVariation {id: $id, kind: $kind, agreedOn: $agreedOn, description: $description,
				                              newEndDate: $newEndDate, previousEndDate: a.endDate,
				                              createdAt: datetime()})-[:VARIES]->(a)
				SET a.endDate = coalesce($newEndDate, a.endDate), a.updatedAt = datetime()
				""", Params.of("id", id, "agreementId", agreementId, "kind", kind.name(), "agreedOn", agreedOn,
				"description", description, "newEndDate", newEndDate));
		this.sources.cite(Label.AgreementVariation, id, source);
	}

	private Optional<Section75Agreement> requireAgreement(Validation v, String agreementId) {
		v.required("agreementId", agreementId);
		Optional<Section75Agreement> agreement = (agreementId != null) ? find(agreementId) : Optional.empty();
		v.check(agreementId == null || agreement.isPresent(), "agreementId", Code.NOT_FOUND,
				"No agreement with id " + agreementId);
		return agreement;
	}

	private Optional<IdOnly> partyRole(String agreementId, String organisationId) {
		return this.graph.one("""
				MATCH (:Section75Agreement {id: $agreementId})<-[:TO_AGREEMENT]-(p:AgreementParty)
				      -[:PARTY]->(:Organisation {id: $organisationId})
				RETURN p AS n
				""", Map.of("agreementId", agreementId, "organisationId", organisationId), IdOnly.class);
	}

	private static boolean isFinancialYear(String text) {
		Matcher m = FINANCIAL_YEAR.matcher(text);
		return m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2));
	}

	private record IdOnly(String id) {
	}

	Map<AsOfKey, List<AgreementParty>> partiesOf(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf("""
				UNWIND $keys AS k
				MATCH (:Organisation {id: k.id})<-[:PARTY]-(p:AgreementParty)-[:TO_AGREEMENT]->(a:Section75Agreement)
				WHERE a.startDate <= k.asOf AND coalesce(a.endDate, k.asOf) >= k.asOf
				RETURN k.id AS key, k.asOf AS asOf, p AS n
				ORDER BY a.reference
				""", keys, AgreementParty.class);
	}

	Map<Section75Agreement, List<AgreementParty>> parties(Collection<Section75Agreement> agreements) {
		return this.graph.grouped("""
				MATCH (a:Section75Agreement)<-[:TO_AGREEMENT]-(n:AgreementParty)-[:PARTY]->(o:Organisation)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				ORDER BY n.role, o.name
				""", agreements, Section75Agreement::id, AgreementParty.class);
	}

	Map<Section75Agreement, List<PooledFund>> pooledFunds(Collection<Section75Agreement> agreements) {
		return this.graph.grouped("""
				MATCH (a:Section75Agreement)<-[:UNDER_AGREEMENT]-(n:PooledFund)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				ORDER BY n.name
				""", agreements, Section75Agreement::id, PooledFund.class);
	}

	Map<Section75Agreement, Board> governingBoards(Collection<Section75Agreement> agreements) {
		return this.graph.single("""
				MATCH (a:Section75Agreement)-[:GOVERNED_BY]->(n:Board)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				""", agreements, Section75Agreement::id, Board.class);
	}

	Map<Section75Agreement, List<AgreementVariation>> variations(Collection<Section75Agreement> agreements) {
		return this.graph.grouped("""
				MATCH (a:Section75Agreement)<-[:VARIES]-(n:AgreementVariation)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				ORDER BY n.agreedOn, n.createdAt
				""", agreements, Section75Agreement::id, AgreementVariation.class);
	}

	Map<Board, List<Section75Agreement>> governedBy(Collection<Board> boards) {
		return this.graph.grouped("""
				MATCH (b:Board)<-[:GOVERNED_BY]-(n:Section75Agreement)
				WHERE b.id IN $ids
				RETURN b.id AS key, n
				ORDER BY n.reference
				""", boards, Board::id, Section75Agreement.class);
	}

	Map<AgreementParty, Organisation> partyOrganisations(Collection<AgreementParty> parties) {
		return this.graph.single("""
				MATCH (p:AgreementParty)-[:PARTY]->(n:Organisation)
				WHERE p.id IN $ids
				RETURN p.id AS key, n
				""", parties, AgreementParty::id, Organisation.class);
	}

	Map<AgreementParty, Section75Agreement> partyAgreements(Collection<AgreementParty> parties) {
		return this.graph.single("""
				MATCH (p:AgreementParty)-[:TO_AGREEMENT]->(n:Section75Agreement)
				WHERE p.id IN $ids
				RETURN p.id AS key, n
				""", parties, AgreementParty::id, Section75Agreement.class);
	}

	Map<PooledFund, Section75Agreement> fundAgreements(Collection<PooledFund> funds) {
		return this.graph.single("""
				MATCH (f:PooledFund)-[:UNDER_AGREEMENT]->(n:Section75Agreement)
				WHERE f.id IN $ids
				RETURN f.id AS key, n
				""", funds, PooledFund::id, Section75Agreement.class);
	}

	Map<PooledFund, Organisation> fundHosts(Collection<PooledFund> funds) {
		return this.graph.single("""
				MATCH (f:PooledFund)-[:HOSTED_BY]->(n:Organisation)
				WHERE f.id IN $ids
				RETURN f.id AS key, n
				""", funds, PooledFund::id, Organisation.class);
	}

	Map<String, List<Contribution>> contributions(Collection<String> fundIds) {
		return this.graph.grouped("""
				MATCH (f:PooledFund)<-[:TO_FUND]-(n:Contribution)-[:FROM_PARTY]->(o:Organisation)
				WHERE f.id IN $ids
				RETURN f.id AS key, n
				ORDER BY n.financialYear, o.name
				""", fundIds, id -> id, Contribution.class);
	}

	Map<Contribution, Organisation> contributionParties(Collection<Contribution> contributions) {
		return this.graph.single("""
				MATCH (c:Contribution)-[:FROM_PARTY]->(n:Organisation)
				WHERE c.id IN $ids
				RETURN c.id AS key, n
				""", contributions, Contribution::id, Organisation.class);
	}

	<K> Map<K, List<SourceCitation>> sources(Label label, Collection<K> facts, java.util.function.Function<K, String> idOf) {
		return this.sources.citations(label, facts, idOf);
	}

}
