package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.Eligibility;
import org.kstp.expert.ProposalParties;
import org.kstp.integrity.IntegrityApi;

/**
 * Runs the named conflict rules, in a fixed order, for one expert (explain) or a whole pool
 * (screen). Screening asks each rule only about its suspects from the index; the rules that must
 * look at everyone (integrity, availability) are a map lookup and a date comparison per expert.
 */
public final class ConflictEngine {

    private final List<ConflictPolicy> policies;

    public ConflictEngine(IntegrityApi integrity) {
        this.policies = List.of(new NotInPool(), new OwnTeam(), new SameOrganisation(), new PartnerOrganisation(),
                new TeamEmployer(), new DeclaredRelation(),
                new RecentCollaboration(), new ApplicantExcluded(), new SameCounty(), new IntegritySanction(integrity),
                new Unavailable());
    }

    public List<ConflictPolicy> policies() {
        return policies;
    }

    /** Every reason that excludes the expert (empty: eligible). */
    public List<ConflictReason> explain(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                        ConflictSettings settings) {
        List<ConflictReason> reasons = new ArrayList<>(2);
        for (ConflictPolicy policy : policies) {
            policy.check(parties, expert, date, settings).ifPresent(reasons::add);
        }
        return reasons;
    }

    /** The pool split into eligible and excluded experts, both in the index's order (by name). */
    public Screening screen(ProposalParties parties, PoolIndex index, LocalDate date, ConflictSettings settings) {
        Map<UUID, List<ConflictReason>> hits = new HashMap<>();
        for (ConflictPolicy policy : policies) {
            for (ExpertFacts expert : policy.suspects(parties, index, settings)) {
                if (expert.inPool()) {
                    policy.check(parties, expert, date, settings).ifPresent(reason ->
                            hits.computeIfAbsent(expert.accountId(), k -> new ArrayList<>(2)).add(reason));
                }
            }
        }
        List<Eligibility> eligible = new ArrayList<>(index.inPool().size());
        List<Eligibility> excluded = new ArrayList<>(hits.size());
        for (ExpertFacts expert : index.inPool()) {
            List<ConflictReason> reasons = hits.get(expert.accountId());
            if (reasons == null) {
                eligible.add(index.cleared(expert.accountId()));
            } else {
                excluded.add(new Eligibility(expert.accountId(), expert.name(), expert.username(), reasons));
            }
        }
        return new Screening(eligible, excluded);
    }

    /** The result of screening a pool against one proposal. */
    public record Screening(List<Eligibility> eligible, List<Eligibility> excluded) {
    }
}
