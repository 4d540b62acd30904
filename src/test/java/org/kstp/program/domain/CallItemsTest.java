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
import org.kstp.program.CallItemDraft;
import org.kstp.program.ConcurrencyRules;
import org.kstp.program.RequiredSection;

/** Call items: what the bureau must fill in, caps against the call's, and when items may change. */
class CallItemsTest {

    private final Instant now = Instant.parse("2026-06-01T00:00:00Z");
    private final Actor bureau = new Actor(UUID.randomUUID(), "b", "B", Set.of(Role.BUREAU_STAFF), null, null);

    private Call call() {
        return Call.draft(UUID.randomUUID(), new CallDraft("Call", "", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)), new BigDecimal("500000"), true, false, "5000000:0.30;*:0.20",
                new BigDecimal("500000"), new ConcurrencyRules(1, 2, 3, false, false), Map.of(),
                Set.of(RequiredSection.MILESTONES, RequiredSection.DISCIPLINE)), now);
    }

    private static CallItemDraft item(String title, String cap, Integer maxFunded) {
        return new CallItemDraft(title, "Goals", "Indicators", cap == null ? null : new BigDecimal(cap), maxFunded);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuleViolation refused) {
            return refused.messageKey();
        }
    }

    @Test
    void itemsKeepTheirIdAndOrderWhenRevised() {
        Call call = call();
        UUID first = call.addItem(item("Breeding", "300000", 2));
        UUID second = call.addItem(item("Processing", null, null));
        call.reviseItem(first, item("Breeding and grafting", "250000", 3));
        assertThat(call.items()).extracting(CallItem::itemId).containsExactly(first, second);
        assertThat(call.items().getFirst().title()).isEqualTo("Breeding and grafting");
        assertThat(call.items().getFirst().budgetCap()).isEqualByComparingTo("250000.00");
        assertThat(call.items().get(1).budgetCap()).isNull();
        assertThat(call.requiredSections()).containsExactlyInAnyOrder(RequiredSection.MILESTONES,
                RequiredSection.DISCIPLINE);
    }

    @Test
    void eachFieldIsCheckedWithItsOwnReason() {
        Call call = call();
        assertThat(refusal(() -> call.addItem(new CallItemDraft(" ", "G", "I", null, null))))
                .isEqualTo("program.item.titleRequired");
        assertThat(refusal(() -> call.addItem(new CallItemDraft("T", "", "I", null, null))))
                .isEqualTo("program.item.goalsRequired");
        assertThat(refusal(() -> call.addItem(new CallItemDraft("T", "G", null, null, null))))
                .isEqualTo("program.item.indicatorsRequired");
        assertThat(refusal(() -> call.addItem(item("T", "0", null)))).isEqualTo("program.item.capPositive");
        assertThat(refusal(() -> call.addItem(item("T", null, 0)))).isEqualTo("program.item.maxFundedPositive");
        assertThat(call.items()).isEmpty();
    }

    @Test
    void anItemCapMayEqualButNotExceedTheCallCap() {
        Call call = call();
        call.addItem(item("At the cap", "500000.00", null));
        assertThat(refusal(() -> call.addItem(item("Over", "500000.01", null)))).isEqualTo("program.item.capOverCall");
    }

    @Test
    void publishedItemsCanBeRevisedNotRemovedAndClosedCallsAreFrozen() {
        Call call = call();
        UUID kept = call.addItem(item("Kept", null, null));
        UUID dropped = call.addItem(item("Dropped", null, null));
        call.removeItem(dropped);
        assertThat(call.items()).extracting(CallItem::itemId).containsExactly(kept);
        call.publish(bureau, now);
        assertThat(refusal(() -> call.removeItem(kept))).isEqualTo("program.item.removeOnlyDraft");
        call.reviseItem(kept, item("Revised", null, null));
        call.addItem(item("Late", null, null));
        assertThat(call.items()).hasSize(2);
        call.close(bureau, now);
        assertThat(refusal(() -> call.addItem(item("Too late", null, null)))).isEqualTo("program.item.callClosed");
        assertThat(refusal(() -> call.reviseItem(UUID.randomUUID(), item("X", null, null))))
                .isEqualTo("program.item.callClosed");
    }
}
