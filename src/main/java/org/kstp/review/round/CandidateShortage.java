package org.kstp.review.round;

import java.util.UUID;

/**
 * How one proposal's candidates compare with what the draw needs, shown before any draw.
 *
 * @param eligible      experts no conflict rule excludes
 * @param candidates    eligible experts with some affinity (the top 200 at most)
 * @param organisations distinct organisations among the candidates
 * @param outside       outside experts among the candidates
 * @param needed        candidates from distinct organisations the draw needs (k, or k/q when randomised)
 */
public record CandidateShortage(UUID proposalId, int eligible, int candidates, int organisations, int outside,
                                int needed, boolean outsideRequired) {

    /** Too few candidates: the draw refuses while any proposal is short. */
    public boolean shortOfCandidates() {
        return organisations < needed;
    }

    /** No outside candidate although one is required: flagged, but the draw may proceed. */
    public boolean shortOfOutside() {
        return outsideRequired && outside == 0;
    }
}
