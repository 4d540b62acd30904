package org.kstp.demand.domain;

import java.math.BigDecimal;

/**
 * What the submitter says about their need.
 *
 * @param industryCode one of the plan's ten industries
 * @param gbtIndustryCode optional GB/T 4754-2017 code, for statistics across programmes
 * @param coFunding yuan the submitter would put in themselves; zero is allowed
 */
public record DemandContent(String title, String problem, String industryCode, String gbtIndustryCode,
                            String countyCode, String expectedOutcome, BigDecimal coFunding, String contactName,
                            String contactPhone, String contactEmail) {
}
