package org.kstp.demand.domain;

import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.demand.DemandCommands;
import org.kstp.demand.NewDemand;
import org.springframework.stereotype.Service;

/** {@link DemandCommands} on the service behind the demand pages. */
@Service
class DemandCommandService implements DemandCommands {

    private final DemandService demands;

    DemandCommandService(DemandService demands) {
        this.demands = demands;
    }

    @Override
    public UUID submit(NewDemand d, Actor submitter) {
        return demands.submit(new DemandContent(d.title(), d.problem(), d.industryCode(), d.gbtIndustryCode(),
                d.countyCode(), d.expectedOutcome(), d.coFunding(), d.contactName(), d.contactPhone(),
                d.contactEmail()), submitter);
    }

    @Override
    public void vet(UUID id, Actor bureau) {
        demands.act(id, DemandAction.VET, null, null, bureau);
    }

    @Override
    public void publish(UUID id, Actor bureau) {
        demands.act(id, DemandAction.PUBLISH, null, null, bureau);
    }

    @Override
    public void reject(UUID id, String reason, Actor bureau) {
        demands.act(id, DemandAction.REJECT, reason, null, bureau);
    }

    @Override
    public void withdraw(UUID id, String reason, Actor submitter) {
        demands.act(id, DemandAction.WITHDRAW, reason, null, submitter);
    }
}
