package org.partnershiphub.common;

/**
 * Every node label the hub writes. Cypher that needs a label picks it from here, never from user input.
 */
public enum Label {

	Organisation, Person, Board, Membership, QuorumRule, Partnership, PartnershipMembership, Section75Agreement,
	AgreementParty, AgreementVariation, PooledFund, Contribution, Interest, SourceDocument, Meeting, AgendaItem,
	Attendance, Declaration, Decision, NilReturn, RegisterListing, RegisterRow, Post, PostHolder, Delegation, Reservation,
	Dispensation, PersonRelationship;

}
