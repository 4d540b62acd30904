package org.kstp.integrity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.kstp.integrity.domain.AppealOutcome;
import org.kstp.integrity.domain.Decision;
import org.springframework.format.annotation.DateTimeFormat;

/** An appeal outcome, revocation or early lifting: the decision it rests on, and what the kind needs. */
public record FollowUpForm(@NotBlank @Size(max = 200) String issuer, @NotBlank @Size(max = 100) String documentNumber,
                           @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                           AppealOutcome outcome,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                           @Size(max = 2000) String note) {

    Decision decision() {
        return new Decision(issuer.trim(), documentNumber.trim(), decisionDate);
    }
}
