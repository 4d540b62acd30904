package org.kstp.integrity.domain;

import java.time.LocalDate;
import org.kstp.integrity.MeasureKind;

/**
 * One measure of a decision. The period is inclusive at both ends: a measure ending on 2027-02-28 is in
 * force all day on 2027-02-28 and no longer on 2027-03-01. A null end means permanent.
 *
 * @param scope free text, e.g. "national S&T programmes"; may be null
 */
public record Measure(MeasureKind kind, String scope, LocalDate start, LocalDate end) {

    public boolean inForce(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    public boolean permanent() {
        return end == null;
    }

    /** This measure cut short so that it is no longer in force from {@code liftedOn}; null if it never starts. */
    Measure liftedFrom(LocalDate liftedOn) {
        if (!start.isBefore(liftedOn)) {
            return null;
        }
        LocalDate lastDay = liftedOn.minusDays(1);
        return end != null && end.isBefore(lastDay) ? this : new Measure(kind, scope, start, lastDay);
    }
}
