package org.kstp.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.program.CallDraft;
import org.kstp.program.ConcurrencyRules;
import org.kstp.program.ConflictRules;

/** A call carries its own conflict-of-interest numbers: today's defaults at drafting, then what staff set. */
class CallConflictRulesTest {

    private final Instant now = Instant.parse("2026-06-01T00:00:00Z");

    private CallDraft draft() {
        return new CallDraft("Call", "", now, now.plus(Duration.ofDays(10)), new BigDecimal("500000"), true, false,
                "5000000:0.30;10000000:0.25;*:0.20", new BigDecimal("500000"), new ConcurrencyRules(1, 2, 3, false, false),
                Map.of());
    }

    @Test
    void aNewCallStartsFromTheDefaultsItIsGiven() {
        assertThat(Call.draft(UUID.randomUUID(), draft(), now).conflictRules()).isEqualTo(ConflictRules.defaults());
        ConflictRules configured = new ConflictRules(5, 2, 4, true);
        assertThat(Call.draft(UUID.randomUUID(), draft(), configured, now).conflictRules()).isEqualTo(configured);
    }

    @Test
    void staffChangeTheRulesWithinBoundsInAnyStatus() {
        Call call = Call.draft(UUID.randomUUID(), draft(), now);
        call.close(new Actor(UUID.randomUUID(), "b", "B", Set.of(Role.BUREAU_STAFF), null, null), now);
        call.changeConflictRules(new ConflictRules(0, 20, 1, true));
        assertThat(call.conflictRules()).isEqualTo(new ConflictRules(0, 20, 1, true));
        for (ConflictRules bad : new ConflictRules[] {new ConflictRules(-1, 3, 3, false),
            new ConflictRules(3, 21, 3, false), new ConflictRules(3, 3, 99, false)}) {
            assertThatThrownBy(() -> call.changeConflictRules(bad)).isInstanceOf(RuleViolation.class)
                    .hasMessageStartingWith("program.call.conflictYears");
        }
        assertThat(call.conflictRules()).isEqualTo(new ConflictRules(0, 20, 1, true));
        assertThatThrownBy(() -> Call.draft(UUID.randomUUID(), draft(), new ConflictRules(3, 3, -2, false), now))
                .hasMessageStartingWith("program.call.conflictYears");
    }
}
