package org.kstp.review.domain;

import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The check behind every staff-only command of review (scores, ranking, decisions, flags): the
 * controllers' role annotations guard the pages, this guards the services called from anywhere.
 */
public final class BureauOnly {

    private BureauOnly() {
    }

    public static void require(Actor actor) {
        if (!actor.has(Role.BUREAU_STAFF)) {
            throw new AccessDeniedException("bureau only");
        }
    }
}
