package org.kstp.program;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Today's Chinese rules, used as the starting values of every new call (kstp.rules.* in
 * application.yml). Changing them changes new calls only; each call keeps the rules it was given.
 * A number left out of the configuration takes the regulation's value; a number that is given,
 * zero included, is taken as written (an overdue limit of 0 means no overdue project is tolerated).
 *
 * @param piLimitCountsMemberships new calls count, in the PI limit, projects where the PI is only a
 *     team member (the 2023 Xinjiang text counts the PI's own projects only, so the default is false)
 * @param checkHostLegalRepresentative new calls check the host's legal representative against the
 *     integrity register (the 2026 Xinjiang guide requires it, so the default is true; a call may switch it)
 */
@ConfigurationProperties("kstp.rules")
public record RuleDefaults(String indirectTiers, BigDecimal equipmentJustificationThreshold, Integer piConcurrencyLimit,
                           Integer memberProjectLimit, Integer institutionOverdueLimit, int countyQuota,
                           Boolean piLimitCountsMemberships, Boolean checkHostLegalRepresentative) {

    public RuleDefaults {
        indirectTiers = indirectTiers == null ? "5000000:0.30;10000000:0.25;*:0.20" : indirectTiers;
        equipmentJustificationThreshold = equipmentJustificationThreshold == null
                ? new BigDecimal("500000") : equipmentJustificationThreshold;
        piConcurrencyLimit = piConcurrencyLimit == null ? 1 : piConcurrencyLimit;
        memberProjectLimit = memberProjectLimit == null ? 2 : memberProjectLimit;
        institutionOverdueLimit = institutionOverdueLimit == null ? 3 : institutionOverdueLimit;
        countyQuota = Math.max(countyQuota, 0);
        piLimitCountsMemberships = piLimitCountsMemberships != null && piLimitCountsMemberships;
        checkHostLegalRepresentative = checkHostLegalRepresentative == null || checkHostLegalRepresentative;
        if (piConcurrencyLimit < 1 || memberProjectLimit < 1 || institutionOverdueLimit < 0) {
            throw new IllegalArgumentException("kstp.rules: pi-concurrency-limit and member-project-limit must be at"
                    + " least 1, institution-overdue-limit at least 0");
        }
    }

    public ConcurrencyRules concurrency() {
        return new ConcurrencyRules(piConcurrencyLimit, memberProjectLimit, institutionOverdueLimit, false,
                piLimitCountsMemberships);
    }
}
