package org.partnershiphub.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;
import org.partnershiphub.common.Graph;
import org.partnershiphub.common.Label;
import org.partnershiphub.common.NodeMapper;
import org.partnershiphub.conflict.Conflict.Path;
import org.partnershiphub.conflict.Conflict.PathNode;
import org.partnershiphub.conflict.Conflict.PathRelationship;
import org.partnershiphub.interest.Interest;
import org.partnershiphub.interest.InterestService;
import org.partnershiphub.meeting.AgendaItem.Purpose;
import org.partnershiphub.meeting.MeetingService;
import org.partnershiphub.organisation.Organisation.OrganisationKind;
import org.partnershiphub.person.PersonRelationship.Kind;
import org.partnershiphub.person.Person;

import org.springframework.stereotype.Component;

/**
 * Finds, in one Cypher query, every interest of some people that reaches some subjects as at a date.
 * <p>
 * From the organisation an interest is in, the walk goes only "upwards", to what that organisation belongs to or
 * pays into: its parent bodies (PART_OF, any number of levels up to {@code maxHops}), then from any of them one
 * step to a partnership it is a partner in, an agreement it is a party to, a pooled fund it hosts or contributes to,
 * or on from such a fund to its agreement or from such an agreement to its funds. Never down again, so a partner in
 * one GP practice is not conflicted on a sibling practice. A subject that is a subsidiary (up to two levels) of the
 * interest's organisation is reached too. A step through a reified node (partner, party, contribution) counts
 * once; paths longer than {@code maxHops} steps are dropped and partnership memberships must hold on the date. The
 * shortest path per interest and subject is kept.
 */
@Component
class ConflictFinder {

	/**
	 * Every step is a directed pattern, so a super-node is never read from the wrong side: reaching a federation that
	 * half the practices belong to costs its few outgoing relationships, not its thousands of incoming ones.
	 */
	private static final String QUERY = """
			UNWIND $personIds AS personId
			MATCH (p:Person {id: personId})
			// the person's own interests, and those of relatives and associates as the policy counts them
			CALL (p) {
			  MATCH (p)<-[:DECLARED_BY]-(i:Interest)-[:IN_ORGANISATION]->(o:Organisation)
			  RETURN i, o, null AS via, null AS relative
			  UNION
			  MATCH (p)<-[:RELATES]-(via:PersonRelationship)-[:RELATES]->(relative:Person)
			        <-[:DECLARED_BY]-(i:Interest)-[:IN_ORGANISATION]->(o:Organisation)
			  WHERE relative <> p AND via.kind IN $relatedKinds
			    AND coalesce(via.validFrom, date('0001-01-01')) <= $asOf AND coalesce(via.validTo, $asOf) >= $asOf
			  RETURN i, o, via, relative
			}
			WITH p, i, o, via, relative, {asOf: $asOf} AS k
			WHERE %1$s
			// many interests share an organisation: walk from each organisation once
			WITH o, collect({person: p, interest: i, via: via, relative: relative}) AS holders
			WITH collect({o: o, holders: holders}) AS groups
			// the subjects as nodes, so the walk tests identity rather than reading every visited node's id
			CALL () {
			  UNWIND $subjectIds AS subjectId
			  MATCH (s {id: subjectId})
			  WHERE %4$s
			  RETURN collect(s) AS subjects
			}
			// subjects that are subsidiaries: walked up from the few subjects, never down from a federation's thousands
			CALL (subjects) {
			  UNWIND subjects AS s
			  OPTIONAL MATCH path = (s:Organisation)-[:PART_OF]->{1,2}(:Organisation)
			  RETURN collect(path) AS downwards
			}
			UNWIND groups AS g
			WITH g.o AS o, g.holders AS holders, subjects, downwards
			CALL (o, subjects, downwards) {
			  // up through parent bodies, then one step of membership, party, hosting or contribution
			  MATCH up = (o)-[:PART_OF]->{0,%2$d}(x:Organisation)
			  CALL (x, subjects) {
			    MATCH t = (x) WHERE x IN subjects RETURN t
			    UNION
			    MATCH t = (x)<-[:PARTNER]-(pm:PartnershipMembership)-[:IN_PARTNERSHIP]->(s)
			    WHERE s IN subjects
			      AND coalesce(pm.from, date('0001-01-01')) <= $asOf AND coalesce(pm.to, $asOf) >= $asOf
			    RETURN t
			    UNION
			    MATCH t = (x)<-[:PARTY]-(:AgreementParty)-[:TO_AGREEMENT]->(s) WHERE s IN subjects RETURN t
			    UNION
			    MATCH t = (x)<-[:PARTY]-(:AgreementParty)-[:TO_AGREEMENT]->(:Agreement)<-[:UNDER_AGREEMENT]-(s)
			    WHERE s IN subjects RETURN t
			    UNION
			    MATCH t = (x)<-[:HOSTED_BY]-(s) WHERE s IN subjects RETURN t
			    UNION
			    MATCH t = (x)<-[:HOSTED_BY]-(:PooledFund)-[:UNDER_AGREEMENT]->(s) WHERE s IN subjects RETURN t
			    UNION
			    MATCH t = (x)<-[:FROM_PARTY]-(:Contribution)-[:TO_FUND]->(s) WHERE s IN subjects RETURN t
			    UNION
			    MATCH t = (x)<-[:FROM_PARTY]-(:Contribution)-[:TO_FUND]->(:PooledFund)-[:UNDER_AGREEMENT]->(s)
			    WHERE s IN subjects RETURN t
			  }
			  RETURN nodes(up) + tail(nodes(t)) AS chain, relationships(up) + relationships(t) AS rels
			  UNION
			  UNWIND [x IN downwards WHERE last(nodes(x)) = o] AS path
			  RETURN reverse(nodes(path)) AS chain, reverse(relationships(path)) AS rels
			}
			WITH o, holders, chain, rels,
			     size([n IN chain WHERE NOT (n:PartnershipMembership OR n:AgreementParty OR n:Contribution)]) - 1 AS steps
			WHERE steps <= $maxHops
			WITH o, holders, last(chain) AS n, chain, rels, steps
			ORDER BY steps
			WITH o, holders, n, head(collect({chain: chain, rels: rels, steps: steps})) AS best
			UNWIND holders AS holder
			WITH holder.person AS p, holder.interest AS i, holder.via AS via, holder.relative AS relative, o, n, best
			RETURN p AS person, i AS interest, via.kind AS relationship, o.id AS organisationId,
			       o.kind AS organisationKind, n, %3$s AS label, best.steps AS steps,
			       [x IN CASE WHEN via IS NULL THEN [p, i] ELSE [p, via, relative, i] END + best.chain
			         | {id: x.id, kind: labels(x)[0],
			            name: coalesce(x.displayName, x.name, x.title, x.reference, x.nature, x.subject, x.role, x.kind)}]
			         AS nodes,
			       CASE WHEN via IS NULL THEN [] ELSE [{type: 'RELATES', from: via.id, to: p.id},
			         {type: 'RELATES', from: via.id, to: relative.id}] END
			         + [{type: 'DECLARED_BY', from: i.id, to: coalesce(relative.id, p.id)},
			            {type: 'IN_ORGANISATION', from: i.id, to: o.id}]
			         + [r IN best.rels | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships
			ORDER BY p.familyName, p.givenName, p.id, best.steps, i.id, n.id
			""";

	private final Graph graph;

	ConflictFinder(Graph graph) {
		this.graph = graph;
	}

	/**
	 * Conflicts of {@code personIds} with {@code subjectIds} as at {@code asOf}, each with the action the policy
	 * gives for {@code purpose}. {@code maxHops} must already be validated: it bounds the pattern itself, where
	 * Cypher allows no parameter.
	 */
	List<Conflict> find(Collection<String> personIds, Collection<String> subjectIds, LocalDate asOf, int maxHops,
			Purpose purpose, ConflictPolicy policy) {
		if (personIds.isEmpty() || subjectIds.isEmpty()) {
			return List.of();
		}
		return this.graph.query(cypher(maxHops), params(personIds, subjectIds, asOf, maxHops, policy.relatedKinds()),
				row -> {
					Person person = NodeMapper.map(row.get("person"), Person.class);
					Interest interest = NodeMapper.map(row.get("interest"), Interest.class);
					Object subject = NodeMapper.map(row.get("n"),
							MeetingService.SUBJECT_TYPES.get(Label.valueOf(row.get("label").asString())));
					List<PathNode> nodes = row.get("nodes")
						.asList(v -> new PathNode(v.get("id").asString(), v.get("kind").asString(), name(v)));
					List<PathRelationship> rels = row.get("relationships")
						.asList(v -> new PathRelationship(v.get("type").asString(), v.get("from").asString(),
								v.get("to").asString()));
					Kind relationship = row.get("relationship").isNull() ? null
							: Kind.valueOf(row.get("relationship").asString());
					String explanation = (relationship == null) ? explain(interest, nodes, rels)
							: explainRelative(relationship, interest, nodes, rels);
					return policy.judge(new Conflict(person, interest, subject, row.get("n").get("id").asString(),
							row.get("organisationId").asString(), kind(row.get("organisationKind")),
							row.get("steps").asInt(), new Path(nodes, rels), explanation, ManagementAction.NO_ACTION,
							null, null, relationship), purpose);
				});
	}

	static String cypher(int maxHops) {
		// Parent bodies are climbed at most maxHops steps; Cypher needs an upper bound of at least 1.
		return QUERY.formatted(InterestService.VALID_AT, Math.max(1, maxHops), MeetingService.SUBJECT_LABEL,
				Graph.anyOf("s", MeetingService.SUBJECT_TYPES.keySet()));
	}

	static Map<String, Object> params(Collection<String> personIds, Collection<String> subjectIds, LocalDate asOf,
			int maxHops, Collection<Kind> relatedKinds) {
		return Map.of("personIds", List.copyOf(Set.copyOf(personIds)), "subjectIds", List.copyOf(Set.copyOf(subjectIds)),
				"asOf", asOf, "maxHops", maxHops, "relatedKinds", relatedKinds.stream().map(Enum::name).toList());
	}

	private static OrganisationKind kind(Value kind) {
		return kind.isNull() ? null : OrganisationKind.valueOf(kind.asString());
	}

	private static String name(Value node) {
		return node.get("name").isNull() ? null : node.get("name").asString();
	}

	/**
	 * The path as a sentence: "Dr Ana Cole has a financial interest (GP partner) in Northgate Surgery, which is part
	 * of Brackenford GP Federation, which is a partner in Brackenford Provider Alliance."
	 */
	static String explain(Interest interest, List<PathNode> nodes, List<PathRelationship> rels) {
		StringBuilder text = new StringBuilder(nodes.get(0).name())
			.append(" has ")
			.append(article(words(interest.type().name())))
			.append(" interest");
		if (interest.nature() != null) {
			text.append(" (").append(interest.nature()).append(')');
		}
		text.append(" in ").append(nodes.get(2).name());
		String current = nodes.get(2).id();
		List<String> clauses = new ArrayList<>();
		for (int index = 2, node = 3; index < rels.size(); index++, node++) {
			PathRelationship rel = rels.get(index);
			String verb = switch (rel.type()) {
				case "PARTNER" -> "is a partner in";
				case "PARTY" -> "is a party to";
				case "FROM_PARTY" -> "contributes to";
				case "HOSTED_BY" -> "hosts";
				case "PART_OF" -> rel.from().equals(current) ? "is part of" : "includes";
				case "UNDER_AGREEMENT" -> rel.from().equals(current) ? "is a pooled fund under" : "holds the pooled fund";
				default -> null;
			};
			if (verb != null) {
				int target = node;
				if (Set.of("PARTNER", "PARTY", "FROM_PARTY").contains(rel.type())) {
					target = node + 1;
					index++;
					node++;
				}
				clauses.add(verb + " " + nodes.get(target).name());
				current = nodes.get(target).id();
			}
		}
		clauses.forEach(clause -> text.append(", which ").append(clause));
		return text.append('.').toString();
	}

	/**
	 * A relative's interest as a sentence: "Cllr Ines Vale's spouse or civil partner, Owen Marr, has a financial
	 * interest (Director) in Harbour Care Ltd, which ..."
	 */
	static String explainRelative(Kind relationship, Interest interest, List<PathNode> nodes,
			List<PathRelationship> rels) {
		String relative = nodes.get(2).name();
		String theirs = explain(interest, nodes.subList(2, nodes.size()), rels.subList(2, rels.size()));
		return nodes.get(0).name() + "'s " + words(relationship.name()) + ", " + relative + ","
				+ theirs.substring(relative.length());
	}

	private static String words(String constant) {
		return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String article(String words) {
		return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
	}

}
