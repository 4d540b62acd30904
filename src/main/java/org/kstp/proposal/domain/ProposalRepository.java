package org.kstp.proposal.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

// Read-only transaction for the query methods: see RepositoryTransactionsTest for why.
@Transactional(readOnly = true)
public interface ProposalRepository extends ListCrudRepository<Proposal, UUID> {
}
