package org.kstp.project.domain;

import java.util.EnumSet;
import java.util.Set;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityRecordTookEffect;

/**
 * Which sanctions matter to a running project. A PI barred from applying, from teams or from funds
 * can no longer lead publicly funded work as agreed; a host barred from hosting or from funds can no
 * longer receive them. A ban on reviewing alone concerns neither.
 */
public final class SanctionAlertRule {

    static final Set<Activity> PI = EnumSet.of(Activity.APPLY, Activity.TEAM_MEMBER, Activity.RECEIVE_FUNDS);
    static final Set<Activity> HOST = EnumSet.of(Activity.HOST, Activity.RECEIVE_FUNDS);

    private SanctionAlertRule() {
    }

    public static boolean concernsPi(IntegrityRecordTookEffect effect) {
        return effect.accountId() != null && PI.stream().anyMatch(effect::blocks);
    }

    public static boolean concernsHost(IntegrityRecordTookEffect effect) {
        return effect.uscc() != null && HOST.stream().anyMatch(effect::blocks);
    }

    /** The measures as staff read them on the alert: kind and period, e.g. "BAN_APPLY 2026-01-01..2028-12-31". */
    static String describe(IntegrityRecordTookEffect effect) {
        StringBuilder text = new StringBuilder();
        for (IntegrityRecordTookEffect.AppliedMeasure m : effect.measures()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(m.kind().name()).append(' ').append(m.start()).append("..")
                    .append(m.end() == null ? "" : m.end().toString());
        }
        return text.length() > 500 ? text.substring(0, 500) : text.toString();
    }
}
