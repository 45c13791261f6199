package org.partnershiphub.interest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.partnershiphub.common.DatePrecision;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Page;
import org.partnershiphub.common.Graph.Paged;
import org.partnershiphub.common.Graph.AsOfKey;
import org.partnershiphub.common.Hop;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.common.Paging;
import org.partnershiphub.common.Params;
import org.partnershiphub.common.UserError;
import org.partnershiphub.common.UserError.Code;
import org.partnershiphub.common.Validation;
import org.partnershiphub.common.Where;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.person.Person;
import org.partnershiphub.person.PersonService;
import org.partnershiphub.security.Role;
import org.partnershiphub.source.SourceCitation;
import org.partnershiphub.source.SourceService;
import org.partnershiphub.source.SourceService.SourceInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of interests: declaring, ending and reading interests as at a date. */
@Service
public class InterestService {

	/**
	 * An interest {i} holds on {asOf} from its start (valid-from, else the declaration date; unknown means always) to
	 * its end. Shared by every as-of read, so the rule lives in one place.
	 */
	private static final String HOLDS = """
			coalesce({i}.validFrom, {i}.declaredOn, date('0001-01-01')) <= {asOf}
			AND ({i}.validTo IS NULL OR {i}.validTo >= {asOf})""";

	/** {@link #HOLDS} for interest {@code i} on {@code k.asOf}. */
	public static final String VALID_AT = HOLDS.replace("{i}", "i").replace("{asOf}", "k.asOf");

	/** Newest declaration first, undated ones last: the register page's order. */
	private static final String NEWEST_FIRST = "coalesce({n}.declaredOn, date('0001-01-01')) DESC, {n}.id";

	/** Person.interests, newest declaration first. */
	static final Hop PERSON_INTERESTS = Hop.many("Person", "interests", Interest.class,
			"({s})<-[:DECLARED_BY]-({n}:Interest)", HOLDS.replace("{i}", "{n}"), NEWEST_FIRST,
			Role::personalAsOf);

	/** Its loader's query only: the field leaves withheld interests out for callers who may not see them. */
	static final Hop ORGANISATION_INTERESTS = Hop.many("Organisation", "interests", Interest.class,
			"({s})<-[:IN_ORGANISATION]-({n}:Interest)", HOLDS.replace("{i}", "{n}"), NEWEST_FIRST,
			Role::personalAsOf);

	static final Hop PERSON = Hop.one("Interest", "person", Person.class, "({s})-[:DECLARED_BY]->({n}:Person)");

	static final Hop ORGANISATION = Hop.one("Interest", "organisation", Organisation.class,
			"({s})-[:IN_ORGANISATION]->({n}:Organisation)");

	private final Graph graph;

	private final PersonService people;

	private final SourceService sources;

	InterestService(Graph graph, PersonService people, SourceService sources) {
		this.graph = graph;
		this.people = people;
		this.sources = sources;
	}

	public record InterestFilter(String personId, String organisationId, InterestType type, LocalDate asOf) {
	}

	/** @param regime the rules the register is kept under, for reading {@code typeAsDeclared}; null when not known */
	public record DeclareInterestInput(String personId, String organisationId, String subject, String nature,
			InterestType type, String typeAsDeclared, LocalDate declaredOn, DatePrecision declaredOnPrecision,
			LocalDate validFrom, LocalDate validTo, String actionTaken, Boolean withheld, SourceInput source,
			String idempotencyKey, Regime regime) {
	}

	public record EndInterestInput(String interestId, LocalDate validTo, Integer expectedVersion) {
	}

	/** @param replayed true when an idempotency key matched an interest already recorded: nothing changed */
	public record InterestPayload(Interest interest, List<UserError> userErrors, boolean replayed) {

		InterestPayload(Interest interest, List<UserError> userErrors) {
			this(interest, userErrors, false);
		}

	}

	public record RecordNilReturnInput(String personId, LocalDate declaredOn, SourceInput source) {
	}

	public record NilReturnPayload(Person person, LocalDate declaredOn, List<UserError> userErrors) {
	}

	public Optional<Interest> find(String id) {
		return this.graph.byId(Interest.class, id);
	}

	/** A page of the register; withheld interests are left out of an organisation's list unless {@code withheld}. */
	public Page<Interest> find(InterestFilter filter, Paging paging, boolean withheld) {
		InterestFilter f = (filter != null) ? filter : new InterestFilter(null, null, null, null);
		// Start from the person or organisation when one is given, rather than from every interest held.
		String start = (f.personId() != null) ? "MATCH (:Person {id: $personId})<-[:DECLARED_BY]-(i:Interest)"
				: (f.organisationId() != null) ? "MATCH (:Organisation {id: $organisationId})<-[:IN_ORGANISATION]-(i:Interest)"
						: "MATCH (i:Interest)";
		// Undated declarations last: the register's own order, newest first.
		// The starting pattern already holds the person or organisation: only the other one is a condition.
		Where where = new Where().bind("personId", f.personId())
			.bind("organisationId", f.organisationId())
			.when((f.personId() != null) ? f.organisationId() : null, "organisationId",
					"EXISTS { (i)-[:IN_ORGANISATION]->(:Organisation {id: $organisationId}) }")
			.when(f.type(), "type", "i.type = $type");
		if (!withheld && f.organisationId() != null) {
			where.and("NOT i.withheld");
		}
		where.when(f.asOf(), "asOf", "(" + VALID_AT.replace("k.asOf", "$asOf") + ")");
		return this.graph.page(Paged.descending(start + where.clause(), "i",
				"coalesce(i.declaredOn, date('0001-01-01'))", "i.id"), where.params(), Interest.class, paging);
	}

	@Transactional
	public InterestPayload declareInterest(DeclareInterestInput input) {
		String key = Validation.trimToNull(input.idempotencyKey());
		String fingerprint = fingerprint(input);
		String subject = Validation.trimToNull(input.subject());
		String nature = Validation.trimToNull(input.nature());
		InterestType type = (input.type() != null) ? input.type()
				: InterestType.fromDeclared(input.typeAsDeclared(), input.regime()).orElse(null);
		Preflight found = preflight(input, (key != null && key.length() <= Validation.NAME_MAX) ? key : null, type,
				subject, nature);
		if (found.doneId() != null) {
			// A retry of a request that already succeeded gets the same answer, not a duplicate or an error; the same
			// key with another input is refused.
			return replay(found.doneId(), found.doneFingerprint(), fingerprint);
		}
		Validation v = new Validation().maxLength("subject", subject, Validation.TEXT_MAX)
			.maxLength("nature", nature, Validation.TEXT_MAX)
			.maxLength("typeAsDeclared", input.typeAsDeclared(), Validation.NAME_MAX)
			.maxLength("actionTaken", input.actionTaken(), Validation.TEXT_MAX)
			.maxLength("idempotencyKey", key, Validation.NAME_MAX)
			.dateRange("validFrom", input.validFrom(), "validTo", input.validTo());
		DatePrecision precision = DatePrecision.orDay(input.declaredOnPrecision());
		v.roughDate("declaredOn", input.declaredOn(), precision);
		v.check(input.declaredOn() != null || precision == DatePrecision.DAY, "declaredOnPrecision", Code.INVALID,
				"A precision is of a date: give declaredOn too");
		v.required("personId", input.personId());
		v.check(input.personId() == null || found.person(), "personId", Code.NOT_FOUND,
				"No person with id " + input.personId());
		v.check(input.organisationId() == null || found.organisation(), "organisationId", Code.NOT_FOUND,
				"No organisation with id " + input.organisationId());
		v.check(input.organisationId() != null || subject != null, "subject", Code.REQUIRED,
				"An interest is in an organisation (organisationId) or a subject; give at least one");
		if (input.type() == null) {
			v.check(type != null, input.typeAsDeclared() == null ? "type" : "typeAsDeclared",
					input.typeAsDeclared() == null ? Code.REQUIRED : Code.INVALID,
					input.typeAsDeclared() == null ? "Give the interest's type or its type as declared"
							: "Cannot tell the interest type from \"" + input.typeAsDeclared() + "\"; give type");
		}
		SourceService.validate(v, "source", input.source(), found.source());
		if (!v.hasErrors()) {
			v.check(!found.duplicate(), "personId", Code.DUPLICATE,
					"This person already has this interest on the register for overlapping dates");
		}
		if (v.hasErrors()) {
			return new InterestPayload(null, v.errors());
		}
		// MERGE on a unique key: of concurrent requests with the same key one creates, the others wait and find it.
		org.neo4j.driver.Record written = this.graph.query("""
				MATCH (p:Person {id: $personId})
				MERGE (i:Interest {idempotencyKey: $key})
				  ON CREATE SET i += {
				    id: $id, subject: $subject, nature: $nature, type: $type, typeAsDeclared: $typeAsDeclared,
				    declaredOn: $declaredOn, declaredOnPrecision: $precision, validFrom: $validFrom, validTo: $validTo,
				    actionTaken: $actionTaken, withheld: $withheld,
				    idempotencyFingerprint: $fingerprint, recordedAt: datetime(), created: true
				  }
				WITH i, p, coalesce(i.created, false) AS created
				REMOVE i.created
				FOREACH (x IN CASE WHEN created THEN [p] ELSE [] END | CREATE (i)-[:DECLARED_BY]->(x))
				WITH i, created
				OPTIONAL MATCH (o:Organisation {id: $organisationId})
				FOREACH (org IN CASE WHEN created AND o IS NOT NULL THEN [o] ELSE [] END | CREATE (i)-[:IN_ORGANISATION]->(org))
				RETURN i AS n, created, i.idempotencyFingerprint AS fingerprint
				""", Params.of("id", UUID.randomUUID().toString(), "fingerprint", fingerprint, "key",
				(key != null) ? key : UUID.randomUUID().toString(), "personId", input.personId(), "organisationId",
				input.organisationId(),
				"subject", subject, "nature", nature, "type", type.name(), "typeAsDeclared",
				Validation.trimToNull(input.typeAsDeclared()), "declaredOn", input.declaredOn(), "precision",
				(precision == DatePrecision.DAY) ? null : precision.name(), "validFrom",
				input.validFrom(), "validTo", input.validTo(), "actionTaken", Validation.trimToNull(input.actionTaken()),
				"withheld", Boolean.TRUE.equals(input.withheld())),
				row -> row).get(0);
		Interest interest = NodeMapper.map(written.get("n"), Interest.class);
		if (!written.get("created").asBoolean()) {
			// Another request with the same key recorded it first.
			return replay(interest.id(), written.get("fingerprint").asString(""), fingerprint);
		}
		this.sources.cite(Label.Interest, interest.id(), input.source());
		return new InterestPayload(interest, List.of());
	}

	/**
	 * What a declaration must know before it writes, in one query: an earlier request with the same idempotency key,
	 * whether the person, organisation and source document exist, and whether the person already has this interest
	 * for overlapping dates.
	 */
	private record Preflight(String doneId, String doneFingerprint, boolean person, boolean organisation,
			boolean source, boolean duplicate) {
	}

	private Preflight preflight(DeclareInterestInput input, String key, InterestType type, String subject,
			String nature) {
		return this.graph.query("""
				OPTIONAL MATCH (done:Interest {idempotencyKey: $key})
				RETURN done.id AS doneId, done.idempotencyFingerprint AS doneFingerprint,
				  EXISTS { MATCH (:Person {id: $personId}) } AS person,
				  EXISTS { MATCH (:Organisation {id: $organisationId}) } AS organisation,
				  EXISTS { MATCH (:SourceDocument {id: $documentId}) } AS source,
				  $type IS NOT NULL AND EXISTS {
				    MATCH (i:Interest)-[:DECLARED_BY]->(:Person {id: $personId})
				    WHERE i.type = $type
				      AND coalesce(i.nature, '') = coalesce($nature, '')
				      AND coalesce(i.subject, '') = coalesce($subject, '')
				      AND coalesce([(i)-[:IN_ORGANISATION]->(o) | o.id][0], '') = coalesce($organisationId, '')
				      AND coalesce(i.validFrom, i.declaredOn, date('0001-01-01'))
				            <= coalesce($validTo, date('9999-12-31'))
				      AND coalesce(i.validTo, date('9999-12-31'))
				            >= coalesce($validFrom, $declaredOn, date('0001-01-01'))
				  } AS duplicate
				""", Params.of("key", key, "personId", input.personId(), "organisationId", input.organisationId(),
				"documentId", (input.source() != null) ? input.source().documentId() : null, "type",
				(type != null) ? type.name() : null, "nature", nature, "subject", subject, "validFrom",
				input.validFrom(), "validTo", input.validTo(), "declaredOn", input.declaredOn()),
				row -> new Preflight(row.get("doneId").asString(null), row.get("doneFingerprint").asString(""),
						row.get("person").asBoolean(), row.get("organisation").asBoolean(), row.get("source").asBoolean(),
						row.get("duplicate").asBoolean()))
			.get(0);
	}

	/** The answer to a request whose idempotency key was used before: the same interest, or CONFLICT. */
	private InterestPayload replay(String id, String stored, String fingerprint) {
		if (!stored.isEmpty() && !stored.equals(fingerprint)) {
			return new InterestPayload(null, List.of(UserError.of("idempotencyKey", Code.CONFLICT,
					"This idempotency key was used for a different interest; use a new key for a new request")));
		}
		return new InterestPayload(find(id).orElseThrow(), List.of(), true);
	}

	/** What the request asks for, whatever its key: a retry matches, another request does not. */
	static String fingerprint(DeclareInterestInput input) {
		DeclareInterestInput request = new DeclareInterestInput(input.personId(), input.organisationId(),
				input.subject(), input.nature(), input.type(), input.typeAsDeclared(), input.declaredOn(),
				DatePrecision.orDay(input.declaredOnPrecision()), input.validFrom(), input.validTo(),
				input.actionTaken(), Boolean.TRUE.equals(input.withheld()), input.source(), null, input.regime());
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Transactional
	public InterestPayload endInterest(EndInterestInput input) {
		Validation v = new Validation().required("interestId", input.interestId()).required("validTo", input.validTo());
		Optional<Interest> existing = (input.interestId() != null) ? find(input.interestId()) : Optional.empty();
		v.check(input.interestId() == null || existing.isPresent(), "interestId", Code.NOT_FOUND,
				"No interest with id " + input.interestId());
		existing.ifPresent(i -> v.dateRange("validFrom",
				(i.validFrom() != null) ? i.validFrom() : i.declaredOn(), "validTo", input.validTo()));
		if (v.hasErrors()) {
			return new InterestPayload(null, v.errors());
		}
		this.graph.run("MATCH (i:Interest {id: $id}) SET i.validTo = $validTo, i.updatedAt = datetime()",
				Params.of("id", input.interestId(), "validTo", input.validTo()));
		return new InterestPayload(find(input.interestId()).orElseThrow(), List.of());
	}

	/** A declaration that the person has nothing to register, which keeps their register entry current. */
	@Transactional
	public NilReturnPayload recordNilReturn(RecordNilReturnInput input) {
		Validation v = new Validation().required("declaredOn", input.declaredOn());
		this.people.requirePerson(v, "personId", input.personId());
		this.sources.validate(v, "source", input.source());
		if (v.hasErrors()) {
			return new NilReturnPayload(null, null, v.errors());
		}
		// One nil return per person and date: recording it again changes nothing.
		String id = this.graph.query("""
				MATCH (p:Person {id: $personId})
				MERGE (n:NilReturn {declaredOn: $declaredOn})-[:DECLARED_BY]->(p)
				  ON CREATE SET n.id = $id, n.recordedAt = datetime()
				RETURN n.id AS id
				""", Map.of("personId", input.personId(), "declaredOn", input.declaredOn(), "id",
				UUID.randomUUID().toString()), row -> row.get("id").asString()).get(0);
		this.sources.cite(Label.NilReturn, id, input.source());
		return new NilReturnPayload(this.people.find(input.personId()).orElseThrow(), input.declaredOn(), List.of());
	}

	Map<AsOfKey, List<Interest>> interestsOfPeople(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf(PERSON_INTERESTS.loaderQuery(), keys, Interest.class);
	}

	Map<AsOfKey, List<Interest>> interestsInOrganisations(Set<AsOfKey> keys) {
		return this.graph.groupedAsOf(ORGANISATION_INTERESTS.loaderQuery(), keys, Interest.class);
	}

	Map<Interest, Person> people(Collection<Interest> interests) {
		return this.graph.single(PERSON.batchQuery(), interests, Interest::id, Person.class);
	}

	Map<Interest, Organisation> organisations(Collection<Interest> interests) {
		return this.graph.single(ORGANISATION.batchQuery(), interests, Interest::id, Organisation.class);
	}

	Map<Interest, List<SourceCitation>> sources(Collection<Interest> interests) {
		return this.sources.citations(Label.Interest, interests, Interest::id);
	}

}
