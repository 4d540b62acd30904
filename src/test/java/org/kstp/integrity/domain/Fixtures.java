package org.kstp.integrity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.integrity.MeasureKind;

/** Builders for register entries in domain tests. */
final class Fixtures {

    static final Actor STAFF = Actor.system();
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    static final SanctionRules RULES = SanctionRules.defaults();
    static final EntryRules ENTRIES = new EntryRules(RULES);
    static final String USCC = "12653100458000812X";

    private static long seq = 1;

    private Fixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Decision decision(String number) {
        return new Decision("Bureau", number, d("2024-02-20"));
    }

    static Party person(UUID account) {
        return new Party(SubjectType.RESEARCHER, account, "Researcher", null, null, null);
    }

    static Party organisation() {
        return new Party(SubjectType.IMPLEMENTING_INSTITUTION, null, null, null, USCC, "Institute");
    }

    static Measure ban(MeasureKind kind, String start, String end) {
        return new Measure(kind, null, d(start), end == null ? null : d(end));
    }

    static Entry finding(Party party, Tier tier, Measure... measures) {
        Entry e = ENTRIES.finding(new RecordContent(party, "Fabricated data", decision("No. 1"), tier,
                List.of(measures), null), STAFF, NOW);
        return e.withSeq(seq++);
    }

    static Entry followUp(Entry finding, List<Entry> before, FollowUp f) {
        CurrentRecord record = new RecordHistory(finding, before).current();
        return ENTRIES.followUp(record, f, STAFF, NOW).withSeq(seq++);
    }
}
