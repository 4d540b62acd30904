package org.kstp.directory;

import java.util.UUID;

/**
 * An organisation as other modules see it.
 *
 * @param needsReview true when the code failed the check digit and staff have not yet confirmed it
 */
public record OrganisationSummary(UUID id, String uscc, String name, String countyCode, boolean needsReview) {
}
