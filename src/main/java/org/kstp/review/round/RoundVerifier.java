package org.kstp.review.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.kstp.common.RuleViolation;
import org.kstp.review.assignment.CandidatePairs;
import org.kstp.review.assignment.SeedCommitment;
import org.springframework.stereotype.Service;

/**
 * Checks a round from the outside: before the draw, which proposals are short of candidates; after
 * it, whether the revealed seed matches the commitment and re-running the saved input with it gives
 * exactly the saved draw.
 */
@Service
public class RoundVerifier {

    private final CandidateFinder finder;
    private final RoundSnapshots snapshots;
    private final InvitationRepository invitations;

    RoundVerifier(CandidateFinder finder, RoundSnapshots snapshots, InvitationRepository invitations) {
        this.finder = finder;
        this.snapshots = snapshots;
        this.invitations = invitations;
    }

    /**
     * The outcome of a re-run.
     *
     * @param commitmentMatches SHA-256(revealed seed) equals the commitment published before the draw
     * @param drawMatches       the re-run chose exactly the saved pairs
     * @param saved             pairs the draw saved
     * @param redrawn           pairs the re-run chose
     * @param differences       pairs in one but not the other, as "proposal/expert"
     */
    public record Verification(String seed, String commitment, boolean commitmentMatches, boolean drawMatches,
                               int saved, int redrawn, List<String> differences) {
    }

    /** Per proposal, how its candidates compare with what the draw needs, computed now from the live pool. */
    public List<CandidateShortage> shortages(ReviewRound round) {
        RoundProblem problem = finder.find(round.proposalIds(), round.parameters(), step -> { });
        Map<UUID, Integer> eligible = finder.eligibleCounts(round.proposalIds());
        int needed = round.parameters().candidatesNeeded(round.mode());
        List<CandidateShortage> result = new ArrayList<>();
        for (int p = 0; p < problem.proposals().size(); p++) {
            UUID id = problem.proposals().get(p);
            result.add(new CandidateShortage(id, eligible.get(id), problem.candidates(p),
                    problem.distinctOrganisations(p), problem.outsideCandidates(p), needed,
                    round.parameters().requireOutside()));
        }
        return result;
    }

    /** Re-runs a drawn round from its saved input and revealed seed. */
    public Verification verify(ReviewRound round) {
        if (!round.isDrawn()) {
            throw new RuleViolation("review.round.verify.notDrawn");
        }
        String seed = round.revealedSeed();
        boolean commitmentMatches = round.mode() == RoundMode.DETERMINISTIC
                ? round.commitment() == null
                : seed != null && SeedCommitment.commitment(seed).equals(round.commitment());
        RoundProblem problem = snapshots.load(round);
        RoundSolver.Drawn redraw = RoundSolver.solve(problem.assignmentProblem(), round.mode(),
                round.parameters().pairCap(), seed, step -> { });
        Set<String> again = new TreeSet<>();
        CandidatePairs c = problem.pairs();
        for (int pair : redraw.assignment().pairs()) {
            again.add(problem.proposals().get(c.proposalOf(pair)) + "/"
                    + problem.experts().get(c.expert()[pair]).accountId());
        }
        Set<String> saved = new TreeSet<>();
        invitations.findByRoundIdOrderByCreatedAt(round.id()).stream().filter(i -> i.replacesId() == null)
                .forEach(i -> saved.add(i.proposalId() + "/" + i.expertAccountId()));
        List<String> differences = new ArrayList<>();
        saved.stream().filter(k -> !again.contains(k)).forEach(k -> differences.add("- " + k));
        again.stream().filter(k -> !saved.contains(k)).forEach(k -> differences.add("+ " + k));
        return new Verification(seed, round.commitment(), commitmentMatches, differences.isEmpty(), saved.size(),
                again.size(), differences);
    }
}
