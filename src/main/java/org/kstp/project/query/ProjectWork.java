package org.kstp.project.query;

import java.util.ArrayList;
import java.util.List;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.platform.NavGroup;
import org.kstp.platform.WorkCount;
import org.kstp.platform.WorkSource;
import org.springframework.stereotype.Component;

/** Projects still waiting for their agreement, within the project list's scope. */
@Component
class ProjectWork implements WorkSource {

    private static final String AWAITING_AGREEMENT = "AGREEMENT_PENDING";

    private final ProjectQuery query;

    ProjectWork(ProjectQuery query) {
        this.query = query;
    }

    @Override
    public List<WorkCount> workFor(Actor actor) {
        List<WorkCount> work = new ArrayList<>();
        if (actor.has(Role.BUREAU_STAFF) || actor.has(Role.COUNTY_STAFF) || actor.has(Role.INSTITUTION_ADMIN)
                || actor.has(Role.APPLICANT)) {
            long n = query.countInStatus(actor, AWAITING_AGREEMENT);
            if (n > 0) {
                work.add(new WorkCount(NavGroup.PROJECTS, "project.work.awaitingAgreement", n,
                        "/projects?status=" + AWAITING_AGREEMENT, null));
            }
        }
        return work;
    }
}
