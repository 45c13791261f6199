package org.partnershiphub.agreement;

import graphql.execution.DataFetcherResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.partnershiphub.agreement.AgreementService.AddAgreementPartyInput;
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
	Section75Agreement agreement(@Argument String id) {
		return this.agreements.find(id).orElse(null);
	}

	@QueryMapping
	PooledFund pooledFund(@Argument String id) {
		return this.agreements.findFund(id).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Section75Agreement>> agreements(@Argument AgreementFilter filter, ScrollSubrange subrange) {
		return this.agreements.find(filter, Paging.of(subrange)).result();
	}

	@SchemaMapping(typeName = "Organisation", field = "agreementParties")
	CompletableFuture<List<AgreementParty>> agreementParties(Organisation organisation, @Argument LocalDate asOf,
			DataLoader<AsOfKey, List<AgreementParty>> organisationAgreementParties) {
		return organisationAgreementParties.load(new AsOfKey(organisation.id(), Dates.orToday(asOf)));
	}

	@BatchMapping
	Map<Section75Agreement, List<AgreementParty>> parties(List<Section75Agreement> agreements) {
		return this.agreements.parties(agreements);
	}

	@BatchMapping
	Map<Section75Agreement, List<PooledFund>> pooledFunds(List<Section75Agreement> agreements) {
		return this.agreements.pooledFunds(agreements);
	}

	@BatchMapping
	Map<Section75Agreement, Board> governingBoard(List<Section75Agreement> agreements) {
		return this.agreements.governingBoards(agreements);
	}

	@BatchMapping
	Map<Section75Agreement, List<AgreementVariation>> variations(List<Section75Agreement> agreements) {
		return this.agreements.variations(agreements);
	}

	@BatchMapping(typeName = "Section75Agreement", field = "sources")
	Map<Section75Agreement, List<SourceCitation>> agreementSources(List<Section75Agreement> agreements) {
		return this.agreements.sources(Label.Section75Agreement, agreements, Section75Agreement::id);
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
	Map<Board, List<Section75Agreement>> governedAgreements(List<Board> boards) {
		return this.agreements.governedBy(boards);
	}

	@BatchMapping(typeName = "AgreementParty", field = "organisation")
	Map<AgreementParty, Organisation> partyOrganisation(List<AgreementParty> parties) {
		return this.agreements.partyOrganisations(parties);
	}

	@BatchMapping(typeName = "AgreementParty", field = "agreement")
	Map<AgreementParty, Section75Agreement> partyAgreement(List<AgreementParty> parties) {
		return this.agreements.partyAgreements(parties);
	}

	@BatchMapping(typeName = "PooledFund", field = "agreement")
	Map<PooledFund, Section75Agreement> fundAgreement(List<PooledFund> funds) {
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
