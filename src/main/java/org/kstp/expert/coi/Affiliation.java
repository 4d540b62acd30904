package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.kstp.expert.domain.Employment;

/**
 * How an expert is tied to one organisation: working there now, or having left it no more than N
 * years before the date (leaving exactly N years ago still counts). Every rule about a proposal's
 * organisations (host, partners, team members' employers) asks this same question.
 *
 * @param leftOn the day the expert left; null while they still work there
 */
record Affiliation(LocalDate leftOn) {

    static Optional<Affiliation> of(ExpertFacts expert, UUID organisationId, LocalDate date, int years) {
        if (organisationId == null) {
            return Optional.empty();
        }
        if (organisationId.equals(expert.employerId())) {
            return Optional.of(new Affiliation(null));
        }
        LocalDate windowStart = date.minusYears(years);
        for (Employment e : expert.employments()) {
            boolean recent = e.toDate() == null || !e.toDate().isBefore(windowStart);
            boolean started = e.fromDate() == null || !e.fromDate().isAfter(date);
            if (e.organisationId().equals(organisationId) && recent && started) {
                return Optional.of(new Affiliation(e.toDate()));
            }
        }
        return Optional.empty();
    }

    boolean current() {
        return leftOn == null;
    }

    /** The qualifier shown to staff: current or former employer. */
    String detailKey() {
        return current() ? "expert.conflict.currentEmployer" : "expert.conflict.formerEmployer";
    }
}
