package org.kstp.proposal.domain;

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
 * Walks every (status, action) cell of the proposal lifecycle against a second, independent
 * statement of it, through the aggregate itself.
 */
class ProposalLifecycleTest {

    /** status: action>target ... ; everything not listed must be refused. */
    private static final String EXPECTED = """
            DRAFT: SUBMIT>SUBMITTED WITHDRAW>WITHDRAWN
            SUBMITTED: ENDORSE>ENDORSED RECOMMEND>RECOMMENDED ACCEPT>ACCEPTED RETURN>RETURNED WITHDRAW>WITHDRAWN
            ENDORSED: RECOMMEND>RECOMMENDED ACCEPT>ACCEPTED RETURN>RETURNED WITHDRAW>WITHDRAWN
            RECOMMENDED: ACCEPT>ACCEPTED RETURN>RETURNED WITHDRAW>WITHDRAWN
            ACCEPTED: PASS_FORMAL_CHECK>FORMALLY_CHECKED REJECT_FORMALLY>FORMALLY_REJECTED RETURN>RETURNED WITHDRAW>WITHDRAWN
            FORMALLY_CHECKED: START_REVIEW>UNDER_REVIEW WITHDRAW>WITHDRAWN
            FORMALLY_REJECTED:
            UNDER_REVIEW: COMPLETE_REVIEW>REVIEWED
            REVIEWED: APPROVE>APPROVED DECLINE>DECLINED
            APPROVED:
            DECLINED:
            RETURNED: SUBMIT>SUBMITTED WITHDRAW>WITHDRAWN
            WITHDRAWN:
            """;

    private static final List<RoutingStages> ALL_STAGE_SETTINGS = List.of(new RoutingStages(true, true),
            new RoutingStages(true, false), new RoutingStages(false, true), new RoutingStages(false, false));

    private final Actor actor = new Actor(UUID.randomUUID(), "t", "Tester", Set.of(Role.BUREAU_STAFF), null, null);
    private final Instant now = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void everyCellOfTheTableMatchesTheExpectedLifecycle() {
        Map<ProposalStatus, Map<ProposalAction, ProposalStatus>> expected = parse();
        assertThat(expected.keySet()).containsExactlyInAnyOrder(ProposalStatus.values());
        int cells = 0;
        for (ProposalStatus from : ProposalStatus.values()) {
            for (ProposalAction action : ProposalAction.values()) {
                ProposalStatus to = expected.get(from).get(action);
                assertThat(ProposalLifecycle.TABLE.target(from, action)).as("%s --%s-->", from, action)
                        .isEqualTo(Optional.ofNullable(to));
                if (to == null) {
                    assertRefusedEverywhere(from, action);
                } else {
                    assertAppliedSomewhere(from, action, to);
                }
                cells++;
            }
        }
        assertThat(cells).isEqualTo(ProposalStatus.values().length * ProposalAction.values().length);
    }

    private void assertRefusedEverywhere(ProposalStatus from, ProposalAction action) {
        for (RoutingStages stages : ALL_STAGE_SETTINGS) {
            Proposal p = inStatus(from);
            assertThatThrownBy(() -> p.apply(action, stages, actor, "reason", now)).isInstanceOf(RuleViolation.class);
            assertThat(p.status()).isEqualTo(from);
            assertThat(p.history()).isEmpty();
        }
    }

    private void assertAppliedSomewhere(ProposalStatus from, ProposalAction action, ProposalStatus to) {
        RoutingStages stages = ALL_STAGE_SETTINGS.stream().filter(s -> s.permits(from, action)).findFirst()
                .orElseThrow(() -> new AssertionError("no call setting permits " + from + " " + action));
        Proposal p = inStatus(from);
        p.apply(action, stages, actor, "reason", now);
        assertThat(p.status()).isEqualTo(to);
        assertThat(p.history()).singleElement().satisfies(change -> {
            assertThat(change.fromStatus()).isEqualTo(from);
            assertThat(change.toStatus()).isEqualTo(to);
            assertThat(change.action()).isEqualTo(action);
            assertThat(change.actorId()).isEqualTo(actor.accountId());
        });
    }

    @Test
    void returningWithoutAReasonIsRefused() {
        Proposal p = inStatus(ProposalStatus.SUBMITTED);
        assertThatThrownBy(() -> p.apply(ProposalAction.RETURN, new RoutingStages(true, false), actor, " ", now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reasonRequired");
    }

    @Test
    void approvalCannotExceedTheRequest() {
        Proposal p = inStatus(ProposalStatus.REVIEWED);
        RoutingStages stages = new RoutingStages(true, false);
        assertThatThrownBy(() -> p.approve(new BigDecimal("100000.01"), stages, actor, now))
                .isInstanceOf(RuleViolation.class);
        p.approve(new BigDecimal("80000"), stages, actor, now);
        assertThat(p.approvedAmount()).isEqualByComparingTo("80000.00");
        assertThat(p.status()).isEqualTo(ProposalStatus.APPROVED);
    }

    @Test
    void contentChangesOnlyWhileThePiHoldsThePen() {
        Proposal p = inStatus(ProposalStatus.SUBMITTED);
        assertThatThrownBy(() -> p.edit(content("New"), now)).isInstanceOf(RuleViolation.class);
        Proposal returned = inStatus(ProposalStatus.RETURNED);
        returned.edit(content("New"), now);
        assertThat(returned.title()).isEqualTo("New");
    }

    static Proposal inStatus(ProposalStatus status) {
        return new Proposal(UUID.randomUUID(), UUID.randomUUID(), null, "Title", "Summary", "k", "T1", "FRUIT",
                "653101", new BigDecimal("100000.00"), null, new BigDecimal("10000.00"), null, null, null, null,
                UUID.randomUUID(), UUID.randomUUID(), "PI", status, status == ProposalStatus.DRAFT ? null : Instant.EPOCH, Instant.EPOCH,
                Instant.EPOCH, List.of(new TeamMember("Member", null, null, null, null)),
                List.of(new BudgetLine(CostCategory.OPERATIONS, "Field work", new BigDecimal("90000.00"), null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), 0L);
    }

    static ProposalContent content(String title) {
        return new ProposalContent(title, "s", "k", "T1", "FRUIT", new BigDecimal("1.00"), List.of());
    }

    private static Map<ProposalStatus, Map<ProposalAction, ProposalStatus>> parse() {
        Map<ProposalStatus, Map<ProposalAction, ProposalStatus>> table = new EnumMap<>(ProposalStatus.class);
        for (String line : EXPECTED.strip().split("\n")) {
            String[] parts = line.split(":", 2);
            Map<ProposalAction, ProposalStatus> row = new EnumMap<>(ProposalAction.class);
            for (String cell : parts[1].trim().split("\\s+")) {
                if (!cell.isEmpty()) {
                    String[] kv = cell.split(">");
                    row.put(ProposalAction.valueOf(kv[0]), ProposalStatus.valueOf(kv[1]));
                }
            }
            table.put(ProposalStatus.valueOf(parts[0].trim()), row);
        }
        return table;
    }
}
