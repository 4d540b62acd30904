package org.kstp.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;

/**
 * Walks every (status, action) cell of the demand lifecycle against a second, independent
 * statement of it, through the aggregate itself; then the rules around merging and linking.
 */
class DemandLifecycleTest {

    /** status: action>target ... ; everything not listed must be refused. */
    private static final String EXPECTED = """
            SUBMITTED: VET>VETTED REJECT>REJECTED MERGE>MERGED WITHDRAW>WITHDRAWN
            VETTED: PUBLISH>PUBLISHED REJECT>REJECTED MERGE>MERGED WITHDRAW>WITHDRAWN
            PUBLISHED: UNPUBLISH>VETTED MERGE>MERGED
            REJECTED:
            MERGED:
            WITHDRAWN:
            """;

    private final Actor actor = new Actor(UUID.randomUUID(), "t", "Tester", Set.of(Role.BUREAU_STAFF), null, null);
    private final Instant now = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void everyCellOfTheTableMatchesTheExpectedLifecycle() {
        Map<DemandStatus, Map<DemandAction, DemandStatus>> expected = parse();
        assertThat(expected.keySet()).containsExactlyInAnyOrder(DemandStatus.values());
        int cells = 0;
        for (DemandStatus from : DemandStatus.values()) {
            for (DemandAction action : DemandAction.values()) {
                DemandStatus to = expected.get(from).get(action);
                assertThat(TechnologyDemand.LIFECYCLE.target(from, action)).as("%s --%s-->", from, action)
                        .isEqualTo(Optional.ofNullable(to));
                TechnologyDemand d = inStatus(from);
                UUID mergedBefore = d.mergedIntoId();
                if (to == null) {
                    assertThatThrownBy(() -> take(d, action)).as("%s --%s-->", from, action)
                            .isInstanceOf(RuleViolation.class);
                    assertThat(d.status()).isEqualTo(from);
                    assertThat(d.history()).isEmpty();
                    assertThat(d.mergedIntoId()).isEqualTo(mergedBefore);
                } else {
                    take(d, action);
                    assertApplied(d, from, action, to);
                }
                cells++;
            }
        }
        assertThat(cells).isEqualTo(DemandStatus.values().length * DemandAction.values().length);
    }

    private void take(TechnologyDemand d, DemandAction action) {
        if (action == DemandAction.MERGE) {
            d.mergeInto(inStatus(DemandStatus.PUBLISHED), actor, "duplicate", now);
        } else {
            d.act(action, actor, "reason", now);
        }
    }

    private void assertApplied(TechnologyDemand d, DemandStatus from, DemandAction action, DemandStatus to) {
        assertThat(d.status()).isEqualTo(to);
        assertThat(d.history()).singleElement().satisfies(change -> {
            assertThat(change.fromStatus()).isEqualTo(from);
            assertThat(change.toStatus()).isEqualTo(to);
            assertThat(change.action()).isEqualTo(action);
            assertThat(change.actorId()).isEqualTo(actor.accountId());
        });
        assertThat(d.mergedIntoId() != null).isEqualTo(action == DemandAction.MERGE);
    }

    @Test
    void rejectingAndUnpublishingNeedAReason() {
        assertThatThrownBy(() -> inStatus(DemandStatus.SUBMITTED).act(DemandAction.REJECT, actor, " ", now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reasonRequired");
        assertThatThrownBy(() -> inStatus(DemandStatus.PUBLISHED).act(DemandAction.UNPUBLISH, actor, null, now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reasonRequired");
    }

    @Test
    void mergingNeedsAnOpenTargetOtherThanItself() {
        TechnologyDemand d = inStatus(DemandStatus.VETTED);
        assertThatThrownBy(() -> d.act(DemandAction.MERGE, actor, null, now)).hasMessageContaining("targetRequired");
        assertThatThrownBy(() -> d.mergeInto(d, actor, null, now)).hasMessageContaining("merge.self");
        for (DemandStatus closed : List.of(DemandStatus.REJECTED, DemandStatus.MERGED, DemandStatus.WITHDRAWN)) {
            assertThatThrownBy(() -> d.mergeInto(inStatus(closed), actor, null, now))
                    .hasMessageContaining("targetClosed");
        }
        TechnologyDemand target = inStatus(DemandStatus.SUBMITTED);
        d.mergeInto(target, actor, null, now);
        assertThat(d.mergedIntoId()).isEqualTo(target.id());
    }

    @Test
    void onlyAcceptedDemandsFeedCallsAndEachCallOnce() {
        UUID call = UUID.randomUUID();
        assertThatThrownBy(() -> inStatus(DemandStatus.SUBMITTED).linkCall(call, actor, now))
                .hasMessageContaining("notLinkable");
        TechnologyDemand d = inStatus(DemandStatus.VETTED);
        d.linkCall(call, actor, now);
        assertThatThrownBy(() -> d.linkCall(call, actor, now)).hasMessageContaining("duplicate");
        assertThat(d.linkedCallIds()).containsExactly(call);
        d.unlinkCall(call, now);
        assertThat(d.linkedCallIds()).isEmpty();
        assertThatThrownBy(() -> d.unlinkCall(call, now)).hasMessageContaining("missing");
    }

    @Test
    void submissionKeepsMoneyToTheFenAndNeedsEveryRequiredField() {
        TechnologyDemand d = TechnologyDemand.submit(content(new BigDecimal("20000")), null, actor, now);
        assertThat(d.coFunding()).isEqualTo(new BigDecimal("20000.00"));
        assertThat(d.status()).isEqualTo(DemandStatus.SUBMITTED);
        assertThat(d.fromCountyBureau()).isTrue();
        assertThatThrownBy(() -> TechnologyDemand.submit(content(new BigDecimal("1.001")), null, actor, now))
                .hasMessageContaining("common.money.fen");
        DemandContent noPhone = new DemandContent("T", "P", "FRUIT", null, "653101", "O", BigDecimal.ONE, "N", " ", null);
        assertThatThrownBy(() -> TechnologyDemand.submit(noPhone, null, actor, now)).hasMessageContaining("incomplete");
    }

    static DemandContent content(BigDecimal coFunding) {
        return new DemandContent("Title", "Problem", "FRUIT", "0151", "653101", "Outcome", coFunding, "Contact",
                "0998-1234567", null);
    }

    static TechnologyDemand inStatus(DemandStatus status) {
        return inStatus(status, UUID.randomUUID(), UUID.randomUUID(), "653101");
    }

    static TechnologyDemand inStatus(DemandStatus status, UUID submitter, UUID organisation, String county) {
        return new TechnologyDemand(UUID.randomUUID(), "Title", "Problem", "FRUIT", null, county, "Outcome",
                new BigDecimal("1000.00"), "Contact", "13800000000", null, organisation, submitter, "Submitter",
                status, status == DemandStatus.MERGED ? UUID.randomUUID() : null, Instant.EPOCH, Instant.EPOCH,
                List.of(), Set.of(), 0L);
    }

    private static Map<DemandStatus, Map<DemandAction, DemandStatus>> parse() {
        Map<DemandStatus, Map<DemandAction, DemandStatus>> table = new EnumMap<>(DemandStatus.class);
        for (String line : EXPECTED.strip().split("\n")) {
            String[] parts = line.split(":", 2);
            Map<DemandAction, DemandStatus> row = new EnumMap<>(DemandAction.class);
            for (String cell : parts[1].trim().split("\\s+")) {
                if (!cell.isEmpty()) {
                    String[] kv = cell.split(">");
                    row.put(DemandAction.valueOf(kv[0]), DemandStatus.valueOf(kv[1]));
                }
            }
            table.put(DemandStatus.valueOf(parts[0].trim()), row);
        }
        return table;
    }
}
