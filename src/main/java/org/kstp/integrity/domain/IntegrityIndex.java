package org.kstp.integrity.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.Subject;

/**
 * The effective blocking measures of every record, keyed by USCC, account id and citizen-ID hash, so
 * that a check is a few hash look-ups. Readers never lock: each key maps to an immutable array that
 * writers replace whole (copy on write); writers are serialised. Plain Java, no Spring, no database:
 * {@link #put(CurrentRecord)} is the only way in, used by the start-up load, the after-commit refresh
 * and the benchmark alike.
 */
public final class IntegrityIndex {

    private static final Sanction[] NONE = new Sanction[0];

    private final SanctionRules rules;
    private final Map<String, Sanction[]> byUscc = new ConcurrentHashMap<>();
    private final Map<UUID, Sanction[]> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Sanction[]> byIdHash = new ConcurrentHashMap<>();
    /** Where each record's sanctions were filed, so a changed record can be taken out again. */
    private final Map<UUID, Subject> filedUnder = new ConcurrentHashMap<>();

    public IntegrityIndex(SanctionRules rules) {
        this.rules = rules;
    }

    /** Files (or re-files) a record's effective blocking measures under its subject's keys. */
    public synchronized void put(CurrentRecord record) {
        remove(record.id());
        List<Sanction> sanctions = new ArrayList<>();
        for (Measure m : record.effective()) {
            int mask = Sanction.mask(rules.blocks(m.kind()));
            if (mask != 0) {
                sanctions.add(Sanction.of(record.id(), m, mask, record.decision()));
            }
        }
        if (sanctions.isEmpty()) {
            return;
        }
        Subject subject = record.party().subject();
        filedUnder.put(record.id(), subject);
        Sanction[] added = sanctions.toArray(NONE);
        if (subject.uscc() != null) {
            byUscc.merge(subject.uscc(), added, IntegrityIndex::concat);
        }
        if (subject.accountId() != null) {
            byAccount.merge(subject.accountId(), added, IntegrityIndex::concat);
        }
        if (subject.idHash() != null) {
            byIdHash.merge(subject.idHash(), added, IntegrityIndex::concat);
        }
    }

    /** Takes a record's sanctions out of the index; a no-op for records that were never filed. */
    public synchronized void remove(UUID recordId) {
        Subject old = filedUnder.remove(recordId);
        if (old == null) {
            return;
        }
        if (old.uscc() != null) {
            byUscc.computeIfPresent(old.uscc(), (k, v) -> without(v, recordId));
        }
        if (old.accountId() != null) {
            byAccount.computeIfPresent(old.accountId(), (k, v) -> without(v, recordId));
        }
        if (old.idHash() != null) {
            byIdHash.computeIfPresent(old.idHash(), (k, v) -> without(v, recordId));
        }
    }

    public synchronized void clear() {
        byUscc.clear();
        byAccount.clear();
        byIdHash.clear();
        filedUnder.clear();
    }

    /** Records with at least one blocking measure (in force or not). */
    public int size() {
        return filedUnder.size();
    }

    /** The reasons, over all subjects, why they may not take part in the activity on the date. */
    public IntegrityVerdict check(List<Subject> subjects, Activity activity, LocalDate date) {
        int bit = Sanction.bit(activity);
        long day = date.toEpochDay();
        List<IntegrityVerdict.Reason> reasons = null;
        for (Subject s : subjects) {
            reasons = collect(s, lookup(byUscc, s.uscc()), bit, day, reasons, null);
            Sanction[] byAccountHits = lookup(byAccount, s.accountId());
            reasons = collect(s, byAccountHits, bit, day, reasons, null);
            reasons = collect(s, lookup(byIdHash, s.idHash()), bit, day, reasons, byAccountHits);
        }
        return reasons == null ? IntegrityVerdict.ALLOWED : new IntegrityVerdict(reasons);
    }

    private static List<IntegrityVerdict.Reason> collect(Subject s, Sanction[] sanctions, int bit, long day,
                                                         List<IntegrityVerdict.Reason> into, Sanction[] seen) {
        for (Sanction x : sanctions) {
            if (x.blocks(bit, day) && (seen == null || !contains(seen, x))) {
                into = into == null ? new ArrayList<>(2) : into;
                into.add(new IntegrityVerdict.Reason(s, x.recordId(), x.kind(), x.start(), x.end(),
                        x.decision().issuer(), x.decision().documentNumber()));
            }
        }
        return into;
    }

    private static <K> Sanction[] lookup(Map<K, Sanction[]> map, K key) {
        return key == null ? NONE : map.getOrDefault(key, NONE);
    }

    private static boolean contains(Sanction[] array, Sanction x) {
        for (Sanction s : array) {
            if (s == x) {
                return true;
            }
        }
        return false;
    }

    private static Sanction[] concat(Sanction[] a, Sanction[] b) {
        Sanction[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all, Comparator.comparingLong(Sanction::firstDay));
        return all;
    }

    private static Sanction[] without(Sanction[] array, UUID recordId) {
        Sanction[] kept = Arrays.stream(array).filter(s -> !s.recordId().equals(recordId)).toArray(Sanction[]::new);
        return kept.length == 0 ? null : kept;
    }
}
