/**
 * The rules a proposal is checked against, one file per rule, in the shape of the conflict rules
 * ({@code expert/coi}): each rule implements {@link org.kstp.proposal.domain.rules.ProposalRule}, says
 * which {@link org.kstp.proposal.domain.rules.RuleCode} it is, and returns findings (a message key and
 * its arguments). {@link org.kstp.proposal.domain.rules.ProposalChecklist} is the list of rules, in the
 * order the applicant reads them. The numbers come from the call (its settings page names each rule
 * group's source document), never from constants here.
 */
package org.kstp.proposal.domain.rules;
