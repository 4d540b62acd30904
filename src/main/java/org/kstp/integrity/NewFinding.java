package org.kstp.integrity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A finding against a researcher as staff enter it, for callers outside the module's pages (the demo).
 *
 * @param accountId the researcher's account, or null when known by ID number only
 * @param citizenIdHash the hash of the citizen ID ({@code CitizenIdHash}), or null when known by account only
 * @param tier the severity: MINOR, SERIOUS, GRAVE or ESPECIALLY_GRAVE (the sanction rules' tiers)
 */
public record NewFinding(String personName, UUID accountId, String citizenIdHash, String finding, String issuer,
                         String documentNumber, LocalDate decidedOn, String tier, List<NewMeasure> measures) {

    public NewFinding {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** One measure and its period; a null end means until lifted. */
    public record NewMeasure(MeasureKind kind, LocalDate start, LocalDate end) {
    }
}
