package org.kstp.review.round;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
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
        int removed = proposal < 0 ? -1 : c.find(proposal, problem.expertIndex(replaced.expertAccountId()));
        if (removed < 0) {
            return Optional.empty();
        }
        Assignment held = held(problem, ap, invitations.findByRoundIdOrderByCreatedAt(round.id()), proposal, removed);
        int pair = new ReplacementDrawer().draw(lp, held, removed, new SplittableRandom(seed));
        if (pair < 0) {
            return Optional.empty();
        }
        SnapshotExpert expert = problem.experts().get(c.expert()[pair]);
        Double probability = round.mode() == RoundMode.RANDOMISED ? lp.probability(pair) : null;
        return Optional.of(Invitation.suggested(replaced, expert.accountId(), expert.name(), c.score()[pair],
                probability, now));
    }

    /**
     * The places held now (drawn, confirmed or suggested) plus the removed one, as the drawer wants
     * them; experts who left this proposal get no capacity, which after the LP solve only keeps them
     * out of this draw.
     */
    private static Assignment held(RoundProblem problem, AssignmentProblem ap, List<Invitation> all, int proposal,
                                   int removed) {
        CandidatePairs c = ap.pairs();
        Set<Integer> current = new TreeSet<>();
        current.add(removed);
        for (Invitation i : all) {
            int p = problem.proposalIndex(i.proposalId());
            int e = problem.expertIndex(i.expertAccountId());
            int pair = p >= 0 && e >= 0 ? c.find(p, e) : -1;
            boolean holds = i.active() || i.status() == InvitationStatus.SUGGESTED;
            if (holds && pair >= 0) {
                current.add(pair);
            } else if (!holds && p == proposal && e >= 0) {
                ap.capacity()[e] = 0;
            }
        }
        return new Assignment(current.stream().mapToInt(Integer::intValue).toArray(), 0, true, "held");
    }
}
