package org.partnershiphub.search;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.partnershiphub.agreement.AgreementParty;
import org.partnershiphub.agreement.AgreementVariation;
import org.partnershiphub.agreement.Contribution;
import org.partnershiphub.agreement.PooledFund;
import org.partnershiphub.agreement.Section75Agreement;
import org.partnershiphub.authority.Delegation;
import org.partnershiphub.authority.Post;
import org.partnershiphub.authority.PostHolder;
import org.partnershiphub.authority.Reservation;
import org.partnershiphub.board.Board;
import org.partnershiphub.board.Membership;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.interest.Interest;
import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.meeting.Attendance;
import org.partnershiphub.meeting.Decision;
import org.partnershiphub.meeting.Declaration;
import org.partnershiphub.meeting.Meeting;
import org.partnershiphub.organisation.Organisation;
import org.partnershiphub.partnership.Partnership;
import org.partnershiphub.partnership.PartnershipMembership;
import org.partnershiphub.person.Person;
import org.partnershiphub.source.SourceDocument;

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
			Map.entry(Label.Section75Agreement, Section75Agreement.class),
			Map.entry(Label.AgreementParty, AgreementParty.class),
			Map.entry(Label.AgreementVariation, AgreementVariation.class),
			Map.entry(Label.PooledFund, PooledFund.class), Map.entry(Label.Contribution, Contribution.class),
			Map.entry(Label.Interest, Interest.class), Map.entry(Label.SourceDocument, SourceDocument.class),
			Map.entry(Label.Meeting, Meeting.class), Map.entry(Label.AgendaItem, AgendaItem.class),
			Map.entry(Label.Attendance, Attendance.class), Map.entry(Label.Declaration, Declaration.class),
			Map.entry(Label.Decision, Decision.class), Map.entry(Label.Post, Post.class),
			Map.entry(Label.PostHolder, PostHolder.class), Map.entry(Label.Delegation, Delegation.class),
			Map.entry(Label.Reservation, Reservation.class));

	private static final String FIND = "CALL () {\n"
			+ TYPES.keySet().stream()
				.map(label -> "  MATCH (n:%s {id: $id}) RETURN n, '%s' AS label".formatted(label, label))
				.collect(Collectors.joining("\n  UNION ALL\n"))
			+ "\n}\nRETURN n, label\nLIMIT 1";

	private final Neo4jClient client;

	Nodes(Neo4jClient client) {
		this.client = client;
	}

	static Object map(org.neo4j.driver.Value node, String label) {
		return NodeMapper.map(node, TYPES.get(Label.valueOf(label)));
	}

	Optional<Object> find(String id) {
		return this.client.query(FIND)
			.bind(id).to("id")
			.fetchAs(Object.class)
			.mappedBy((ts, row) -> map(row.get("n"), row.get("label").asString()))
			.first();
	}

}
