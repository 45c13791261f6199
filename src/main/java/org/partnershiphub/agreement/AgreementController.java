package org.partnershiphub.agreement;

import graphql.execution.DataFetcherResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.partnershiphub.agreement.AgreementService.AddAgreementPartyInput;
import org.partnershiphub.agreement.AgreementService.AgreeVariationInput;
import org.partnershiphub.agreement.AgreementService.AgreementApprovalPayload;
import org.partnershiphub.agreement.AgreementService.AgreementVariationPayload;
import org.partnershiphub.agreement.AgreementService.ProposeVariationInput;
import org.partnershiphub.agreement.AgreementService.RecordAgreementApprovalInput;
import org.partnershiphub.agreement.AgreementService.SetAgreementTermsInput;
import org.partnershiphub.agreement.AgreementService.SetFundLimitsInput;
import org.partnershiphub.agreement.AgreementService.AddPooledFundInput;
import org.partnershiphub.agreement.AgreementService.AgreementFilter;
import org.partnershiphub.agreement.AgreementService.AgreementPartyPayload;
import org.partnershiphub.agreement.AgreementService.AgreementPayload;
import org.partnershiphub.agreement.AgreementService.ContributionPayload;
import org.partnershiphub.agreement.AgreementService.ExtendAgreementInput;
import org.partnershiphub.agreement.AgreementService.PooledFundPayload;
import org.partnershiphub.agreement.AgreementService.RecordAgreementInput;
import org.partnershiphub.agreement.AgreementService.RecordContributionInput;
import org.partnershiphub.agreement.AgreementService.RecordVariationInput;
import org.partnershiphub.board.Board;
import org.partnershiphub.common.AsOfLoaders;
import org.partnershiphub.common.Dates;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Paging;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.source.SourceCitation;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class AgreementController {

	private final AgreementService agreements;

	AgreementController(AgreementService agreements, BatchLoaderRegistry registry) {
		this.agreements = agreements;
		AsOfLoaders.register(registry, "organisationAgreementParties", agreements::partiesOf);
		registry.<String, List<Contribution>>forName("fundContributions")
			.registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> agreements.contributions(ids)));
	}

	@QueryMapping
	Agreement agreement(@Argument String id) {
		return this.agreements.find(id).orElse(null);
	}

	@QueryMapping
	PooledFund pooledFund(@Argument String id) {
		return this.agreements.findFund(id).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Agreement>> agreements(@Argument AgreementFilter filter, ScrollSubrange subrange) {
		return this.agreements.find(filter, Paging.of(subrange)).result();
	}

	@SchemaMapping(typeName = "Organisation", field = "agreementParties")
	CompletableFuture<List<AgreementParty>> agreementParties(Organisation organisation, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<AgreementParty>> organisationAgreementParties) {
		return organisationAgreementParties.load(new AsOfKey(organisation.id(), Dates.orToday(asOf)));
	}

	@BatchMapping
	Map<Agreement, List<AgreementParty>> parties(List<Agreement> agreements) {
		return this.agreements.parties(agreements);
	}

	@BatchMapping
	Map<Agreement, List<PooledFund>> pooledFunds(List<Agreement> agreements) {
		return this.agreements.pooledFunds(agreements);
	}

	@BatchMapping
	Map<Agreement, Board> governingBoard(List<Agreement> agreements) {
		return this.agreements.governingBoards(agreements);
	}

	@BatchMapping
	Map<Agreement, List<AgreementVariation>> variations(List<Agreement> agreements) {
		return this.agreements.variations(agreements);
	}

	@BatchMapping(typeName = "Agreement", field = "sources")
	Map<Agreement, List<SourceCitation>> agreementSources(List<Agreement> agreements) {
		return this.agreements.sources(Label.Agreement, agreements, Agreement::id);
	}

	@BatchMapping(typeName = "AgreementVariation", field = "sources")
	Map<AgreementVariation, List<SourceCitation>> variationSources(List<AgreementVariation> variations) {
		return this.agreements.sources(Label.AgreementVariation, variations, AgreementVariation::id);
	}

	@BatchMapping(typeName = "Contribution", field = "sources")
	Map<Contribution, List<SourceCitation>> contributionSources(List<Contribution> contributions) {
		return this.agreements.sources(Label.Contribution, contributions, Contribution::id);
	}

	@BatchMapping(typeName = "Board", field = "governedAgreements")
	Map<Board, List<Agreement>> governedAgreements(List<Board> boards) {
		return this.agreements.governedBy(boards);
	}

	@BatchMapping(typeName = "AgreementParty", field = "organisation")
	Map<AgreementParty, Organisation> partyOrganisation(List<AgreementParty> parties) {
		return this.agreements.partyOrganisations(parties);
	}

	@BatchMapping(typeName = "AgreementParty", field = "agreement")
	Map<AgreementParty, Agreement> partyAgreement(List<AgreementParty> parties) {
		return this.agreements.partyAgreements(parties);
	}

	@BatchMapping(typeName = "PooledFund", field = "agreement")
	Map<PooledFund, Agreement> fundAgreement(List<PooledFund> funds) {
		return this.agreements.fundAgreements(funds);
	}

	@BatchMapping
	Map<PooledFund, Organisation> host(List<PooledFund> funds) {
		return this.agreements.fundHosts(funds);
	}

	@SchemaMapping
	CompletableFuture<List<Contribution>> contributions(PooledFund fund, @Argument String financialYear,
			DataLoader<String, List<Contribution>> fundContributions) {
		return fundContributions.load(fund.id())
			.thenApply(all -> all.stream()
				.filter(c -> financialYear == null || financialYear.equals(c.financialYear()))
				.toList());
	}

	@BatchMapping
	Map<Contribution, Organisation> party(List<Contribution> contributions) {
		return this.agreements.contributionParties(contributions);
	}

	@BatchMapping
	Map<Agreement, Agreement.Terms> terms(List<Agreement> agreements) {
		return this.agreements.terms(agreements);
	}

	@BatchMapping
	Map<Agreement, List<AgreementApproval>> approvals(List<Agreement> agreements) {
		return this.agreements.approvals(agreements);
	}

	@BatchMapping(typeName = "AgreementApproval", field = "body")
	Map<AgreementApproval, Object> approvalBody(List<AgreementApproval> approvals) {
		return this.agreements.approvalBodies(approvals);
	}

	@BatchMapping(typeName = "AgreementApproval", field = "variation")
	Map<AgreementApproval, AgreementVariation> approvalVariation(List<AgreementApproval> approvals) {
		return this.agreements.approvalVariations(approvals);
	}

	@BatchMapping(typeName = "AgreementApproval", field = "sources")
	Map<AgreementApproval, List<SourceCitation>> approvalSources(List<AgreementApproval> approvals) {
		return this.agreements.sources(Label.AgreementApproval, approvals, AgreementApproval::id);
	}

	@BatchMapping
	Map<AgreementVariation, List<Object>> approvalsNeeded(List<AgreementVariation> variations) {
		return this.agreements.approvalsNeeded(variations, false);
	}

	@BatchMapping
	Map<AgreementVariation, List<Object>> approvalsOutstanding(List<AgreementVariation> variations) {
		return this.agreements.approvalsNeeded(variations, true);
	}

	@BatchMapping
	Map<PooledFund, List<PooledFund.PartyCap>> partyCaps(List<PooledFund> funds) {
		return this.agreements.caps(funds);
	}

	@BatchMapping(typeName = "PartyCap", field = "party")
	Map<PooledFund.PartyCap, Organisation> capParty(List<PooledFund.PartyCap> caps) {
		return this.agreements.capParties(caps);
	}

	@MutationMapping
	AgreementPayload setAgreementTerms(@Argument SetAgreementTermsInput input) {
		return this.agreements.setAgreementTerms(input);
	}

	@MutationMapping
	AgreementVariationPayload proposeVariation(@Argument ProposeVariationInput input) {
		return this.agreements.proposeVariation(input);
	}

	@MutationMapping
	AgreementVariationPayload agreeVariation(@Argument AgreeVariationInput input) {
		return this.agreements.agreeVariation(input);
	}

	@MutationMapping
	AgreementApprovalPayload recordAgreementApproval(@Argument RecordAgreementApprovalInput input) {
		return this.agreements.recordAgreementApproval(input);
	}

	@MutationMapping
	PooledFundPayload setFundLimits(@Argument SetFundLimitsInput input) {
		return this.agreements.setFundLimits(input);
	}

	@MutationMapping
	AgreementPayload recordAgreement(@Argument RecordAgreementInput input) {
		return this.agreements.recordAgreement(input);
	}

	@MutationMapping
	AgreementPartyPayload addAgreementParty(@Argument AddAgreementPartyInput input) {
		return this.agreements.addAgreementParty(input);
	}

	@MutationMapping
	PooledFundPayload addPooledFund(@Argument AddPooledFundInput input) {
		return this.agreements.addPooledFund(input);
	}

	@MutationMapping
	ContributionPayload recordContribution(@Argument RecordContributionInput input) {
		return this.agreements.recordContribution(input);
	}

	@MutationMapping
	AgreementPayload extendAgreement(@Argument ExtendAgreementInput input) {
		return this.agreements.extendAgreement(input);
	}

	@MutationMapping
	AgreementPayload recordVariation(@Argument RecordVariationInput input) {
		return this.agreements.recordVariation(input);
	}

}
