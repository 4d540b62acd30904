package org.kstp.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.proposal.ProposalApproved;

/** Every (status, action) cell of the project lifecycle, against an independent statement of it. */
class ProjectLifecycleTest {

    private static final String EXPECTED = """
            AGREEMENT_PENDING: SIGN_AGREEMENT>IN_PROGRESS
            IN_PROGRESS: REQUEST_ACCEPTANCE>ACCEPTANCE_REQUESTED SUSPEND>SUSPENDED TERMINATE>TERMINATED
            ACCEPTANCE_REQUESTED: START_ACCEPTANCE>UNDER_ACCEPTANCE
            UNDER_ACCEPTANCE: PASS_ACCEPTANCE>ACCEPTED REQUIRE_RECTIFICATION>RECTIFICATION FAIL_ACCEPTANCE>FAILED
            ACCEPTED: CLOSE>CLOSED
            RECTIFICATION: PASS_ACCEPTANCE>ACCEPTED FAIL_ACCEPTANCE>FAILED
            FAILED: CLOSE>CLOSED
            SUSPENDED: RESUME>IN_PROGRESS TERMINATE>TERMINATED
            TERMINATED: CLOSE>CLOSED
            CLOSED:
            """;

    private final Actor actor = new Actor(UUID.randomUUID(), "b", "Bureau", Set.of(Role.BUREAU_STAFF), null, null);

    @Test
    void everyCellMatches() {
        Map<ProjectStatus, Map<ProjectAction, ProjectStatus>> expected = parse();
        assertThat(expected.keySet()).containsExactlyInAnyOrder(ProjectStatus.values());
        for (ProjectStatus from : ProjectStatus.values()) {
            for (ProjectAction action : ProjectAction.values()) {
                Project project = inStatus(from);
                ProjectStatus to = expected.get(from).get(action);
                if (to == null) {
                    assertThatThrownBy(() -> project.apply(action, actor, null, Instant.EPOCH))
                            .as("%s --%s-->", from, action).isInstanceOf(RuleViolation.class);
                    assertThat(project.status()).isEqualTo(from);
                } else {
                    project.apply(action, actor, null, Instant.EPOCH);
                    assertThat(project.status()).as("%s --%s-->", from, action).isEqualTo(to);
                    assertThat(project.history()).singleElement()
                            .satisfies(h -> assertThat(h.action()).isEqualTo(action));
                }
            }
        }
    }

    @Test
    void anAwardStartsAwaitingItsAgreementWithTheApprovedAmount() {
        Project project = Project.award(new ProposalApproved(UUID.randomUUID(), UUID.randomUUID(), "KS2026-000001",
                "T", UUID.randomUUID(), UUID.randomUUID(), "PI", "653101", new BigDecimal("123.45"), null, List.of()),
                Instant.EPOCH);
        assertThat(project.status()).isEqualTo(ProjectStatus.AGREEMENT_PENDING);
        assertThat(project.approvedAmount()).isEqualByComparingTo("123.45");
    }

    private static Project inStatus(ProjectStatus status) {
        return new Project(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "KS", "T", UUID.randomUUID(),
                UUID.randomUUID(), "PI", "653101", BigDecimal.TEN, null, Set.of(), status, Instant.EPOCH,
                List.of(), List.of(), List.of(), 0L);
    }

    private static Map<ProjectStatus, Map<ProjectAction, ProjectStatus>> parse() {
        Map<ProjectStatus, Map<ProjectAction, ProjectStatus>> table = new EnumMap<>(ProjectStatus.class);
        for (String line : EXPECTED.strip().split("\n")) {
            String[] parts = line.split(":", 2);
            Map<ProjectAction, ProjectStatus> row = new EnumMap<>(ProjectAction.class);
            for (String cell : parts[1].trim().split("\\s+")) {
                if (!cell.isEmpty()) {
                    String[] kv = cell.split(">");
                    row.put(ProjectAction.valueOf(kv[0]), ProjectStatus.valueOf(kv[1]));
                }
            }
            table.put(ProjectStatus.valueOf(parts[0].trim()), row);
        }
        return table;
    }
}
