package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;
import org.kstp.expert.domain.Relation;

/**
 * DECLARED_RELATION: the expert declared a relation with the PI or a team member, matched by account
 * or by name. Supervisor/student and relatives count for life; co-authors and collaborators until N
 * years after the relation's end date.
 */
final class DeclaredRelation implements ConflictPolicy {

    @Override
    public ConflictCode code() {
        return ConflictCode.DECLARED_RELATION;
    }

    @Override
    public Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                          ConflictSettings settings) {
        for (Relation r : expert.relations()) {
            if (!inForce(r, date, settings)) {
                continue;
            }
            for (ProposalParties.Person p : parties.people()) {
                if (matches(r, p)) {
                    return Optional.of(reason("expert.RelationKind." + r.kind().name(), p.name()));
                }
            }
        }
        return Optional.empty();
    }

    static boolean inForce(Relation r, LocalDate date, ConflictSettings settings) {
        boolean started = r.fromDate() == null || !r.fromDate().isAfter(date);
        boolean notExpired = r.kind().lifelong() || r.toDate() == null
                || !r.toDate().isBefore(date.minusYears(settings.relationYears()));
        return started && notExpired;
    }

    private static boolean matches(Relation r, ProposalParties.Person p) {
        if (r.otherAccountId() != null && r.otherAccountId().equals(p.accountId())) {
            return true;
        }
        return r.otherName() != null && p.name() != null && !r.otherName().isBlank()
                && PoolIndex.normalise(r.otherName()).equals(PoolIndex.normalise(p.name()));
    }

    @Override
    public Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index, ConflictSettings settings) {
        Set<ExpertFacts> out = new LinkedHashSet<>();
        for (ProposalParties.Person p : parties.people()) {
            out.addAll(index.relatedTo(p.accountId()));
            out.addAll(index.relatedToName(p.name()));
        }
        return out;
    }
}
