/**
 * Research integrity: an append-only register of findings of research misconduct and the measures
 * imposed (MOST Order No. 19 subjects, 2022 investigation rules), with appeals, revocations and early
 * lifting as new entries, and {@link org.kstp.integrity.IntegrityApi}, which answers "may this person
 * or organisation take part in this activity on this date, and if not, why" from an in-memory index.
 * It is upstream of proposal, review and project: they ask it; it never asks them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrity",
        allowedDependencies = {"common", "platform", "audit", "identity", "directory"})
package org.kstp.integrity;
