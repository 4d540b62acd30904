package org.kstp.proposal.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of submit attempts. A blocked attempt is written in its own transaction, because the
 * refusal rolls the caller's back; a successful one joins the submission's transaction, so it is
 * only logged if the submission commits.
 */
@Component
public class SubmitAttempts {

    /** How an attempt ended. */
    public enum Outcome { SUBMITTED, BLOCKED, REPEATED }

    public record Attempt(Instant at, String actorName, Outcome outcome, String blockers) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SubmitAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // All three join the caller's transaction: a separate one would hold a second pooled connection
    // per request, and under a deadline surge every connection ended up waiting for another (./bench surge).
    @Transactional(propagation = Propagation.MANDATORY)
    public void blocked(UUID proposalId, Actor actor, List<String> reasonCodes) {
        insert(proposalId, actor, Outcome.BLOCKED, String.join(",", reasonCodes));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void repeated(UUID proposalId, Actor actor) {
        insert(proposalId, actor, Outcome.REPEATED, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void submitted(UUID proposalId, Actor actor) {
        insert(proposalId, actor, Outcome.SUBMITTED, null);
    }

    public List<Attempt> of(UUID proposalId) {
        return jdbc.sql("select at, actor_name, outcome, blockers from proposal_submit_attempt"
                + " where proposal_id = ? order by at").param(proposalId).query(Attempt.class).list();
    }

    private void insert(UUID proposalId, Actor actor, Outcome outcome, String blockers) {
        jdbc.sql("insert into proposal_submit_attempt (proposal_id, actor_id, actor_name, at, outcome, blockers)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(proposalId, actor.accountId(), actor.displayName(), Timestamp.from(clock.instant()),
                        outcome.name(), blockers).update();
    }
}
