package org.kstp.project;

import java.util.UUID;

/**
 * An integrity sanction against a running project's PI or host raised an alert and blocked its
 * disbursements. Published so that bureau staff hear of it where they look first (their notices and
 * mailbox), not only when they next open the project.
 *
 * @param party {@code PI} or {@code HOST}
 * @param record the decision that took effect, as "issuer document-number"
 */
public record SanctionAlertRaised(UUID projectId, String trackingNumber, String title, String party,
                                  String subjectName, String record) {
}
