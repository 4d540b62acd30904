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
import org.kstp.program.RuleDefaults;

/** The call lifecycle, cell by cell, and the window rules. */
class CallTest {

    private final Instant now = Instant.parse("2026-06-01T00:00:00Z");
    private final Actor bureau = new Actor(UUID.randomUUID(), "b", "B", Set.of(Role.BUREAU_STAFF), null, null);

    private static final RuleDefaults DEFAULTS = new RuleDefaults(null, null, null, null, null, 3, null, null);

    private Call draft() {
        return Call.draft(UUID.randomUUID(), draft(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)),
                new BigDecimal("500000"), DEFAULTS.indirectTiers()), now);
    }

    private static CallDraft draft(Instant opens, Instant closes, BigDecimal cap, String tiers) {
        return new CallDraft("Call", "", opens, closes, cap, true, false, tiers,
                DEFAULTS.equipmentJustificationThreshold(), DEFAULTS.concurrency(), Map.of());
    }

    @Test
    void everyCell() {
        for (CallStatus from : CallStatus.values()) {
            for (CallAction action : CallAction.values()) {
                boolean allowed = from == CallStatus.DRAFT || from == CallStatus.PUBLISHED && action == CallAction.CLOSE;
                assertThat(Call.LIFECYCLE.target(from, action).isPresent()).as("%s %s", from, action).isEqualTo(allowed);
            }
        }
        Call call = draft();
        call.publish(bureau, now);
        assertThat(call.status()).isEqualTo(CallStatus.PUBLISHED);
        assertThatThrownBy(() -> call.publish(bureau, now)).isInstanceOf(RuleViolation.class);
        call.close(bureau, now);
        assertThat(call.status()).isEqualTo(CallStatus.CLOSED);
        assertThatThrownBy(() -> call.close(bureau, now)).isInstanceOf(RuleViolation.class);
        assertThat(call.history()).extracting(CallStatusChange::action).containsExactly(CallAction.PUBLISH, CallAction.CLOSE);
    }

    @Test
    void acceptsProposalsOnlyWhenPublishedAndInsideTheWindow() {
        Call call = draft();
        assertThat(call.acceptsProposals(now)).isFalse();
        call.publish(bureau, now);
        assertThat(call.acceptsProposals(now)).isTrue();
        assertThat(call.acceptsProposals(now.plus(Duration.ofDays(10)))).isFalse();
        assertThat(call.acceptsProposals(now.minus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void windowAndCapAreChecked() {
        String tiers = DEFAULTS.indirectTiers();
        assertThatThrownBy(() -> Call.draft(UUID.randomUUID(), draft(now, now, BigDecimal.ONE, tiers), now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("windowOrder");
        assertThatThrownBy(() -> Call.draft(UUID.randomUUID(), draft(now, now.plusSeconds(1), BigDecimal.ZERO, tiers),
                now)).isInstanceOf(RuleViolation.class).hasMessageContaining("budgetPositive");
        assertThatThrownBy(() -> Call.draft(UUID.randomUUID(), draft(now, now.plusSeconds(1),
                new BigDecimal("1.001"), tiers), now)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Call.draft(UUID.randomUUID(), draft(now, now.plusSeconds(1), BigDecimal.ONE,
                "10000000:0.25;5000000:0.30;*:0.2"), now)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("tiersInvalid");
    }

    @Test
    void aGracePeriodKeepsTakingSubmissionsUpToItsLastMinute() {
        Call call = draft();
        call.publish(bureau, now);
        Instant closes = call.closesAt();
        call.changeWindow(closes, 30, "上传高峰", bureau, now);
        assertThat(call.acceptsProposals(closes)).isTrue();
        assertThat(call.acceptsProposals(closes.plus(Duration.ofMinutes(30)).minusMillis(1))).isTrue();
        assertThat(call.acceptsProposals(closes.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(call.submissionDeadline()).isEqualTo(closes.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aPublishedCallIsExtendedNeverShortenedAndEveryChangeKeepsItsReason() {
        Call call = draft();
        call.publish(bureau, now);
        Instant closes = call.closesAt();
        Instant later = closes.plus(Duration.ofDays(3));
        assertThatThrownBy(() -> call.changeWindow(closes.minusSeconds(60), 0, "提前", bureau, now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("shortened");
        assertThatThrownBy(() -> call.changeWindow(later, 0, "  ", bureau, now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reasonRequired");
        assertThatThrownBy(() -> call.changeWindow(later, -1, "r", bureau, now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("graceRange");
        assertThatThrownBy(() -> call.changeWindow(later, Call.MAX_GRACE_MINUTES + 1, "r", bureau, now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("graceRange");
        assertThatThrownBy(() -> call.changeWindow(closes, 0, "r", bureau, now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("unchanged");

        call.changeWindow(later, Call.MAX_GRACE_MINUTES, " 系统维护 ", bureau, now);
        assertThat(call.closesAt()).isEqualTo(later);
        assertThat(call.windowChanges()).singleElement().satisfies(change -> {
            assertThat(change.oldClosesAt()).isEqualTo(closes);
            assertThat(change.newClosesAt()).isEqualTo(later);
            assertThat(change.newGrace()).isEqualTo(Call.MAX_GRACE_MINUTES);
            assertThat(change.reason()).isEqualTo("系统维护");
            assertThat(change.extended()).isTrue();
        });
        // A call passed its deadline can still be extended (an outage on deadline day); a closed one cannot.
        assertThat(call.acceptsProposals(later.plus(Duration.ofDays(2)))).isFalse();
        call.changeWindow(later.plus(Duration.ofDays(5)), 0, "截止日系统故障", bureau, later.plus(Duration.ofDays(2)));
        assertThat(call.acceptsProposals(later.plus(Duration.ofDays(2)))).isTrue();
        call.close(bureau, now);
        assertThatThrownBy(() -> call.changeWindow(later.plus(Duration.ofDays(9)), 0, "r", bureau, now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("window.closed");
    }

    @Test
    void aDraftCallMayMoveItsDeadlineEitherWayButNotBeforeItOpens() {
        Call call = draft();
        call.changeWindow(now.plus(Duration.ofDays(2)), 0, "调整计划", bureau, now);
        assertThat(call.closesAt()).isEqualTo(now.plus(Duration.ofDays(2)));
        assertThatThrownBy(() -> call.changeWindow(call.opensAt(), 0, "r", bureau, now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("windowOrder");
    }
}
