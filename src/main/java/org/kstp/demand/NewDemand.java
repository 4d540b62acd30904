package org.kstp.demand;

import java.math.BigDecimal;

/**
 * A technology demand as its submitter enters it, for callers outside the module's pages (the demo).
 *
 * @param industryCode one of the plan's ten industries
 * @param gbtIndustryCode GB/T 4754-2017 code, or null
 * @param coFunding what the submitter would contribute, in yuan
 */
public record NewDemand(String title, String problem, String industryCode, String gbtIndustryCode, String countyCode,
                        String expectedOutcome, BigDecimal coFunding, String contactName, String contactPhone,
                        String contactEmail) {
}
