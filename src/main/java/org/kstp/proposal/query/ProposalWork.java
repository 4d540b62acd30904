package org.kstp.proposal.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.platform.NavGroup;
import org.kstp.platform.WorkCount;
import org.kstp.platform.WorkSource;
import org.springframework.stereotype.Component;

/** The proposal queues waiting for this user's roles, counted within the proposal list's scope. */
@Component
class ProposalWork implements WorkSource {

    private final ProposalQuery query;

    ProposalWork(ProposalQuery query) {
        this.query = query;
    }

    @Override
    public List<WorkCount> workFor(Actor actor) {
        List<WorkCount> work = new ArrayList<>();
        query.queueCounts(actor, queuesOf(actor)).forEach((queue, count) -> work.add(new WorkCount(
                NavGroup.APPLICATION, "proposal.WorkQueue." + queue, count, "/proposals?awaiting=" + queue, null)));
        return work;
    }

    /** Which queues are this user's work: the same division as the bulk actions of the list. */
    static Set<WorkQueue> queuesOf(Actor actor) {
        Set<WorkQueue> queues = EnumSet.noneOf(WorkQueue.class);
        if (actor.has(Role.APPLICANT)) {
            queues.add(WorkQueue.REVISE);
        }
        if (actor.has(Role.INSTITUTION_ADMIN)) {
            queues.add(WorkQueue.ENDORSE);
        }
        if (actor.has(Role.COUNTY_STAFF)) {
            queues.add(WorkQueue.RECOMMEND);
        }
        if (actor.has(Role.BUREAU_STAFF)) {
            queues.add(WorkQueue.ACCEPT);
            queues.add(WorkQueue.FORMAL_CHECK);
        }
        return queues;
    }
}
