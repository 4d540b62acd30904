package org.kstp.expert;

import java.util.List;
import java.util.UUID;

/**
 * An expert's profile as other modules see it: no relations, no history.
 *
 * @param disciplines GB/T 13745 codes, the primary one first
 * @param fields codes of the plan's industries
 * @param status the name of its {@code ExpertStatus}
 * @param pastWork past projects and publications, free text, for matching experts to proposals
 */
public record ExpertView(UUID accountId, String name, String username, String title, UUID employerOrganisationId,
                         List<String> disciplines, String keywords, List<String> fields, String region,
                         boolean partnerProvince, String status,
                         String pastWork) {
}
