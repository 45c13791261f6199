package org.partnershiphub.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.partnershiphub.agreement.AgreementParty;
import org.partnershiphub.agreement.AgreementVariation;
import org.partnershiphub.agreement.Contribution;
import org.partnershiphub.agreement.PooledFund;
import org.partnershiphub.agreement.Agreement;
import org.partnershiphub.authority.Delegation;
import org.partnershiphub.authority.Post;
import org.partnershiphub.authority.PostHolder;
import org.partnershiphub.authority.Reservation;
import org.partnershiphub.board.Board;
import org.partnershiphub.board.Membership;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.common.Prefetch;
import org.partnershiphub.conflict.Dispensation;
import org.partnershiphub.interest.Interest;
import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.Attendance;
import org.partnershiphub.meeting.Decision;
import org.partnershiphub.meeting.Declaration;
import org.partnershiphub.meeting.Meeting;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.partnership.Partnership;
import org.partnershiphub.partnership.PartnershipMembership;
import org.partnershiphub.partnership.PartnershipRole;
import org.partnershiphub.person.Person;
import org.partnershiphub.person.PersonRelationship;
import org.partnershiphub.source.SourceDocument;
import org.partnershiphub.agreement.AgreementApproval;
import org.partnershiphub.budget.BudgetLine;
import org.partnershiphub.duty.Duty;
import org.partnershiphub.paper.Paper;
import org.partnershiphub.remit.TermsOfReference;
import org.partnershiphub.risk.Risk;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Resolves any id to its object for {@code node(id)}: one query that tries each addressable label through its
 * unique id index (no label-less scan), then maps by the label found.
 */
@Component
class Nodes {

	static final Map<Label, Class<? extends Record>> TYPES = Map.ofEntries(
			Map.entry(Label.Organisation, Organisation.class), Map.entry(Label.Person, Person.class),
			Map.entry(Label.Board, Board.class), Map.entry(Label.Membership, Membership.class),
			Map.entry(Label.Partnership, Partnership.class),
			Map.entry(Label.PartnershipMembership, PartnershipMembership.class),
			Map.entry(Label.Agreement, Agreement.class),
			Map.entry(Label.AgreementParty, AgreementParty.class),
			Map.entry(Label.AgreementVariation, AgreementVariation.class),
			Map.entry(Label.PooledFund, PooledFund.class), Map.entry(Label.Contribution, Contribution.class),
			Map.entry(Label.Interest, Interest.class), Map.entry(Label.SourceDocument, SourceDocument.class),
			Map.entry(Label.Meeting, Meeting.class), Map.entry(Label.AgendaItem, AgendaItem.class),
			Map.entry(Label.Attendance, Attendance.class), Map.entry(Label.Declaration, Declaration.class),
			Map.entry(Label.Decision, Decision.class), Map.entry(Label.Post, Post.class),
			Map.entry(Label.PostHolder, PostHolder.class), Map.entry(Label.Delegation, Delegation.class),
			Map.entry(Label.Reservation, Reservation.class), Map.entry(Label.Dispensation, Dispensation.class),
			Map.entry(Label.PersonRelationship, PersonRelationship.class),
			Map.entry(Label.AgreementApproval, AgreementApproval.class), Map.entry(Label.Paper, Paper.class),
			Map.entry(Label.Risk, Risk.class), Map.entry(Label.BudgetLine, BudgetLine.class),
			Map.entry(Label.Duty, Duty.class), Map.entry(Label.TermsOfReference, TermsOfReference.class),
			Map.entry(Label.ReportingLine, TermsOfReference.ReportingLine.class),
			Map.entry(Label.PartnershipRole, PartnershipRole.class));

	/** Every id's node, of whichever kind, in one round trip (then {@code RETURN id, n, label}). */
	private static final String FIND = "UNWIND $ids AS id\nCALL (id) {\n"
			+ TYPES.keySet().stream()
				.map(label -> "  MATCH (n:%s {id: id}) RETURN n, '%s' AS label".formatted(label, label))
				.collect(Collectors.joining("\n  UNION ALL\n"))
			+ "\n}\n";

	/** Merges are recorded, not linked: a record merged twice is followed this many steps at most. */
	private static final int MERGE_STEPS = 10;

	private final Neo4jClient client;

	Nodes(Neo4jClient client) {
		this.client = client;
	}

	static Object map(org.neo4j.driver.Value node, String label) {
		return NodeMapper.map(node, TYPES.get(Label.valueOf(label)));
	}

	/** The node of each id, in order (null where there is none); merged ids give the record they were merged into. */
	Found find(List<String> ids) {
		Map<String, Object> nodes = new HashMap<>(load(ids));
		Map<String, String> mergedInto = new LinkedHashMap<>();
		List<String> missing = ids.stream().filter(id -> !nodes.containsKey(id)).distinct().toList();
		Map<String, String> survivor = missing.stream().collect(Collectors.toMap(id -> id, id -> id));
		for (int step = 0; step < MERGE_STEPS && !missing.isEmpty(); step++) {
			Map<String, String> kept = keptIds(missing);
			survivor.replaceAll((id, current) -> kept.getOrDefault(current, current));
			missing = kept.values().stream().distinct().toList();
			Map<String, Object> loaded = load(missing);
			nodes.putAll(loaded);
			missing = missing.stream().filter(id -> !loaded.containsKey(id)).toList();
		}
		survivor.forEach((id, kept) -> {
			if (!id.equals(kept) && nodes.containsKey(kept)) {
				mergedInto.put(id, kept);
			}
		});
		List<Object> found = new ArrayList<>();
		ids.forEach(id -> found.add(nodes.get(mergedInto.getOrDefault(id, id))));
		return new Found(found, mergedInto);
	}

	/** Nodes found, and which asked-for ids were merged into which surviving records. */
	record Found(List<Object> nodes, Map<String, String> mergedInto) {
	}

	/**
	 * The nodes of these ids; when they are the root field's answer, with the nested selection beneath them in the same
	 * query ({@link Prefetch#take}). The selection's own type is tried first, through its index alone: the other kinds
	 * are looked for only for ids not of it.
	 */
	private Map<String, Object> load(Collection<String> ids) {
		Map<String, Object> nodes = new HashMap<>();
		Prefetch.Tail tail = ids.isEmpty() ? null : Prefetch.take(null);
		Collection<String> rest = ids;
		Label label = (tail != null) ? addressable(tail.type()) : null;
		if (label != null) {
			read("UNWIND $ids AS id\nMATCH (n:%s {id: id})\nWITH id, n, '%s' AS label\n".formatted(label, label), ids,
					tail, nodes);
			rest = ids.stream().filter(id -> !nodes.containsKey(id)).toList();
		}
		if (!rest.isEmpty()) {
			read(FIND, rest, (label == null) ? tail : null, nodes);
		}
		return nodes;
	}

	private static Label addressable(String type) {
		return TYPES.keySet().stream().filter(label -> label.name().equals(type)).findFirst().orElse(null);
	}

	/** Reads the nodes {@code match} binds (as {@code id, n, label}) into {@code nodes}, with the tail when given. */
	private void read(String match, Collection<String> ids, Prefetch.Tail tail, Map<String, Object> nodes) {
		Map<String, Object> own = Map.of("ids", List.copyOf(ids));
		Map<String, Object> params = (tail != null) ? tail.params(own) : own;
		String cypher = match + ((tail != null) ? tail.returning("n", "id, n, label") : "RETURN id, n, label");
		this.client.query(cypher)
			.bindAll(params)
			.fetchAs(Map.Entry.class)
			.mappedBy((ts, row) -> {
				String label = row.get("label").asString();
				Object node = map(row.get("n"), label);
				if (tail != null && label.equals(tail.type())) {
					tail.read(node, row);
				}
				return Map.entry(row.get("id").asString(), node);
			})
			.all()
			.forEach(entry -> nodes.put((String) entry.getKey(), entry.getValue()));
	}

	private Map<String, String> keptIds(Collection<String> mergedIds) {
		Map<String, String> kept = new HashMap<>();
		this.client.query("MATCH (m:MergeRecord) WHERE m.mergedId IN $ids RETURN m.mergedId AS merged, m.keptId AS kept")
			.bind(List.copyOf(mergedIds)).to("ids")
			.fetch()
			.all()
			.forEach(row -> kept.put((String) row.get("merged"), (String) row.get("kept")));
		return kept;
	}

}
