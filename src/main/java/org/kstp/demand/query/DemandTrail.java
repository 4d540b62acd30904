package org.kstp.demand.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.demand.DemandLink;
import org.kstp.demand.DemandTrailContributor;
import org.kstp.demand.TrailStep;
import org.springframework.stereotype.Component;

/** Where a demand went: the steps of every contributor, this module's linked calls first. */
@Component
public class DemandTrail {

    private final List<DemandTrailContributor> contributors;

    DemandTrail(List<DemandTrailContributor> contributors) {
        // Our own contributor leads: calls come before the proposals and projects that answer them.
        this.contributors = contributors.stream()
                .sorted(Comparator.comparing(c -> c instanceof LinkedCallsTrail ? 0 : 1)).toList();
    }

    /**
     * @param viewer null on the public page
     */
    public List<TrailStep> steps(UUID demandId, List<DemandLink> links, Actor viewer) {
        List<TrailStep> steps = new ArrayList<>();
        contributors.forEach(c -> steps.addAll(c.steps(demandId, links, viewer)));
        return steps;
    }
}
