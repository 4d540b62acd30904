package org.kstp.review.round.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.kstp.review.round.ReviewRound;
import org.kstp.review.round.RoundMode;
import org.kstp.review.round.RoundParameters;
import org.springframework.format.annotation.DateTimeFormat;

/** A round's title, mode and parameters as staff enter them; the call only when creating. */
public record RoundForm(UUID callId, @NotBlank @Size(max = 200) String title, @NotNull RoundMode mode,
                        @NotNull @Min(1) @Max(15) Integer reviewersPerProposal,
                        @NotNull @DecimalMin("0.01") @DecimalMax("1.00") @Digits(integer = 1, fraction = 2)
                        BigDecimal pairCap, Boolean requireOutside,
                        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDue) {

    public RoundForm {
        requireOutside = Boolean.TRUE.equals(requireOutside);
    }

    static RoundForm defaults(LocalDate today) {
        RoundParameters p = RoundParameters.defaults(today);
        return new RoundForm(null, "", RoundMode.RANDOMISED, p.reviewersPerProposal(), p.pairCap(),
                p.requireOutside(), p.reviewDue());
    }

    static RoundForm of(ReviewRound round) {
        RoundParameters p = round.parameters();
        return new RoundForm(round.callId(), round.title(), round.mode(), p.reviewersPerProposal(),
                p.pairCap(), p.requireOutside(), p.reviewDue());
    }

    RoundParameters parameters() {
        return new RoundParameters(reviewersPerProposal, pairCap, requireOutside, reviewDue);
    }
}
