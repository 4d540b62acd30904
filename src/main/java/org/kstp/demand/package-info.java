/**
 * Technology demands (demand collection): problems that enterprises, institutions and county bureaus
 * need solved, vetted, merged and published by the bureau, and linked to the calls they feed, so
 * that every call can be traced back to the needs it answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demand",
        allowedDependencies = {"common", "platform", "audit", "directory", "plan", "program"})
package org.kstp.demand;
