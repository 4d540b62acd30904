package org.kstp.review.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;

/** The round's lifecycle cell by cell, its commit-then-reveal seed, and what each status allows. */
class ReviewRoundTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Actor STAFF = new Actor(UUID.randomUUID(), "staff", "Staff", Set.of(Role.BUREAU_STAFF),
            null, null);

    /** Every (status, action) cell: the target, or absent when refused. */
    private static final Map<RoundStatus, Map<RoundAction, RoundStatus>> EXPECTED = Map.of(
            RoundStatus.DRAFT, Map.of(RoundAction.EDIT, RoundStatus.DRAFT, RoundAction.START_DRAW, RoundStatus.DRAWING,
                    RoundAction.CLOSE, RoundStatus.CLOSED),
            RoundStatus.DRAWING, Map.of(RoundAction.COMPLETE_DRAW, RoundStatus.DRAWN,
                    RoundAction.FAIL_DRAW, RoundStatus.DRAFT),
            RoundStatus.DRAWN, Map.of(RoundAction.BEGIN_REVIEW, RoundStatus.REVIEWING,
                    RoundAction.CLOSE, RoundStatus.CLOSED),
            RoundStatus.REVIEWING, Map.of(RoundAction.CLOSE, RoundStatus.CLOSED),
            RoundStatus.CLOSED, Map.of());

    @Test
    void transitionTableMatchesTheLifecycleCellByCell() {
        for (RoundStatus from : RoundStatus.values()) {
            for (RoundAction action : RoundAction.values()) {
                assertThat(ReviewRound.LIFECYCLE.target(from, action))
                        .as(from + " x " + action).isEqualTo(java.util.Optional.ofNullable(EXPECTED.get(from).get(action)));
            }
        }
    }

    @Test
    void aDrawCommitsFirstAndRevealsTheSeedOnlyOnceSaved() {
        ReviewRound round = draft();
        round.chooseProposals(Set.of(UUID.randomUUID()), STAFF, Instant.EPOCH);
        round.startDraw("seed-1", "commit-1", STAFF, Instant.EPOCH);
        assertThat(round.status()).isEqualTo(RoundStatus.DRAWING);
        assertThat(round.commitment()).isEqualTo("commit-1");
        assertThat(round.revealedSeed()).isNull();
        assertThatThrownBy(() -> round.chooseProposals(Set.of(), STAFF, Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("common.transition.refused");
        round.completeDraw(new RoundOutcome(1.0, true, 90.0, 0.5, 1, 1, 1, 0L, 0), STAFF, Instant.EPOCH);
        assertThat(round.status()).isEqualTo(RoundStatus.DRAWN);
        assertThat(round.revealedSeed()).isEqualTo("seed-1");
        assertThat(round.isDrawn()).isTrue();
    }

    @Test
    void aFailedDrawGoesBackToDraftWithTheErrorAndHidesTheSeed() {
        ReviewRound round = draft();
        round.chooseProposals(Set.of(UUID.randomUUID()), STAFF, Instant.EPOCH);
        round.startDraw("seed-1", "commit-1", STAFF, Instant.EPOCH);
        round.failDraw("review.round.draw.short", STAFF, Instant.EPOCH);
        assertThat(round.status()).isEqualTo(RoundStatus.DRAFT);
        assertThat(round.drawError()).isEqualTo("review.round.draw.short");
        assertThat(round.revealedSeed()).isNull();
        assertThat(round.isDrawn()).isFalse();
        round.startDraw("seed-2", "commit-2", STAFF, Instant.EPOCH);
        assertThat(round.drawError()).isNull();
        assertThat(round.history()).extracting(RoundStatusChange::action).containsExactly(RoundAction.EDIT,
                RoundAction.START_DRAW, RoundAction.FAIL_DRAW, RoundAction.START_DRAW);
    }

    @Test
    void aRoundWithoutProposalsCannotBeDrawn() {
        ReviewRound round = draft();
        assertThatThrownBy(() -> round.startDraw("s", "c", STAFF, Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("review.round.noProposals");
        assertThat(round.status()).isEqualTo(RoundStatus.DRAFT);
    }

    @Test
    void onlyTheFirstAcceptanceBeginsTheReview() {
        ReviewRound round = draft();
        round.chooseProposals(Set.of(UUID.randomUUID()), STAFF, Instant.EPOCH);
        round.startDraw(null, null, STAFF, Instant.EPOCH);
        round.completeDraw(new RoundOutcome(1.0, true, 100.0, 1.0, 1, 1, 1, 0L, 0), STAFF, Instant.EPOCH);
        assertThat(round.beginReview(STAFF, Instant.EPOCH)).isTrue();
        assertThat(round.beginReview(STAFF, Instant.EPOCH)).isFalse();
        assertThat(round.status()).isEqualTo(RoundStatus.REVIEWING);
        assertThat(round.allowedActions()).isEqualTo(EnumSet.of(RoundAction.CLOSE));
    }

    @Test
    void parametersDefaultToTheIssueAndRefuseNonsense() {
        RoundParameters defaults = RoundParameters.defaults(TODAY);
        assertThat(defaults.reviewersPerProposal()).isEqualTo(5);
        assertThat(defaults.pairCap()).isEqualByComparingTo("0.5");
        assertThat(defaults.requireOutside()).isFalse();
        assertThat(defaults.candidatesNeeded(RoundMode.RANDOMISED)).isEqualTo(10);
        assertThat(defaults.candidatesNeeded(RoundMode.DETERMINISTIC)).isEqualTo(5);
        assertThat(new RoundParameters(3, new java.math.BigDecimal("0.40"), false, TODAY)
                .candidatesNeeded(RoundMode.RANDOMISED)).isEqualTo(8);
        assertRefused(new RoundParameters(0, new java.math.BigDecimal("0.5"), false, TODAY), "reviewers");
        assertRefused(new RoundParameters(16, new java.math.BigDecimal("0.5"), false, TODAY), "reviewers");
        assertRefused(new RoundParameters(5, java.math.BigDecimal.ZERO, false, TODAY), "pairCap");
        assertRefused(new RoundParameters(5, new java.math.BigDecimal("1.01"), false, TODAY), "pairCap");
        assertRefused(new RoundParameters(5, new java.math.BigDecimal("0.333"), false, TODAY), "pairCap");
        assertRefused(new RoundParameters(5, new java.math.BigDecimal("0.5"), false, TODAY.minusDays(1)),
                "reviewDue");
    }

    @Test
    void invitationsFollowTheirOwnTable() {
        Invitation i = Invitation.drawn(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "E",
                UUID.randomUUID(), 0.5, 0.5, Instant.EPOCH);
        assertThatThrownBy(() -> i.decline(" ", Instant.EPOCH)).hasMessageStartingWith("review.invitation.reasonRequired");
        assertThatThrownBy(() -> i.confirm(UUID.randomUUID(), Instant.EPOCH))
                .hasMessageStartingWith("common.transition.refused");
        i.decline("Abroad", Instant.EPOCH);
        assertThat(i.status()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(i.active()).isFalse();
        Invitation s = Invitation.suggested(i, UUID.randomUUID(), "F", 0.4, 0.3, Instant.EPOCH);
        assertThat(s.replacesId()).isEqualTo(i.id());
        assertThat(s.active()).isFalse();
        s.confirm(UUID.randomUUID(), Instant.EPOCH);
        assertThat(s.status()).isEqualTo(InvitationStatus.INVITED);
        s.accept(Instant.EPOCH);
        assertThatThrownBy(() -> s.decline("late", Instant.EPOCH)).hasMessageStartingWith("common.transition.refused");
        s.withdraw("Ill", Instant.EPOCH);
        assertThat(s.status()).isEqualTo(InvitationStatus.WITHDRAWN);
    }

    private static void assertRefused(RoundParameters p, String which) {
        assertThatThrownBy(() -> p.validate(TODAY)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("review.round.invalid." + which);
    }

    private static ReviewRound draft() {
        return ReviewRound.create(UUID.randomUUID(), "Round", RoundMode.RANDOMISED, RoundParameters.defaults(TODAY),
                TODAY, STAFF, Instant.EPOCH);
    }
}
