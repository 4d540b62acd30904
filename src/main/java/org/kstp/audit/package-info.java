/**
 * The append-only, hash-chained operation log: who did what to which object, when, from where.
 * Every state change in every module is recorded here in the same transaction as the change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"common", "platform"})
package org.kstp.audit;
