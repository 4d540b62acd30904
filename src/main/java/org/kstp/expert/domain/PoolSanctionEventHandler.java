package org.kstp.expert.domain;

import org.kstp.common.Actor;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityRecordTookEffect;
import org.kstp.integrity.IntegrityRecordsTookEffect;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Experts leave the pool by themselves when a measure barring them from reviewing takes effect. The
 * conflict rules already exclude a sanctioned expert from every screening; leaving the pool makes it
 * visible in the pool list and means the expert must apply again once the measure has run out.
 */
@Component
class PoolSanctionEventHandler {

    private final ExpertService experts;

    PoolSanctionEventHandler(ExpertService experts) {
        this.experts = experts;
    }

    @ApplicationModuleListener
    void on(IntegrityRecordsTookEffect event) {
        for (IntegrityRecordTookEffect r : event.records()) {
            if (r.accountId() != null && r.blocks(Activity.REVIEW)) {
                experts.leaveOnSanction(r.accountId(), reference(r), Actor.system());
            }
        }
    }

    /** How the record is named in the status history: issuer and document number, as on the decision. */
    static String reference(IntegrityRecordTookEffect r) {
        return r.issuer() + " " + r.documentNumber();
    }
}
