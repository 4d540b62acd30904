package org.kstp.expert.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The profile form. Lists the rules read (relations, employment history, availability) are one entry
 * per line, fields separated by semicolons, so an expert can paste them from a CV.
 */
public record ProfileForm(@Size(max = 100) String title, @Size(max = 18) String employerUscc,
                          @NotBlank @Size(max = 300) String disciplines, @Size(max = 500) String keywords,
                          List<String> fields, @Size(max = 50) String region, Boolean partnerProvince,
                          String pastWork, String relations, String employments, String availability) {

    public ProfileForm {
        fields = fields == null ? List.of() : fields;
        partnerProvince = Boolean.TRUE.equals(partnerProvince);
    }

    static ProfileForm empty() {
        return new ProfileForm("", "", "", "", List.of(), "", false, "", "", "", "");
    }
}
