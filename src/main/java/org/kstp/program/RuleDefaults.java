package org.kstp.program;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Today's Chinese rules, used as the starting values of every new call (kstp.rules.* in
 * application.yml). Changing them changes new calls only; each call keeps the rules it was given.
 *
 * @param checkHostLegalRepresentative new calls check the host's legal representative against the
 *     integrity register (a call may switch it on or off)
 */
@ConfigurationProperties("kstp.rules")
public record RuleDefaults(String indirectTiers, BigDecimal equipmentJustificationThreshold, int piConcurrencyLimit,
                           int memberProjectLimit, int institutionOverdueLimit, int countyQuota,
                           boolean checkHostLegalRepresentative) {

    public RuleDefaults {
        indirectTiers = indirectTiers == null ? "5000000:0.30;10000000:0.25;*:0.20" : indirectTiers;
        equipmentJustificationThreshold = equipmentJustificationThreshold == null
                ? new BigDecimal("500000") : equipmentJustificationThreshold;
        piConcurrencyLimit = piConcurrencyLimit <= 0 ? 1 : piConcurrencyLimit;
        memberProjectLimit = memberProjectLimit <= 0 ? 2 : memberProjectLimit;
        institutionOverdueLimit = institutionOverdueLimit <= 0 ? 3 : institutionOverdueLimit;
        countyQuota = countyQuota < 0 ? 0 : countyQuota;
    }

    public ConcurrencyRules concurrency() {
        return new ConcurrencyRules(piConcurrencyLimit, memberProjectLimit, institutionOverdueLimit, false);
    }
}
