package org.kstp.expert.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
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

/** Walks every (status, action) cell of the expert lifecycle against an independent statement of it. */
class ExpertLifecycleTest {

    private static final String EXPECTED = """
            APPLIED: APPROVE>ACTIVE LEAVE>LEFT LEAVE_ON_SANCTION>LEFT
            ACTIVE: REQUEST_REFRESH>REFRESH_DUE SUSPEND>SUSPENDED LEAVE>LEFT LEAVE_ON_SANCTION>LEFT
            REFRESH_DUE: CONFIRM_REFRESH>ACTIVE SUSPEND>SUSPENDED LEAVE>LEFT LEAVE_ON_SANCTION>LEFT
            SUSPENDED: REINSTATE>ACTIVE LEAVE>LEFT LEAVE_ON_SANCTION>LEFT
            LEFT: RETURN_AFTER_SANCTION>ACTIVE
            """;

    private final Actor bureau = new Actor(UUID.randomUUID(), "b", "Bureau", Set.of(Role.BUREAU_STAFF), null, null);
    private final Instant now = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void everyCellOfTheTableMatchesTheExpectedLifecycle() {
        Map<ExpertStatus, Map<ExpertAction, ExpertStatus>> expected = parse();
        assertThat(expected.keySet()).containsExactlyInAnyOrder(ExpertStatus.values());
        for (ExpertStatus from : ExpertStatus.values()) {
            for (ExpertAction action : ExpertAction.values()) {
                ExpertStatus to = expected.get(from).get(action);
                assertThat(Expert.LIFECYCLE.target(from, action)).as("%s --%s-->", from, action)
                        .isEqualTo(Optional.ofNullable(to));
                Expert expert = inStatus(from);
                if (to == null) {
                    assertThatThrownBy(() -> expert.apply(action, bureau, null, now)).isInstanceOf(RuleViolation.class);
                    assertThat(expert.status()).isEqualTo(from);
                } else {
                    int before = expert.history().size();
                    expert.apply(action, bureau, "c", now);
                    assertThat(expert.status()).isEqualTo(to);
                    assertThat(expert.history()).hasSize(before + 1);
                    assertThat(expert.history().getLast()).isEqualTo(
                            new ExpertStatusChange(from, to, action, bureau.accountId(), "Bureau", "c", now));
                }
            }
        }
    }

    @Test
    void onlyAnExpertTheSystemTookOutOnASanctionCountsAsLeftOnSanction() {
        Expert sanctioned = inStatus(ExpertStatus.ACTIVE);
        sanctioned.apply(ExpertAction.LEAVE_ON_SANCTION, bureau, "KJ-1", now);
        assertThat(sanctioned.leftOnSanction()).isTrue();
        Expert voluntary = inStatus(ExpertStatus.ACTIVE);
        voluntary.apply(ExpertAction.LEAVE, bureau, "retired", now);
        assertThat(voluntary.leftOnSanction()).isFalse();
        sanctioned.apply(ExpertAction.RETURN_AFTER_SANCTION, bureau, "revoked", now);
        assertThat(sanctioned.leftOnSanction()).isFalse();
        assertThat(sanctioned.status()).isEqualTo(ExpertStatus.ACTIVE);
    }

    @Test
    void aChangedEmployerGoesIntoTheHistoryAndAProfileNeedsADiscipline() {
        UUID first = UUID.randomUUID();
        Expert expert = Expert.enter(UUID.randomUUID(), "e", "E", profile(first), null, now);
        expert.update(profile(UUID.randomUUID()), now, LocalDate.of(2026, 5, 1));
        assertThat(expert.employments()).containsExactly(new Employment(first, null, LocalDate.of(2026, 5, 1)));
        Profile none = new Profile("T", first, List.of(" "), "", List.of(), null, false, null, List.of(), List.of(),
                List.of());
        assertThatThrownBy(() -> expert.update(none, now, LocalDate.of(2026, 5, 1))).hasMessageStartingWith("expert.profile.disciplineRequired");
        Profile bad = new Profile("T", first, List.of("12a"), "", List.of(), null, false, null, List.of(), List.of(),
                List.of());
        assertThatThrownBy(() -> expert.update(bad, now, LocalDate.of(2026, 5, 1))).hasMessageStartingWith("expert.profile.disciplineFormat");
    }

    static Profile profile(UUID employer) {
        return new Profile("Professor", employer, List.of("21040", "210"), "jujube", List.of("FRUIT"), "653101", false,
                null, List.of(), List.of(), List.of());
    }

    private Expert inStatus(ExpertStatus status) {
        Expert expert = Expert.enter(UUID.randomUUID(), "e", "E", profile(null), null, now);
        List<ExpertAction> path = switch (status) {
            case APPLIED -> List.of();
            case ACTIVE -> List.of(ExpertAction.APPROVE);
            case REFRESH_DUE -> List.of(ExpertAction.APPROVE, ExpertAction.REQUEST_REFRESH);
            case SUSPENDED -> List.of(ExpertAction.APPROVE, ExpertAction.SUSPEND);
            case LEFT -> List.of(ExpertAction.LEAVE);
        };
        path.forEach(a -> expert.apply(a, bureau, null, now));
        assertThat(expert.status()).isEqualTo(status);
        return expert;
    }

    private static Map<ExpertStatus, Map<ExpertAction, ExpertStatus>> parse() {
        Map<ExpertStatus, Map<ExpertAction, ExpertStatus>> result = new EnumMap<>(ExpertStatus.class);
        for (String line : EXPECTED.strip().split("\n")) {
            String[] parts = line.split(":", 2);
            Map<ExpertAction, ExpertStatus> row = new EnumMap<>(ExpertAction.class);
            for (String cell : parts[1].trim().split("\\s+")) {
                if (!cell.isEmpty()) {
                    String[] kv = cell.split(">");
                    row.put(ExpertAction.valueOf(kv[0]), ExpertStatus.valueOf(kv[1]));
                }
            }
            result.put(ExpertStatus.valueOf(parts[0].trim()), row);
        }
        return result;
    }
}
