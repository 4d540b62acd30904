package org.kstp.program.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.kstp.program.CallDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** The new-call form; times are typed in Beijing time and stored as instants. */
record CallForm(@NotBlank @Size(max = 200) String title,
                @Size(max = 20000) String guideline,
                @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
                @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
                @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal budgetCap,
                boolean endorsementRequired,
                boolean recommendationRequired) {

    static CallForm blank() {
        return new CallForm("", "", null, null, null, true, false);
    }

    CallDraft toDraft(ZoneId zone) {
        return new CallDraft(title, guideline, opensAt.atZone(zone).toInstant(),
                closesAt.atZone(zone).toInstant(), budgetCap, endorsementRequired, recommendationRequired);
    }
}
