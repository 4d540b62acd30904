package org.kstp.proposal.domain;

import java.time.Clock;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's county is its host institution's county. A host outside the prefecture has none, so
 * the bureau decides which county the proposal belongs to (whose staff see it, whose quota it uses):
 * recorded on the proposal and audited, with the county it was placed in.
 */
@Service
public class CountyAssignment {

    private final ProposalService proposals;
    private final ProposalRepository repository;
    private final DirectoryApi directory;
    private final AuditApi audit;
    private final Clock clock;

    CountyAssignment(ProposalService proposals, ProposalRepository repository, DirectoryApi directory,
                     AuditApi audit, Clock clock) {
        this.proposals = proposals;
        this.repository = repository;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the county of this proposal waits for (or was) a bureau decision: its host has no county. */
    public boolean needsDecision(Proposal proposal) {
        return directory.organisation(proposal.hostOrganisationId()).map(OrganisationSummary::countyCode)
                .isEmpty();
    }

    /** The bureau places the proposal of a host outside the prefecture in one of Kashgar's counties. */
    @Transactional
    public void assign(UUID id, String countyCode, Actor actor) {
        Proposal proposal = proposals.visible(id, actor);
        if (!actor.has(Role.BUREAU_STAFF)) {
            throw new RuleViolation("proposal.county.bureauOnly");
        }
        if (!needsDecision(proposal)) {
            throw new RuleViolation("proposal.county.fromHost");
        }
        String county = directory.county(countyCode == null ? "" : countyCode.trim())
                .orElseThrow(() -> new RuleViolation("proposal.county.unknown")).code();
        proposal.assignCounty(county, clock.instant());
        repository.save(proposal);
        audit.record(actor, "proposal", id, "ASSIGN_COUNTY", county);
    }
}
