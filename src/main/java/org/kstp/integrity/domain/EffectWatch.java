package org.kstp.integrity.domain;

import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.IntegrityRecordLifted;
import java.util.Map;
import java.util.HashSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.BusinessTime;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityRecordTookEffect;
import org.kstp.integrity.IntegrityRecordsTookEffect;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces blocking measures when they begin to apply. A record typed in or imported with a measure
 * already running is announced in the same transaction (so a rolled-back import announces nothing);
 * a measure that starts later is found by the hourly check on its first day. The announcement is
 * remembered per (record, measure, start) so it happens once, whichever way finds it first.
 */
@Component
public class EffectWatch {

    /** Records per event: small enough for one listener transaction, large enough for a big import. */
    static final int BATCH = 250;

    private final JdbcClient jdbc;
    private final EntryStore store;
    private final SanctionRules rules;
    private final ApplicationEventPublisher events;
    private final BusinessTime time;

    EffectWatch(JdbcClient jdbc, EntryStore store, SanctionRules rules, ApplicationEventPublisher events, BusinessTime time) {
        this.jdbc = jdbc;
        this.store = store;
        this.rules = rules;
        this.events = events;
        this.time = time;
    }

    /** Announces what of these records applies today and was not announced yet; call inside the writing transaction. */
    public void announce(List<CurrentRecord> records) {
        LocalDate today = today();
        List<IntegrityRecordTookEffect> due = new ArrayList<>();
        for (CurrentRecord record : records) {
            IntegrityRecordTookEffect effect = newlyApplying(record, today);
            if (effect != null) {
                due.add(effect);
            }
            if (due.size() == BATCH) {
                events.publishEvent(new IntegrityRecordsTookEffect(due));
                due = new ArrayList<>();
            }
        }
        if (!due.isEmpty()) {
            events.publishEvent(new IntegrityRecordsTookEffect(due));
        }
    }

    /**
     * After a follow-up (revocation, appeal, correction): measures announced earlier that no longer apply
     * (and will not apply later) are forgotten, and their lifting announced once; forgetting them lets a
     * measure imposed again be announced again. Call inside the writing transaction.
     */
    public void announceLifted(CurrentRecord record) {
        LocalDate today = today();
        Set<String> stillApplying = new HashSet<>();
        for (Measure m : record.effective()) {
            if (rules.isBan(m.kind()) && (m.inForce(today) || m.start().isAfter(today))) {
                stillApplying.add(m.kind().name() + "@" + m.start());
            }
        }
        Set<Activity> unblocked = EnumSet.noneOf(Activity.class);
        jdbc.sql("select measure_kind, start_date from integrity_effect where record_id = ?").param(record.id())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getDate(2).toLocalDate())).list().stream()
                .filter(e -> !stillApplying.contains(e.getKey() + "@" + e.getValue()))
                .forEach(e -> {
                    jdbc.sql("delete from integrity_effect where record_id = ? and measure_kind = ? and start_date = ?")
                            .params(record.id(), e.getKey(), e.getValue()).update();
                    unblocked.addAll(rules.blocks(MeasureKind.valueOf(e.getKey())));
                });
        if (!unblocked.isEmpty()) {
            Party p = record.party();
            events.publishEvent(new IntegrityRecordLifted(record.id(), p.accountId(), p.uscc(), p.displayName(),
                    unblocked, record.decision().documentNumber(), today));
        }
    }

    /** Measures that start on a later day than they were recorded take effect by themselves. */
    @Scheduled(fixedDelayString = "${kstp.integrity.effect-check-interval:PT1H}", initialDelayString = "PT2M")
    @Transactional
    public void checkDue() {
        LocalDate today = today();
        List<UUID> candidates = jdbc.sql("""
                select distinct coalesce(r.refers_to, r.id) from integrity_record r
                join integrity_measure m on m.record_id = r.id
                where m.start_date <= :today and (m.end_date is null or m.end_date >= :today)
                  and not exists (select 1 from integrity_effect e where e.record_id = coalesce(r.refers_to, r.id)
                                  and e.measure_kind = m.kind and e.start_date = m.start_date)""")
                .param("today", today).query(UUID.class).list();
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<UUID> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            announce(store.histories(batch).stream().map(RecordHistory::current).toList());
        }
    }

    private IntegrityRecordTookEffect newlyApplying(CurrentRecord record, LocalDate today) {
        Set<Activity> blocked = EnumSet.noneOf(Activity.class);
        List<IntegrityRecordTookEffect.AppliedMeasure> applied = new ArrayList<>();
        for (Measure m : record.effective()) {
            if (!m.inForce(today) || !rules.isBan(m.kind()) || !remember(record.id(), m)) {
                continue;
            }
            blocked.addAll(rules.blocks(m.kind()));
            applied.add(new IntegrityRecordTookEffect.AppliedMeasure(m.kind(), m.start(), m.end()));
        }
        if (applied.isEmpty()) {
            return null;
        }
        Party p = record.party();
        return new IntegrityRecordTookEffect(record.id(), p.accountId(), p.idHash(), p.uscc(), p.displayName(),
                blocked, applied, record.decision().issuer(), record.decision().documentNumber(), today);
    }

    /** True when this measure had not been announced yet (and now is, as far as this transaction goes). */
    private boolean remember(UUID recordId, Measure m) {
        return jdbc.sql("""
                insert into integrity_effect (record_id, measure_kind, start_date, announced_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(recordId, m.kind().name(), m.start(), Timestamp.from(time.now())).update() == 1;
    }

    private LocalDate today() {
        return time.today();
    }
}
