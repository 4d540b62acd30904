package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;

/**
 * One named conflict-of-interest rule. {@link #check} is the rule's definition for one expert;
 * {@link #suspects} narrows a whole-pool screening to the experts the rule could possibly hit,
 * through the index, so most rules never look at most of the pool.
 */
public interface ConflictPolicy {

    ConflictCode code();

    /** The reason this rule excludes the expert, or empty. */
    Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date, ConflictSettings settings);

    /** Every expert {@link #check} could exclude (a superset is fine); by default the whole pool. */
    default Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index, ConflictSettings settings) {
        return index.inPool();
    }

    default ConflictReason reason(String detailKey, String detail) {
        return new ConflictReason(code(), detailKey, detail);
    }
}
