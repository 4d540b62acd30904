package org.kstp.proposal.domain;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises submissions per PI. The PI limit counts the PI's submitted proposals; two drafts
 * submitted at the same moment would each count the other as a draft and both pass. A PostgreSQL
 * transaction-scoped advisory lock keyed on the PI, taken before counting, makes the second
 * submission wait until the first commits and then count it. Released at commit or rollback.
 */
@Component
class PiSubmissionLock {

    /** First key of the two-key lock: which of the application's advisory locks this is. */
    private static final int PI_LIMIT_LOCKS = 0x50494c4d;

    private final JdbcClient jdbc;

    PiSubmissionLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for any other submission of this PI to finish; holds the lock until this transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(UUID piAccountId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(PI_LIMIT_LOCKS, piAccountId.hashCode())
                .query((rs, row) -> row).list();
    }
}
