package org.kstp.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What staff type to register an organisation. The code is only length-checked here: its real check
 * (character set, check digit, full-width input) belongs to {@link org.kstp.common.Uscc}, so that the
 * form and the API refuse exactly the same codes.
 */
record OrganisationForm(@NotBlank @Size(max = 40) String uscc, @NotBlank @Size(max = 200) String name,
                        @NotBlank String countyCode) {

    static OrganisationForm empty(String countyCode) {
        return new OrganisationForm("", "", countyCode == null ? "" : countyCode);
    }

    /** The field a refusal belongs next to; null for refusals about the form as a whole. */
    static String fieldFor(String messageKey) {
        if (messageKey.startsWith("common.uscc.") || messageKey.equals("directory.organisation.duplicate")) {
            return "uscc";
        }
        if (messageKey.startsWith("directory.organisation.name")) {
            return "name";
        }
        if (messageKey.endsWith("County")) {
            return "countyCode";
        }
        return null;
    }
}
