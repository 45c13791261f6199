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
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.SearchText;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.common.Where;
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

	public record AgreementFilter(Agreement.Status status, String name, LocalDate inForceOn, String partyId,
			Agreement.Kind kind) {
	}

	public record RecordAgreementInput(Agreement.Kind kind, String reference, String title,
			List<Agreement.Purpose> purposes, List<String> schemes, LocalDate startDate, LocalDate endDate,
			Agreement.Status status, BigDecimal value, String governingBoardId, SourceInput source) {
	}

	public record SetAgreementTermsInput(String agreementId, String asWritten, Integer initialTermMonths,
			Integer extensionOptions, Integer extensionMonths, Integer extensionNoticeMonths,
			Integer withdrawalNoticeMonths, BigDecimal value, SourceInput source) {
	}

	public record ProposeVariationInput(String agreementId, AgreementVariation.Kind kind, String description,
			LocalDate newEndDate, LocalDate expectedOn, List<String> approvalsNeededIds, SourceInput source) {
	}

	public record AgreeVariationInput(String variationId, LocalDate agreedOn, SourceInput source) {
	}

	public record RecordAgreementApprovalInput(String agreementId, String variationId, String bodyId,
			LocalDate approvedOn, SourceInput source) {
	}

	public record SetFundLimitsInput(String pooledFundId, BigDecimal maxPerYear, BigDecimal maxTotal,
			String termAsWritten, List<PartyCapInput> partyCaps, SourceInput source) {
	}

	public record PartyCapInput(String partyId, BigDecimal amount, String financialYear) {
	}

	public record AgreementApprovalPayload(AgreementApproval agreementApproval, List<UserError> userErrors) {
	}

	public record AgreementVariationPayload(AgreementVariation agreementVariation, List<UserError> userErrors) {
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

	public record AgreementPayload(Agreement agreement, List<UserError> userErrors) {
	}

	public record AgreementPartyPayload(AgreementParty agreementParty, List<UserError> userErrors) {
	}

	public record PooledFundPayload(PooledFund pooledFund, List<UserError> userErrors) {
	}

	public record ContributionPayload(Contribution contribution, List<UserError> userErrors) {
	}

	public Optional<Agreement> find(String id) {
		return this.graph.byId(Agreement.class, id);
	}

	public Optional<PooledFund> findFund(String id) {
		return this.graph.byId(PooledFund.class, id);
	}

	public Page<Agreement> find(AgreementFilter filter, Paging paging) {
		AgreementFilter f = (filter != null) ? filter : new AgreementFilter(null, null, null, null, null);
		String name = (f.name() != null && !f.name().isBlank()) ? SearchText.normalise(f.name()) : null;
		Where where = new Where().when(f.status(), "status", "n.status = $status")
			.when(f.kind(), "kind", "n.kind = $kind")
			.when(name, "name", "n.searchText CONTAINS $name")
			.when(f.inForceOn(), "inForceOn", "n.startDate <= $inForceOn AND coalesce(n.endDate, $inForceOn) >= $inForceOn")
			.when(f.partyId(), "partyId",
					"EXISTS { (n)<-[:TO_AGREEMENT]-(:AgreementParty)-[:PARTY]->(:Organisation {id: $partyId}) }");
		return this.graph.page(Paged.ascending("MATCH (n:Agreement)" + where.clause(), "n",
				"coalesce(n.reference, n.title)", "n.id"), where.params(), Agreement.class, paging);
	}

	@Transactional
	public AgreementPayload recordAgreement(RecordAgreementInput input) {
		List<String> schemes = (input.schemes() != null) ? input.schemes().stream().map(String::strip).toList() : List.of();
		Agreement.Kind kind = (input.kind() != null) ? input.kind() : Agreement.Kind.SECTION_75;
		String reference = Validation.trimToNull(input.reference());
		List<Agreement.Purpose> purposes = (input.purposes() != null) ? input.purposes() : List.of();
		Validation v = new Validation().maxLength("reference", reference, Validation.NAME_MAX)
			.name("title", input.title())
			.required("status", input.status())
			.maxLength("schemes", schemes, Validation.NAME_MAX)
			.dateRange("startDate", input.startDate(), "endDate", input.endDate());
		v.check(kind != Agreement.Kind.SECTION_75 || !purposes.isEmpty(), "purposes", Code.REQUIRED,
				"A Section 75 agreement has at least one purpose (pooled budget, lead commissioning, integrated provision)");
		v.money("value", input.value(), false);
		if (input.governingBoardId() != null) {
			this.boards.requireBoard(v, "governingBoardId", input.governingBoardId());
		}
		this.sources.validate(v, "source", input.source());
		if (reference != null) {
			v.check(this.graph.run("MATCH (a:Agreement {reference: $reference}) RETURN a.id",
					Map.of("reference", reference)) == 0, "reference", Code.DUPLICATE,
					"An agreement with reference " + reference + " already exists");
		}
		if (v.hasErrors()) {
			return new AgreementPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		String title = input.title().strip();
		this.graph.run("""
				CREATE (a:Agreement {
				  id: $id, kind: $kind, reference: $reference, title: $title, purposes: $purposes, schemes: $schemes,
				  startDate: $startDate, endDate: $endDate, status: $status, valuePence: $valuePence,
				  searchText: $searchText, createdAt: datetime()
				})
				WITH a
				OPTIONAL MATCH (b:Board {id: $boardId})
				FOREACH (board IN CASE WHEN b IS NULL THEN [] ELSE [b] END | CREATE (a)-[:GOVERNED_BY]->(board))
				""", Params.of("id", id, "kind", kind.name(), "reference", reference, "title", title, "purposes",
				purposes.stream().map(Enum::name).distinct().toList(), "schemes", schemes, "startDate",
				input.startDate(), "endDate", input.endDate(), "status", input.status().name(), "valuePence",
				NodeMapper.pence(input.value()), "searchText",
				SearchText.of((reference != null) ? List.of(reference, title) : List.of(title)), "boardId",
				input.governingBoardId()));
		this.sources.cite(Label.Agreement, id, input.source());
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
					MATCH (:Agreement {id: $agreementId})<-[:TO_AGREEMENT]-(p:AgreementParty {role: 'HOST'})
					RETURN p.id
					""", Map.of("agreementId", input.agreementId())) == 0, "role", Code.INVALID,
					"The agreement already has a host partner");
		}
		if (v.hasErrors()) {
			return new AgreementPartyPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (a:Agreement {id: $agreementId})
				MATCH (o:Organisation {id: $organisationId})
				CREATE (o)<-[:PARTY]-(:AgreementParty {id: $id, role: $role, createdAt: datetime()})-[:TO_AGREEMENT]->(a)
				""", Params.of("id", id, "agreementId", input.agreementId(), "organisationId", input.organisationId(),
				"role", input.role().name()));
		return new AgreementPartyPayload(this.graph.byId(AgreementParty.class, id).orElseThrow(), List.of());
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
				MATCH (a:Agreement {id: $agreementId})
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
		v.money("amount", input.amount(), false);
		v.check(input.financialYear() == null || isFinancialYear(input.financialYear()), "financialYear",
				Code.INVALID, "financialYear must look like 2025/26");
		Optional<String> agreementId = (input.pooledFundId() != null) ? this.graph.one("""
				MATCH (:PooledFund {id: $id})-[:UNDER_AGREEMENT]->(a:Agreement)
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
				input.financialYear(), "pence", NodeMapper.pence(input.amount())));
		this.sources.cite(Label.Contribution, id, input.source());
		return new ContributionPayload(this.graph.byId(Contribution.class, id).orElseThrow(), List.of());
	}

	@Transactional
	public AgreementPayload extendAgreement(ExtendAgreementInput input) {
		Validation v = new Validation().required("newEndDate", input.newEndDate())
			.required("agreedOn", input.agreedOn())
			.maxLength("description", input.description(), Validation.TEXT_MAX);
		Optional<Agreement> agreement = requireAgreement(v, input.agreementId());
		agreement.ifPresent(a -> {
			LocalDate current = (a.endDate() != null) ? a.endDate() : a.startDate();
			v.check(input.newEndDate() == null || current == null || input.newEndDate().isAfter(current), "newEndDate",
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
				MATCH (a:Agreement {id: $agreementId})
				CREATE (v:AgreementVariation {id: $id, kind: $kind, status: 'AGREED', agreedOn: $agreedOn,
				                              description: $description,
				                              newEndDate: $newEndDate, previousEndDate: a.endDate,
				                              createdAt: datetime()})-[:VARIES]->(a)
				SET a.endDate = coalesce($newEndDate, a.endDate), a.updatedAt = datetime()
				""", Params.of("id", id, "agreementId", agreementId, "kind", kind.name(), "agreedOn", agreedOn,
				"description", description, "newEndDate", newEndDate));
		this.sources.cite(Label.AgreementVariation, id, source);
	}

	/** Sets the term as the agreement states it; fields left out stay as they were. */
	@Transactional
	public AgreementPayload setAgreementTerms(SetAgreementTermsInput input) {
		Validation v = new Validation().maxLength("asWritten", input.asWritten(), Validation.NAME_MAX);
		requireAgreement(v, input.agreementId());
		months(v, "initialTermMonths", input.initialTermMonths());
		months(v, "extensionMonths", input.extensionMonths());
		months(v, "extensionNoticeMonths", input.extensionNoticeMonths());
		months(v, "withdrawalNoticeMonths", input.withdrawalNoticeMonths());
		v.check(input.extensionOptions() == null || (input.extensionOptions() >= 0 && input.extensionOptions() <= 20),
				"extensionOptions", Code.INVALID, "extensionOptions must be 0 to 20");
		v.money("value", input.value(), false);
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new AgreementPayload(null, v.errors());
		}
		this.graph.run("""
				MATCH (a:Agreement {id: $id})
				SET a.termAsWritten = coalesce($asWritten, a.termAsWritten),
				    a.initialTermMonths = coalesce($initialTermMonths, a.initialTermMonths),
				    a.extensionOptions = coalesce($extensionOptions, a.extensionOptions),
				    a.extensionMonths = coalesce($extensionMonths, a.extensionMonths),
				    a.extensionNoticeMonths = coalesce($extensionNoticeMonths, a.extensionNoticeMonths),
				    a.withdrawalNoticeMonths = coalesce($withdrawalNoticeMonths, a.withdrawalNoticeMonths),
				    a.valuePence = coalesce($valuePence, a.valuePence), a.updatedAt = datetime()
				""", Params.of("id", input.agreementId(), "asWritten", Validation.trimToNull(input.asWritten()),
				"initialTermMonths", input.initialTermMonths(), "extensionOptions", input.extensionOptions(),
				"extensionMonths", input.extensionMonths(), "extensionNoticeMonths", input.extensionNoticeMonths(),
				"withdrawalNoticeMonths", input.withdrawalNoticeMonths(), "valuePence", NodeMapper.pence(input.value())));
		this.sources.cite(Label.Agreement, input.agreementId(), input.source());
		return new AgreementPayload(find(input.agreementId()).orElseThrow(), List.of());
	}

	/** A variation (or extension) in progress: nothing changes until {@link #agreeVariation}. */
	@Transactional
	public AgreementVariationPayload proposeVariation(ProposeVariationInput input) {
		List<String> approvers = (input.approvalsNeededIds() != null) ? input.approvalsNeededIds().stream().distinct().toList()
				: List.of();
		Validation v = new Validation().required("kind", input.kind())
			.required("description", input.description())
			.maxLength("description", input.description(), Validation.TEXT_MAX);
		v.check(input.kind() != AgreementVariation.Kind.EXTENSION || input.newEndDate() != null, "newEndDate",
				Code.REQUIRED, "A proposed extension needs the end date it would set");
		requireAgreement(v, input.agreementId()).ifPresent(a -> v.check(input.newEndDate() == null
				|| a.endDate() == null || input.newEndDate().isAfter(a.endDate()), "newEndDate",
				Code.INVALID_DATE_RANGE, "newEndDate must be after the current end date (" + a.endDate() + ")"));
		Set<String> missing = this.graph.missing(List.of(Label.Board, Label.Organisation), approvers);
		v.check(missing.isEmpty(), "approvalsNeededIds", Code.NOT_FOUND, "No board or organisation with id "
				+ String.join(", ", missing));
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new AgreementVariationPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (a:Agreement {id: $agreementId})
				CREATE (v:AgreementVariation {id: $id, kind: $kind, status: 'PROPOSED', expectedOn: $expectedOn,
				                              description: $description, newEndDate: $newEndDate,
				                              createdAt: datetime()})-[:VARIES]->(a)
				WITH v
				UNWIND $approvers AS approver
				MATCH (b {id: approver}) WHERE b:Board OR b:Organisation
				CREATE (v)-[:NEEDS_APPROVAL_FROM]->(b)
				""", Params.of("id", id, "agreementId", input.agreementId(), "kind", input.kind().name(), "expectedOn",
				input.expectedOn(), "description", input.description().strip(), "newEndDate", input.newEndDate(),
				"approvers", approvers));
		this.sources.cite(Label.AgreementVariation, id, input.source());
		return new AgreementVariationPayload(findVariation(id).orElseThrow(), List.of());
	}

	/** A proposed variation agreed: an extension now sets the agreement's end date, keeping the one it replaced. */
	@Transactional
	public AgreementVariationPayload agreeVariation(AgreeVariationInput input) {
		Validation v = new Validation().required("variationId", input.variationId()).required("agreedOn", input.agreedOn());
		Optional<AgreementVariation> variation = (input.variationId() != null) ? findVariation(input.variationId())
				: Optional.empty();
		v.check(input.variationId() == null || variation.isPresent(), "variationId", Code.NOT_FOUND,
				"No agreement variation with id " + input.variationId());
		variation.ifPresent(x -> v.check(x.status() == AgreementVariation.Status.PROPOSED, "variationId",
				Code.INVALID, "This variation was already agreed on " + x.agreedOn()));
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new AgreementVariationPayload(null, v.errors());
		}
		this.graph.run("""
				MATCH (v:AgreementVariation {id: $id})-[:VARIES]->(a:Agreement)
				SET v.status = 'AGREED', v.agreedOn = $agreedOn, v.previousEndDate = a.endDate,
				    a.endDate = coalesce(v.newEndDate, a.endDate), a.updatedAt = datetime()
				""", Params.of("id", input.variationId(), "agreedOn", input.agreedOn()));
		this.sources.cite(Label.AgreementVariation, input.variationId(), input.source());
		return new AgreementVariationPayload(findVariation(input.variationId()).orElseThrow(), List.of());
	}

	/** A body's approval of an agreement or of one of its variations, e.g. through the partners' governing bodies. */
	@Transactional
	public AgreementApprovalPayload recordAgreementApproval(RecordAgreementApprovalInput input) {
		Validation v = new Validation().required("bodyId", input.bodyId());
		requireAgreement(v, input.agreementId());
		v.check(input.bodyId() == null
				|| this.graph.missing(List.of(Label.Board, Label.Organisation), List.of(input.bodyId())).isEmpty(),
				"bodyId", Code.NOT_FOUND, "No board or organisation with id " + input.bodyId());
		if (input.variationId() != null && !v.hasErrors()) {
			v.check(this.graph.run("""
					MATCH (:AgreementVariation {id: $variationId})-[:VARIES]->(:Agreement {id: $agreementId})
					RETURN 1
					""", Map.of("variationId", input.variationId(), "agreementId", input.agreementId())) > 0,
					"variationId", Code.NOT_FOUND, "No variation " + input.variationId() + " of this agreement");
		}
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new AgreementApprovalPayload(null, v.errors());
		}
		String id = UUID.randomUUID().toString();
		this.graph.run("""
				MATCH (a:Agreement {id: $agreementId})
				MATCH (b {id: $bodyId}) WHERE b:Board OR b:Organisation
				CREATE (a)<-[:APPROVES]-(x:AgreementApproval {id: $id, approvedOn: $approvedOn,
				                                              createdAt: datetime()})-[:BY]->(b)
				WITH x
				OPTIONAL MATCH (v:AgreementVariation {id: $variationId})
				FOREACH (y IN CASE WHEN v IS NULL THEN [] ELSE [v] END | CREATE (x)-[:OF_VARIATION]->(y))
				""", Params.of("id", id, "agreementId", input.agreementId(), "bodyId", input.bodyId(), "approvedOn",
				input.approvedOn(), "variationId", input.variationId()));
		this.sources.cite(Label.AgreementApproval, id, input.source());
		return new AgreementApprovalPayload(this.graph.byId(AgreementApproval.class, id).orElseThrow(), List.of());
	}

	/** A fund's limits and each party's cap, as a paper states them; caps given replace those held for that party. */
	@Transactional
	public PooledFundPayload setFundLimits(SetFundLimitsInput input) {
		List<PartyCapInput> caps = (input.partyCaps() != null) ? input.partyCaps() : List.of();
		Validation v = new Validation().required("pooledFundId", input.pooledFundId())
			.maxLength("termAsWritten", input.termAsWritten(), Validation.NAME_MAX);
		v.money("maxPerYear", input.maxPerYear(), false);
		v.money("maxTotal", input.maxTotal(), false);
		Optional<PooledFund> fund = (input.pooledFundId() != null) ? findFund(input.pooledFundId()) : Optional.empty();
		BigDecimal perYear = (input.maxPerYear() != null) ? input.maxPerYear() : fund.map(PooledFund::maxPerYear).orElse(null);
		BigDecimal total = (input.maxTotal() != null) ? input.maxTotal() : fund.map(PooledFund::maxTotal).orElse(null);
		v.check(perYear == null || total == null || perYear.compareTo(total) <= 0,
				(input.maxPerYear() != null) ? "maxPerYear" : "maxTotal", Code.INVALID,
				"A year's most (" + perYear + ") cannot be more than the whole term's (" + total + ")");
		Optional<String> agreementId = (input.pooledFundId() != null) ? this.graph.one("""
				MATCH (:PooledFund {id: $id})-[:UNDER_AGREEMENT]->(a:Agreement)
				RETURN {id: a.id} AS n
				""", Map.of("id", input.pooledFundId()), IdOnly.class).map(IdOnly::id) : Optional.empty();
		v.check(input.pooledFundId() == null || agreementId.isPresent(), "pooledFundId", Code.NOT_FOUND,
				"No pooled fund with id " + input.pooledFundId());
		for (int i = 0; i < caps.size(); i++) {
			PartyCapInput cap = caps.get(i);
			String field = "partyCaps[" + i + "]";
			v.required(field + ".partyId", cap.partyId()).required(field + ".amount", cap.amount());
			v.money(field + ".amount", cap.amount(), false);
			v.check(cap.financialYear() == null || isFinancialYear(cap.financialYear()), field + ".financialYear",
					Code.INVALID, "financialYear must look like 2025/26");
			if (agreementId.isPresent() && cap.partyId() != null) {
				v.check(partyRole(agreementId.get(), cap.partyId()).isPresent(), field + ".partyId", Code.INVALID,
						"Only a party to the agreement has a cap on the fund");
			}
		}
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new PooledFundPayload(null, v.errors());
		}
		this.graph.run("""
				MATCH (f:PooledFund {id: $id})
				SET f.maxPerYearPence = coalesce($maxPerYear, f.maxPerYearPence),
				    f.maxTotalPence = coalesce($maxTotal, f.maxTotalPence),
				    f.termAsWritten = coalesce($term, f.termAsWritten), f.updatedAt = datetime()
				WITH f
				UNWIND $caps AS cap
				MATCH (o:Organisation {id: cap.partyId})
				OPTIONAL MATCH (f)<-[:CAP_ON]-(old:FundCap)-[:FOR_PARTY]->(o)
				WHERE coalesce(old.financialYear, '') = coalesce(cap.financialYear, '')
				DETACH DELETE old
				CREATE (f)<-[:CAP_ON]-(:FundCap {id: cap.id, amountPence: cap.pence, financialYear: cap.financialYear,
				                                createdAt: datetime()})-[:FOR_PARTY]->(o)
				""", Params.of("id", input.pooledFundId(), "maxPerYear", NodeMapper.pence(input.maxPerYear()), "maxTotal",
				NodeMapper.pence(input.maxTotal()), "term", Validation.trimToNull(input.termAsWritten()), "caps",
				caps.stream().map(c -> Params.of("id", UUID.randomUUID().toString(), "partyId", c.partyId(), "pence",
						NodeMapper.pence(c.amount()), "financialYear", c.financialYear())).toList()));
		return new PooledFundPayload(findFund(input.pooledFundId()).orElseThrow(), List.of());
	}

	public Optional<AgreementVariation> findVariation(String id) {
		return this.graph.byId(AgreementVariation.class, id);
	}

	private static void months(Validation v, String field, Integer months) {
		v.check(months == null || (months > 0 && months <= 1200), field, Code.INVALID,
				field + " must be a number of months from 1 to 1200");
	}

	private Optional<Agreement> requireAgreement(Validation v, String agreementId) {
		v.required("agreementId", agreementId);
		Optional<Agreement> agreement = (agreementId != null) ? find(agreementId) : Optional.empty();
		v.check(agreementId == null || agreement.isPresent(), "agreementId", Code.NOT_FOUND,
				"No agreement with id " + agreementId);
		return agreement;
	}

	private Optional<IdOnly> partyRole(String agreementId, String organisationId) {
		return this.graph.one("""
				MATCH (:Agreement {id: $agreementId})<-[:TO_AGREEMENT]-(p:AgreementParty)
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
				MATCH (:Organisation {id: k.id})<-[:PARTY]-(p:AgreementParty)-[:TO_AGREEMENT]->(a:Agreement)
				WHERE a.startDate <= k.asOf AND coalesce(a.endDate, k.asOf) >= k.asOf
				RETURN k.id AS key, k.asOf AS asOf, p AS n
				ORDER BY a.reference
				""", keys, AgreementParty.class);
	}

	Map<Agreement, List<AgreementParty>> parties(Collection<Agreement> agreements) {
		return this.graph.grouped("""
				MATCH (a:Agreement)<-[:TO_AGREEMENT]-(n:AgreementParty)-[:PARTY]->(o:Organisation)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				ORDER BY n.role, o.name
				""", agreements, Agreement::id, AgreementParty.class);
	}

	Map<Agreement, List<PooledFund>> pooledFunds(Collection<Agreement> agreements) {
		return this.graph.grouped("""
				MATCH (a:Agreement)<-[:UNDER_AGREEMENT]-(n:PooledFund)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				ORDER BY n.name
				""", agreements, Agreement::id, PooledFund.class);
	}

	Map<Agreement, Board> governingBoards(Collection<Agreement> agreements) {
		return this.graph.single("""
				MATCH (a:Agreement)-[:GOVERNED_BY]->(n:Board)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				""", agreements, Agreement::id, Board.class);
	}

	Map<Agreement, List<AgreementVariation>> variations(Collection<Agreement> agreements) {
		return this.graph.grouped("""
				MATCH (a:Agreement)<-[:VARIES]-(n:AgreementVariation)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				ORDER BY n.agreedOn, n.createdAt
				""", agreements, Agreement::id, AgreementVariation.class);
	}

	Map<Board, List<Agreement>> governedBy(Collection<Board> boards) {
		return this.graph.grouped("""
				MATCH (b:Board)<-[:GOVERNED_BY]-(n:Agreement)
				WHERE b.id IN $ids
				RETURN b.id AS key, n
				ORDER BY n.reference
				""", boards, Board::id, Agreement.class);
	}

	Map<AgreementParty, Organisation> partyOrganisations(Collection<AgreementParty> parties) {
		return this.graph.single("""
				MATCH (p:AgreementParty)-[:PARTY]->(n:Organisation)
				WHERE p.id IN $ids
				RETURN p.id AS key, n
				""", parties, AgreementParty::id, Organisation.class);
	}

	Map<AgreementParty, Agreement> partyAgreements(Collection<AgreementParty> parties) {
		return this.graph.single("""
				MATCH (p:AgreementParty)-[:TO_AGREEMENT]->(n:Agreement)
				WHERE p.id IN $ids
				RETURN p.id AS key, n
				""", parties, AgreementParty::id, Agreement.class);
	}

	Map<PooledFund, Agreement> fundAgreements(Collection<PooledFund> funds) {
		return this.graph.single("""
				MATCH (f:PooledFund)-[:UNDER_AGREEMENT]->(n:Agreement)
				WHERE f.id IN $ids
				RETURN f.id AS key, n
				""", funds, PooledFund::id, Agreement.class);
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

	Map<Agreement, Agreement.Terms> terms(Collection<Agreement> agreements) {
		Map<String, Integer> taken = new java.util.HashMap<>();
		this.graph.query("""
				MATCH (a:Agreement)<-[:VARIES]-(v:AgreementVariation {kind: 'EXTENSION'})
				WHERE a.id IN $ids AND coalesce(v.status, 'AGREED') = 'AGREED'
				RETURN a.id AS id, count(v) AS n
				""", Map.of("ids", agreements.stream().map(Agreement::id).toList()),
				row -> taken.put(row.get("id").asString(), row.get("n").asInt()));
		Map<Agreement, Agreement.Terms> terms = new java.util.HashMap<>();
		agreements.forEach(a -> {
			Agreement.Terms t = Agreement.Terms.of(a, taken.getOrDefault(a.id(), 0));
			if (t != null) {
				terms.put(a, t);
			}
		});
		return terms;
	}

	Map<Agreement, List<AgreementApproval>> approvals(Collection<Agreement> agreements) {
		return this.graph.grouped("""
				MATCH (a:Agreement)<-[:APPROVES]-(n:AgreementApproval)
				WHERE a.id IN $ids
				RETURN a.id AS key, n
				ORDER BY n.approvedOn, n.createdAt
				""", agreements, Agreement::id, AgreementApproval.class);
	}

	Map<AgreementApproval, Object> approvalBodies(Collection<AgreementApproval> approvals) {
		return this.graph.singleByLabel("""
				MATCH (x:AgreementApproval)-[:BY]->(n)
				WHERE x.id IN $ids
				RETURN x.id AS key, n, CASE WHEN n:Board THEN 'Board' ELSE 'Organisation' END AS label
				""", approvals, AgreementApproval::id, BoardService.BODY_TYPES);
	}

	Map<AgreementApproval, AgreementVariation> approvalVariations(Collection<AgreementApproval> approvals) {
		return this.graph.single("""
				MATCH (x:AgreementApproval)-[:OF_VARIATION]->(n:AgreementVariation)
				WHERE x.id IN $ids
				RETURN x.id AS key, n
				""", approvals, AgreementApproval::id, AgreementVariation.class);
	}

	Map<AgreementVariation, List<Object>> approvalsNeeded(Collection<AgreementVariation> variations, boolean outstanding) {
		return this.graph.groupedByLabel("""
				MATCH (v:AgreementVariation)-[:NEEDS_APPROVAL_FROM]->(n)
				WHERE v.id IN $ids
				  AND %s
				RETURN v.id AS key, n, CASE WHEN n:Board THEN 'Board' ELSE 'Organisation' END AS label
				ORDER BY n.name
				""".formatted(outstanding ? "NOT EXISTS { (v)<-[:OF_VARIATION]-(:AgreementApproval)-[:BY]->(n) }" : "true"),
				variations, AgreementVariation::id, BoardService.BODY_TYPES);
	}

	Map<PooledFund, List<PooledFund.PartyCap>> caps(Collection<PooledFund> funds) {
		return this.graph.grouped("""
				MATCH (f:PooledFund)<-[:CAP_ON]-(n:FundCap)-[:FOR_PARTY]->(o:Organisation)
				WHERE f.id IN $ids
				RETURN f.id AS key, n
				ORDER BY o.name, n.financialYear
				""", funds, PooledFund::id, PooledFund.PartyCap.class);
	}

	Map<PooledFund.PartyCap, Organisation> capParties(Collection<PooledFund.PartyCap> caps) {
		return this.graph.single("""
				MATCH (c:FundCap)-[:FOR_PARTY]->(n:Organisation)
				WHERE c.id IN $ids
				RETURN c.id AS key, n
				""", caps, PooledFund.PartyCap::id, Organisation.class);
	}

}
