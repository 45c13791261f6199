package org.partnershiphub.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.partnershiphub.common.BadRequestException;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.SearchText;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.imports.Names;
import org.partnershiphub.organisation.Organisation.OrganisationKind;
import org.partnershiphub.organisation.OrganisationRepository.Related;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations: their identity, names, successions and structure. */
@Service
public class OrganisationService {

	private final OrganisationRepository repository;

	private final Graph graph;

	OrganisationService(OrganisationRepository repository, Graph graph) {
		this.repository = repository;
		this.graph = graph;
	}

	public record CreateOrganisationInput(String name, OrganisationKind kind, List<String> aliases, String odsCode,
			String companiesHouseNumber, String charityNumber, String gssCode) {
	}

	public record RenameOrganisationInput(String organisationId, String name, Integer expectedVersion) {
	}

	/** Only the fields given change; a name replaced is kept as an alias. */
	public record UpdateOrganisationInput(String organisationId, String name, OrganisationKind kind, List<String> aliases,
			String odsCode, String companiesHouseNumber, String charityNumber, String gssCode, Integer expectedVersion) {
	}

	public record RecordSuccessionInput(String predecessorId, String successorId, LocalDate on) {
	}

	public record LinkOrganisationToParentInput(String organisationId, String parentId) {
	}

	public record OrganisationFilter(OrganisationKind kind, String name) {
	}

	public record OrganisationPayload(Organisation organisation, List<UserError> userErrors) {

		static OrganisationPayload failed(Validation v) {
			return new OrganisationPayload(null, v.errors());
		}

	}

	public Optional<Organisation> find(String id) {
		return this.repository.findById(id);
	}

	public Page<Organisation> find(OrganisationFilter filter, Paging paging) {
		OrganisationFilter f = (filter != null) ? filter : new OrganisationFilter(null, null);
		String name = (f.name() != null && !f.name().isBlank()) ? SearchText.normalise(f.name()) : null;
		return this.repository.find(f.kind(), name, paging);
	}

	@Transactional
	public OrganisationPayload createOrganisation(CreateOrganisationInput input) {
		List<String> aliases = (input.aliases() != null) ? input.aliases().stream().map(String::strip).toList() : List.of();
		Validation v = new Validation().name("name", input.name())
			.required("kind", input.kind())
			.maxLength("aliases", aliases, Validation.NAME_MAX)
			.maxLength("odsCode", input.odsCode(), 20)
			.maxLength("companiesHouseNumber", input.companiesHouseNumber(), 20)
			.maxLength("charityNumber", input.charityNumber(), 20)
			.maxLength("gssCode", input.gssCode(), 20);
		String ods = Validation.trimToNull(input.odsCode());
		String ch = Validation.trimToNull(input.companiesHouseNumber());
		String charity = Validation.trimToNull(input.charityNumber());
		if (!v.hasErrors() && (ods != null || ch != null || charity != null)) {
			this.repository.findByIdentifier(ods, ch, charity)
				.ifPresent(existing -> v.add(identifierField(existing, ods, ch), Code.DUPLICATE,
						"An organisation with this identifier already exists: " + existing.name() + " ("
								+ existing.id() + ")"));
		}
		if (v.hasErrors()) {
			return OrganisationPayload.failed(v);
		}
		String id = UUID.randomUUID().toString();
		String name = input.name().strip();
		this.repository.create(id, name, input.kind(), aliases, ods, ch, charity,
				Validation.trimToNull(input.gssCode()));
		return ok(id);
	}

	@Transactional
	public OrganisationPayload renameOrganisation(RenameOrganisationInput input) {
		Validation v = new Validation().name("name", input.name());
		Optional<Organisation> existing = this.repository.findById(input.organisationId());
		v.check(existing.isPresent(), "organisationId", Code.NOT_FOUND,
				"No organisation with id " + input.organisationId());
		if (v.hasErrors()) {
			return OrganisationPayload.failed(v);
		}
		Organisation organisation = existing.get();
		String name = input.name().strip();
		List<String> aliases = new ArrayList<>(organisation.aliases());
		if (!organisation.name().equals(name) && !aliases.contains(organisation.name())) {
			aliases.add(organisation.name());
		}
		aliases.remove(name);
		this.repository.rename(organisation.id(), name, aliases, SearchText.of(name, aliases));
		return ok(organisation.id());
	}

	/** Corrects an organisation: its name, kind (a guess from an import set right), aliases and identifiers. */
	@Transactional
	public OrganisationPayload updateOrganisation(UpdateOrganisationInput input) {
		List<String> aliases = (input.aliases() != null) ? input.aliases().stream().map(String::strip).toList() : null;
		Validation v = new Validation().maxLength("name", input.name(), Validation.NAME_MAX)
			.maxLength("aliases", aliases, Validation.NAME_MAX)
			.maxLength("odsCode", input.odsCode(), 20)
			.maxLength("companiesHouseNumber", input.companiesHouseNumber(), 20)
			.maxLength("charityNumber", input.charityNumber(), 20)
			.maxLength("gssCode", input.gssCode(), 20);
		v.check(input.name() == null || !input.name().isBlank(), "name", Code.REQUIRED, "name cannot be blank");
		Optional<Organisation> existing = (input.organisationId() != null)
				? this.repository.findById(input.organisationId()) : Optional.empty();
		v.check(existing.isPresent(), "organisationId", Code.NOT_FOUND,
				"No organisation with id " + input.organisationId());
		String ods = Validation.trimToNull(input.odsCode());
		String ch = Validation.trimToNull(input.companiesHouseNumber());
		String charity = Validation.trimToNull(input.charityNumber());
		if (!v.hasErrors() && (ods != null || ch != null || charity != null)) {
			this.repository.findByIdentifier(ods, ch, charity)
				.filter(other -> !other.id().equals(input.organisationId()))
				.ifPresent(other -> v.add(identifierField(other, ods, ch), Code.DUPLICATE,
						"Another organisation has this identifier: " + other.name() + " (" + other.id() + ")"));
		}
		if (v.hasErrors()) {
			return OrganisationPayload.failed(v);
		}
		Organisation organisation = existing.get();
		String name = (input.name() != null) ? input.name().strip() : organisation.name();
		List<String> names = new ArrayList<>((aliases != null) ? aliases : organisation.aliases());
		if (!organisation.name().equals(name) && !names.contains(organisation.name())) {
			names.add(organisation.name());
		}
		names.remove(name);
		OrganisationKind kind = (input.kind() != null) ? input.kind() : organisation.kind();
		Map<String, Object> properties = Params.of("name", name, "kind", kind.name(), "statutory", kind.statutory(),
				"aliases", names.stream().distinct().toList(), "searchText", SearchText.of(name, names));
		properties.putAll(Params.of("odsCode", (ods != null) ? ods : organisation.odsCode(), "companiesHouseNumber",
				(ch != null) ? ch : organisation.companiesHouseNumber(), "charityNumber",
				(charity != null) ? charity : organisation.charityNumber(), "gssCode",
				(input.gssCode() != null) ? Validation.trimToNull(input.gssCode()) : organisation.gssCode()));
		this.repository.update(organisation.id(), properties);
		return ok(organisation.id());
	}

	/**
	 * Organisations known by exactly this name or alias once case, punctuation, "Ltd"/"Limited", "&"/"and" and the
	 * like are set aside, or by this identifier (ODS code, Companies House or charity number).
	 */
	/** Words spelt differently in a name's forms ("CCG" / "Clinical Commissioning Group"): no use for narrowing. */
	private static final Set<String> KIND_WORDS = Set.of("nhs", "clinical", "commissioning", "group", "integrated",
			"care", "board", "primary", "network", "foundation", "trust", "limited", "ltd", "and", "the", "of");

	@Transactional(readOnly = true)
	public List<Organisation> lookup(String name, String identifier) {
		String id = Validation.trimToNull(identifier);
		String key = (name != null) ? Names.organisationKey(name) : "";
		if (id == null && key.isEmpty()) {
			throw new BadRequestException("Give name or identifier");
		}
		// The longest word narrows the search through the text index; the name key decides.
		String word = Arrays.stream(Names.words((name != null) ? name : "").split(" "))
			.filter(w -> !KIND_WORDS.contains(w))
			.max(Comparator.comparingInt(String::length))
			.filter(w -> !w.isEmpty())
			.orElse(null);
		return this.repository.lookupCandidates(word, id)
			.stream()
			.filter(o -> (id != null && id.equals(o.odsCode()) || id != null && id.equals(o.companiesHouseNumber())
					|| id != null && id.equals(o.charityNumber()))
					|| !key.isEmpty() && Stream.concat(Stream.of(o.name()), o.aliases().stream())
						.anyMatch(n -> Names.organisationKey(n).equals(key)))
			.limit(20)
			.toList();
	}

	@Transactional
	public OrganisationPayload recordSuccession(RecordSuccessionInput input) {
		Validation v = new Validation().required("on", input.on());
		requireOrganisation(v, "predecessorId", input.predecessorId());
		requireOrganisation(v, "successorId", input.successorId());
		v.check(input.predecessorId() == null || !input.predecessorId().equals(input.successorId()), "successorId",
				Code.INVALID, "An organisation cannot succeed itself");
		if (v.hasErrors()) {
			return OrganisationPayload.failed(v);
		}
		this.repository.recordSuccession(input.predecessorId(), input.successorId(), input.on());
		return ok(input.successorId());
	}

	@Transactional
	public OrganisationPayload linkOrganisationToParent(LinkOrganisationToParentInput input) {
		Validation v = new Validation();
		requireOrganisation(v, "organisationId", input.organisationId());
		requireOrganisation(v, "parentId", input.parentId());
		if (!v.hasErrors()) {
			v.check(!input.organisationId().equals(input.parentId())
					&& !this.repository.isPartOf(input.parentId(), input.organisationId()), "parentId", Code.INVALID,
					"The parent is already part of this organisation; the link would make a cycle");
		}
		if (v.hasErrors()) {
			return OrganisationPayload.failed(v);
		}
		this.repository.linkToParent(input.organisationId(), input.parentId());
		return ok(input.organisationId());
	}

	/** A new organisation's stored properties, derived ones included; for every path that creates organisations. */
	public static Map<String, Object> properties(String id, String name, OrganisationKind kind, List<String> aliases) {
		return Params.of("id", id, "name", name, "kind", kind.name(), "aliases", aliases, "statutory", kind.statutory(),
				"searchText", SearchText.of(name, aliases));
	}

	/** Adds a NOT_FOUND error under {@code field} unless {@code id} names an organisation. */
	public void requireOrganisation(Validation v, String field, String id) {
		v.required(field, id);
		if (id != null) {
			v.check(this.graph.exists(Label.Organisation, id), field, Code.NOT_FOUND, "No organisation with id " + id);
		}
	}

	Map<Organisation, List<Organisation>> related(Collection<Organisation> organisations, Related related) {
		return this.repository.related(organisations, related);
	}

	private OrganisationPayload ok(String id) {
		return new OrganisationPayload(this.repository.findById(id).orElseThrow(), List.of());
	}

	private static String identifierField(Organisation existing, String ods, String ch) {
		if (ods != null && ods.equals(existing.odsCode())) {
			return "odsCode";
		}
		return (ch != null && ch.equals(existing.companiesHouseNumber())) ? "companiesHouseNumber" : "charityNumber";
	}

}
