package org.kstp.expert;

import java.util.List;
import java.util.UUID;

/**
 * A new profile for an expert account.
 *
 * @param disciplines GB/T 13745 codes, the primary one first
 * @param fields codes of the plan's industries
 * @param region a county code (six digits) or, for experts from elsewhere, a province name
 * @param partnerProvince from one of the partner provinces that support Xinjiang
 */
public record NewExpert(UUID accountId, String title, UUID employerOrganisationId, List<String> disciplines,
                        String keywords, List<String> fields, String region, boolean partnerProvince,
                        String pastWork) {

    public NewExpert {
        disciplines = List.copyOf(disciplines);
        fields = List.copyOf(fields);
    }
}
