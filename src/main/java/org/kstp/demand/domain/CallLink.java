package org.kstp.demand.domain;

import java.time.Instant;
import java.util.UUID;
import org.kstp.demand.DemandLink;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A call item (or whole call, {@code callItemId} null) the demand feeds, with who linked it and when,
 * so the trail can say so.
 */
@Table("demand_call_link")
public record CallLink(UUID callId, UUID callItemId, UUID linkedBy, String linkedByName, Instant linkedAt) {

    public DemandLink target() {
        return new DemandLink(callId, callItemId);
    }
}
