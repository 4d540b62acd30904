package org.kstp.integrity;

import java.time.LocalDate;
import java.util.List;

/**
 * Integrity checks for other modules. Answers come from an in-memory index kept in step with the
 * register (rebuilt at start, refreshed after each commit), so a check costs microseconds, not a query.
 */
public interface IntegrityApi {

    /**
     * May the subject take part in the activity on the date? A measure is in force from its start
     * date to its end date, both inclusive; a measure without end date is permanent. Records that
     * were revoked or overturned on appeal never block; early lifting ends a measure the day before
     * the lifting takes effect.
     */
    IntegrityVerdict check(Subject subject, Activity activity, LocalDate date);

    /**
     * The same check for several subjects at once (e.g. a whole proposal team); the reasons of all
     * subjects are collected, each naming its subject.
     */
    IntegrityVerdict check(List<Subject> subjects, Activity activity, LocalDate date);
}
