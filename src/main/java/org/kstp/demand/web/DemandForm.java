package org.kstp.demand.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.kstp.demand.domain.DemandContent;

/**
 * The demand form. The county is ignored for county staff, who always submit for their own county;
 * the phone pattern accepts mobiles, landlines with area codes and extensions.
 */
record DemandForm(@NotBlank @Size(max = 200) String title,
                  @NotBlank @Size(max = 10000) String problem,
                  @NotBlank String industryCode,
                  @Size(max = 12) @Pattern(regexp = "^$|^[A-Za-z0-9]{1,12}$") String gbtIndustryCode,
                  String countyCode,
                  @NotBlank @Size(max = 10000) String expectedOutcome,
                  @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal coFunding,
                  @NotBlank @Size(max = 100) String contactName,
                  @NotBlank @Pattern(regexp = "^[0-9+()\\- ]{5,30}$") String contactPhone,
                  @Email @Size(max = 200) String contactEmail) {

    static DemandForm blank(String countyCode, String contactName) {
        return new DemandForm("", "", "", "", countyCode, "", BigDecimal.ZERO, contactName, "", "");
    }

    DemandContent toContent() {
        return new DemandContent(title, problem, industryCode, gbtIndustryCode, countyCode, expectedOutcome,
                coFunding, contactName, contactPhone, contactEmail);
    }
}
