package org.kstp.demand;

import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;

/**
 * Extension point for "where did this demand go". The demand module lists the calls a demand was
 * linked to itself; modules further downstream (proposals answering those calls, projects awarded
 * from them) implement this interface as a Spring bean and their steps appear on the demand's page,
 * without the demand module depending on them. Steps follow the links: call item → proposals → projects.
 */
public interface DemandTrailContributor {

    /**
     * The steps this module knows for a demand, in the order they happened.
     *
     * @param demandId the demand
     * @param links the call items (or whole calls) the bureau linked the demand to
     * @param viewer who is looking; null on the public page, where only public steps may be returned
     */
    List<TrailStep> steps(UUID demandId, List<DemandLink> links, Actor viewer);
}
