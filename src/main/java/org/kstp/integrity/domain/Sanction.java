package org.kstp.integrity.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.kstp.integrity.Activity;
import org.kstp.integrity.MeasureKind;

/**
 * One effective measure in the index, flattened for speed: the blocked activities as a bit mask and
 * the inclusive period as epoch days (a permanent measure ends on {@link Long#MAX_VALUE}).
 */
record Sanction(UUID recordId, MeasureKind kind, int activities, long firstDay, long lastDay, Decision decision) {

    static Sanction of(UUID recordId, Measure m, int activities, Decision decision) {
        return new Sanction(recordId, m.kind(), activities, m.start().toEpochDay(),
                m.end() == null ? Long.MAX_VALUE : m.end().toEpochDay(), decision);
    }

    static int mask(Iterable<Activity> activities) {
        int mask = 0;
        for (Activity a : activities) {
            mask |= bit(a);
        }
        return mask;
    }

    static int bit(Activity activity) {
        return 1 << activity.ordinal();
    }

    boolean blocks(int activityBit, long day) {
        return (activities & activityBit) != 0 && firstDay <= day && day <= lastDay;
    }

    LocalDate start() {
        return LocalDate.ofEpochDay(firstDay);
    }

    LocalDate end() {
        return lastDay == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(lastDay);
    }
}
