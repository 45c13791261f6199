package org.partnershiphub.common;

/**
 * Every node label the hub writes. Cypher that needs a label picks it from here, never from user input.
 */
public enum Label {

	Organisation, Person, Board, Membership, QuorumRule, Partnership, PartnershipMembership, Section75Agreement,
	AgreementParty, AgreementVariation, PooledFund, Contribution, Interest, SourceDocument;

	/** Labels whose nodes the API can return by id. */
	public static final Label[] ADDRESSABLE = { Organisation, Person, Board, Membership, Partnership,
			PartnershipMembership, Section75Agreement, AgreementParty, AgreementVariation, PooledFund, Contribution,
			Interest, SourceDocument };

}
