package org.kstp.proposal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kstp.directory.OrganisationSummary;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.Subject;
import org.kstp.program.CallView;

/**
 * The host's legal representative, where the call asks for it: a representative whom the integrity
 * register bars on the day from applying or from hosting projects blocks the proposal. The
 * representative is matched by the citizen-ID hash the directory keeps (the register's own hash).
 */
public final class LegalRepresentativeRule {

    private LegalRepresentativeRule() {
    }

    /** The subject checked: the representative by ID hash, or null when there is nothing to check. */
    static Subject subject(CallView call, OrganisationSummary host) {
        if (call == null || !call.checkHostLegalRepresentative() || host == null || host.legalRepIdHash() == null) {
            return null;
        }
        return Subject.person(null, host.legalRepIdHash(), host.legalRepName());
    }

    /** The blocking measures in force on the day, each record once even when it bars both activities. */
    public static List<IntegrityVerdict.Reason> reasons(CallView call, OrganisationSummary host, IntegrityApi integrity,
                                                        LocalDate day) {
        Subject rep = subject(call, host);
        if (rep == null) {
            return List.of();
        }
        List<IntegrityVerdict.Reason> reasons = new ArrayList<>(integrity.check(rep, Activity.APPLY, day).reasons());
        for (IntegrityVerdict.Reason r : integrity.check(rep, Activity.HOST, day).reasons()) {
            if (reasons.stream().noneMatch(seen -> seen.recordId().equals(r.recordId()))) {
                reasons.add(r);
            }
        }
        return reasons;
    }
}
