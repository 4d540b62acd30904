/**
 * Proposals: drafting by the principal investigator, submission, endorsement by the host
 * institution, county recommendation, bureau intake and formal check, and the hand-over to review
 * and award. The lifecycle is the transition table in {@code domain.ProposalStatus}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposal",
        allowedDependencies = {"common", "platform", "audit", "identity", "directory", "plan", "program",
                "attachment", "integrity", "demand"})
package org.kstp.proposal;
