package org.kstp.review.round;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.kstp.review.assignment.Assignment;
import org.kstp.review.assignment.AssignmentProblem;
import org.kstp.review.assignment.CandidatePairs;
import org.kstp.review.assignment.FractionalAssignment;
import org.kstp.review.assignment.ReplacementDrawer;
import org.springframework.stereotype.Component;

/**
 * Draws one replacement from the round's own distribution (its saved input, its LP) with every
 * other place fixed. Experts who already declined, were withdrawn from or were dismissed for this
 * proposal are not drawn again.
 */
@Component
class Replacements {

    private final RoundSnapshots snapshots;
    private final InvitationRepository invitations;

    Replacements(RoundSnapshots snapshots, InvitationRepository invitations) {
        this.snapshots = snapshots;
        this.invitations = invitations;
    }

    Optional<Invitation> draw(ReviewRound round, Invitation replaced, long seed, Instant now) {
        RoundProblem problem = snapshots.load(round);
        AssignmentProblem ap = problem.assignmentProblem();
        FractionalAssignment lp = RoundSolver.distribution(ap, round.mode(), round.parameters().pairCap());
        CandidatePairs c = ap.pairs();
        int proposal = problem.proposalIndex(replaced.proposalId());
        int removed = c.find(proposal, problem.expertIndex(replaced.expertAccountId()));
        if (proposal < 0 || removed < 0) {
            return Optional.empty();
        }
        List<Invitation> all = invitations.findByRoundIdOrderByCreatedAt(round.id());
        java.util.Set<Integer> current = new java.util.TreeSet<>();
        current.add(removed);
        for (Invitation i : all) {
            int p = problem.proposalIndex(i.proposalId());
            int e = problem.expertIndex(i.expertAccountId());
            boolean holds = i.active() || i.status() == InvitationStatus.SUGGESTED;
            if (holds && p >= 0 && e >= 0 && c.find(p, e) >= 0 && c.find(p, e) != removed) {
                current.add(c.find(p, e));
            } else if (!holds && p == proposal && e >= 0) {
                // The LP is solved; a zero capacity now only keeps this expert out of the draw.
                ap.capacity()[e] = 0;
            }
        }
        Assignment held = new Assignment(current.stream().mapToInt(Integer::intValue).toArray(), 0, true, "held");
        int pair = new ReplacementDrawer().draw(lp, held, removed, new SplittableRandom(seed));
        if (pair < 0) {
            return Optional.empty();
        }
        SnapshotExpert expert = problem.experts().get(c.expert()[pair]);
        Double probability = round.mode() == RoundMode.RANDOMISED ? lp.probability(pair) : null;
        return Optional.of(Invitation.suggested(replaced, expert.accountId(), expert.name(), c.score()[pair],
                probability, now));
    }
}
