package org.kstp.demand.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.demand.DemandLink;
import org.kstp.demand.DemandTrailContributor;
import org.kstp.demand.TrailStep;
import org.kstp.program.CallItemView;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.springframework.stereotype.Component;

/**
 * The first part of a demand's trail: the call items (or whole calls) it was linked to. The public
 * sees only calls that are published (drafts are not public yet); staff see every link.
 */
@Component
class LinkedCallsTrail implements DemandTrailContributor {

    private final ProgramApi programs;

    LinkedCallsTrail(ProgramApi programs) {
        this.programs = programs;
    }

    @Override
    public List<TrailStep> steps(UUID demandId, List<DemandLink> links, Actor viewer) {
        List<TrailStep> steps = new ArrayList<>();
        for (DemandLink link : links) {
            programs.call(link.callId()).ifPresent(call -> {
                boolean published = programs.publishedCall(call.id()).isPresent();
                if (viewer != null || published) {
                    steps.add(step(call, call.item(link.callItemId()).orElse(null), viewer, published));
                }
            });
        }
        steps.sort(Comparator.comparing(TrailStep::title));
        return steps;
    }

    private static TrailStep step(CallView call, CallItemView item, Actor viewer, boolean published) {
        String href;
        if (viewer != null && viewer.has(Role.BUREAU_STAFF)) {
            href = "/calls/" + call.id() + (item == null ? "" : "#items");
        } else {
            href = published ? "/portal/calls/" + call.id() : null;
        }
        if (item == null) {
            return new TrailStep("demand.trail.call", call.title(), call.programName(), href, null);
        }
        return new TrailStep("demand.trail.callItem", call.title() + " / " + item.number() + ". " + item.title(),
                call.programName(), href, null);
    }
}
