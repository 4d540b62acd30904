package org.kstp.review.round;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.review.assignment.AssignmentProblem;
import org.kstp.review.assignment.CandidatePairs;

/**
 * A round's draw input: proposals in a fixed order (by id), experts in a fixed order, and the
 * conflict-free candidates with their affinity. Saved with the draw so it can be re-run exactly.
 */
public record RoundProblem(List<UUID> proposals, List<SnapshotExpert> experts, CandidatePairs pairs,
                           int reviewers, boolean requireOutside) {

    public RoundProblem {
        proposals = List.copyOf(proposals);
        experts = List.copyOf(experts);
    }

    /** The solvers' view. */
    public AssignmentProblem assignmentProblem() {
        int n = experts.size();
        int[] capacity = new int[n];
        int[] organisation = new int[n];
        boolean[] outside = new boolean[n];
        for (int e = 0; e < n; e++) {
            SnapshotExpert x = experts.get(e);
            capacity[e] = Math.max(0, x.capacity());
            organisation[e] = x.organisation();
            outside[e] = x.outside();
        }
        return new AssignmentProblem(pairs, n, reviewers, capacity, organisation, outside, requireOutside);
    }

    /** Candidates of proposal {@code p}. */
    public int candidates(int p) {
        return pairs.start()[p + 1] - pairs.start()[p];
    }

    /** Candidates of proposal {@code p} from different organisations (unknown ones each count). */
    public int distinctOrganisations(int p) {
        Set<Integer> orgs = new HashSet<>();
        int unknown = 0;
        for (int i = pairs.start()[p]; i < pairs.start()[p + 1]; i++) {
            int org = experts.get(pairs.expert()[i]).organisation();
            if (org < 0) {
                unknown++;
            } else {
                orgs.add(org);
            }
        }
        return orgs.size() + unknown;
    }

    /** Outside experts among the candidates of proposal {@code p}. */
    public int outsideCandidates(int p) {
        int count = 0;
        for (int i = pairs.start()[p]; i < pairs.start()[p + 1]; i++) {
            count += experts.get(pairs.expert()[i]).outside() ? 1 : 0;
        }
        return count;
    }

    public int proposalIndex(UUID proposalId) {
        return proposals.indexOf(proposalId);
    }

    public int expertIndex(UUID accountId) {
        for (int e = 0; e < experts.size(); e++) {
            if (experts.get(e).accountId().equals(accountId)) {
                return e;
            }
        }
        return -1;
    }
}
