package org.kstp.directory;

import java.util.UUID;

/**
 * An organisation as other modules see it.
 *
 * @param needsReview true when the code failed the check digit and staff have not yet confirmed it
 * @param legalRepName the legal representative's name, or null when none is recorded
 * @param legalRepIdHash the hash of the legal representative's citizen ID (the integrity register's
 *     hash, never the number), or null
 */
public record OrganisationSummary(UUID id, String uscc, String name, String countyCode, boolean needsReview,
                                  String legalRepName, String legalRepIdHash) {
}
