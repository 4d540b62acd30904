package org.kstp.demand;

import java.util.UUID;

/**
 * A call item (or, for links made before the call had items, a whole call) that a demand feeds.
 *
 * @param callItemId the item; null when the demand feeds the call as a whole
 */
public record DemandLink(UUID callId, UUID callItemId) {
}
