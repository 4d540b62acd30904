package org.kstp.demand.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.demand.DemandTrailContributor;
import org.kstp.demand.TrailStep;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.springframework.stereotype.Component;

/**
 * The first part of a demand's trail: the calls it was linked to. The public sees only calls that
 * are open (drafts are not public yet); staff see every linked call.
 */
@Component
class LinkedCallsTrail implements DemandTrailContributor {

    private final ProgramApi programs;

    LinkedCallsTrail(ProgramApi programs) {
        this.programs = programs;
    }

    @Override
    public List<TrailStep> steps(UUID demandId, Set<UUID> linkedCallIds, Actor viewer) {
        List<TrailStep> steps = new ArrayList<>();
        for (UUID callId : linkedCallIds) {
            programs.call(callId).ifPresent(call -> {
                if (viewer != null || call.acceptingProposals()) {
                    steps.add(step(call, viewer));
                }
            });
        }
        steps.sort(Comparator.comparing(TrailStep::title));
        return steps;
    }

    private static TrailStep step(CallView call, Actor viewer) {
        String href;
        if (viewer != null && viewer.has(Role.BUREAU_STAFF)) {
            href = "/calls/" + call.id();
        } else {
            href = call.acceptingProposals() ? "/portal/calls/" + call.id() : null;
        }
        return new TrailStep("demand.trail.call", call.title(), call.programName(), href, null);
    }
}
