package org.kstp.proposal.domain;

import org.kstp.common.RuleViolation;

/**
 * A submission refused by the checklist. Its own type so that the refusing transaction still commits
 * the logged attempt: it wrote nothing else, and logging in a second transaction would need a second
 * connection while holding the first, which deadlocked the pool when hundreds were refused at once.
 */
class SubmitBlocked extends RuleViolation {

    SubmitBlocked(int findings) {
        super("proposal.submit.incomplete", findings);
    }
}
