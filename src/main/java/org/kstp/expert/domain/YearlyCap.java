package org.kstp.expert.domain;

import java.sql.Timestamp;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that says how many reviews an expert may take on in a calendar year (RULES.md: at
 * most 10 a year, one setting read everywhere). The pool's cap is data the bureau changes; until it
 * does, kstp.rules.expert-yearly-cap applies. An expert may have a lower cap of their own, never a
 * higher one: no import or profile can raise what the setting allows.
 */
@Component
public class YearlyCap {

    static final String SETTING = "yearly-cap";
    static final int MAX = 100;

    private final JdbcClient jdbc;
    private final AuditApi audit;
    private final BusinessTime time;
    private final int configured;

    YearlyCap(JdbcClient jdbc, AuditApi audit, BusinessTime time, @Value("${kstp.rules.expert-yearly-cap:10}") int configured) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
        this.configured = configured;
    }

    /** The pool's cap: the bureau's setting, else the configured default. */
    public int poolCap() {
        return jdbc.sql("select int_value from expert_setting where name = ?").param(SETTING).query(Integer.class)
                .optional().orElse(configured);
    }

    /** The cap of one expert: the pool's, or the expert's own when that is lower. */
    public int of(Expert expert) {
        int pool = poolCap();
        return expert.personalCap() == null ? pool : Math.min(pool, expert.personalCap());
    }

    /**
     * An expert's own cap as it may be stored: null (none, or the same as the pool's) or a lower
     * number. A higher one is refused, so nobody reviews more than the bureau allows.
     */
    public Integer personal(Integer requested) {
        if (requested == null) {
            return null;
        }
        int pool = poolCap();
        if (requested < 1 || requested > pool) {
            throw new RuleViolation("expert.cap.personalRange", requested, pool);
        }
        return requested == pool ? null : requested;
    }

    /** The bureau changes the pool's cap; audited. */
    @Transactional
    public void change(int cap, Actor actor) {
        if (!actor.has(Role.BUREAU_STAFF)) {
            throw new AccessDeniedException("bureau only");
        }
        if (cap < 1 || cap > MAX) {
            throw new RuleViolation("expert.cap.range", MAX);
        }
        int before = poolCap();
        jdbc.sql("""
                insert into expert_setting (name, int_value, changed_by, changed_at) values (?, ?, ?, ?)
                on conflict (name) do update set int_value = excluded.int_value, changed_by = excluded.changed_by,
                    changed_at = excluded.changed_at
                """).params(SETTING, cap, actor.displayName(), Timestamp.from(time.now())).update();
        audit.record(actor, "expert-setting", SETTING, "CHANGE", before + " -> " + cap);
    }
}
