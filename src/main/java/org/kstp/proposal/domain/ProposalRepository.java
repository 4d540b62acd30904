package org.kstp.proposal.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface ProposalRepository extends ListCrudRepository<Proposal, UUID> {

    List<Proposal> findByStatusIn(List<ProposalStatus> statuses);

    List<Proposal> findByCallIdAndStatusIn(UUID callId, List<ProposalStatus> statuses);

    List<Proposal> findByPiAccountId(UUID piAccountId);
}
