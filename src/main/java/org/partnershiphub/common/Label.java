package org.partnershiphub.common;

/**
 * Every node label the hub writes. Cypher that needs a label picks it from here, never from user input.
 */
public enum Label {

	Organisation, Person, Board, Membership, QuorumRule, Partnership, PartnershipMembership, Agreement,
	AgreementParty, AgreementVariation, PooledFund, Contribution, Interest, SourceDocument, Meeting, AgendaItem,
	Attendance, Declaration, Decision, NilReturn, RegisterListing, RegisterRow, Post, PostHolder, Delegation, Reservation,
	Dispensation, PersonRelationship, AgreementApproval, FundCap, Paper, Risk, RiskScore, BudgetLine, BudgetPosition,
	Duty, TermsOfReference, ReportingLine, PartnershipRole, StatedCount, Contributor, DutyDeadline;

}
