package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Optional;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.Subject;

/**
 * INTEGRITY_SANCTION: a measure in force bars the expert from reviewing. The integrity module
 * publishes no event, so this asks {@link IntegrityApi} on every screening (microseconds per expert
 * from its in-memory index): a sanction takes effect at once, and ends by itself on its end date.
 */
final class IntegritySanction implements ConflictPolicy {

    private final IntegrityApi integrity;

    IntegritySanction(IntegrityApi integrity) {
        this.integrity = integrity;
    }

    @Override
    public ConflictCode code() {
        return ConflictCode.INTEGRITY_SANCTION;
    }

    @Override
    public Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                          ConflictSettings settings) {
        IntegrityVerdict verdict = integrity.check(Subject.person(expert.accountId(), expert.name()), Activity.REVIEW,
                date);
        if (verdict.allowed()) {
            return Optional.empty();
        }
        IntegrityVerdict.Reason first = verdict.reasons().getFirst();
        return Optional.of(reason("integrity.MeasureKind." + first.measure().name(),
                first.documentNumber() + " (" + first.start() + " - " + (first.end() == null ? "" : first.end()) + ")"));
    }
}
