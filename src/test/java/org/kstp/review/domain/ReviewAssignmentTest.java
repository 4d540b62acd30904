package org.kstp.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.RuleViolation;

/** The assignment takes a scorecard's total once, and only after the no-conflict declaration. */
class ReviewAssignmentTest {

    @Test
    void submittedOnceAfterTheDeclaration() {
        ReviewAssignment a = ReviewAssignment.assign(UUID.randomUUID(), UUID.randomUUID(), "E", Instant.EPOCH);
        assertThatThrownBy(() -> a.submit(new BigDecimal("74.00"), "Good", Instant.EPOCH))
                .hasMessageStartingWith("review.declaration.required");
        assertThat(a.status()).isEqualTo(AssignmentStatus.ASSIGNED);
        a.declareNoConflict(Instant.EPOCH);
        a.submit(new BigDecimal("74.00"), "Good", Instant.EPOCH);
        assertThat(a.total()).isEqualByComparingTo("74.00");
        assertThat(a.status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThatThrownBy(() -> a.submit(new BigDecimal("90.00"), "Again", Instant.EPOCH))
                .isInstanceOf(RuleViolation.class);
        assertThat(a.total()).isEqualByComparingTo("74.00");
    }
}
