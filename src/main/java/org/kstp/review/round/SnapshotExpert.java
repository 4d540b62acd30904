package org.kstp.review.round;

import java.util.UUID;

/**
 * An expert as a round's draw saw them.
 *
 * @param organisation index of the employer within the round; negative when unknown (never grouped)
 * @param outside      from outside Kashgar, or from a partner province
 * @param capacity     proposals the expert could still take this year when the draw ran
 */
public record SnapshotExpert(UUID accountId, String name, int organisation, boolean outside, int capacity) {
}
