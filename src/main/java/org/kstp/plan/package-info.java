/**
 * The five-year plan as data: its tasks and their items, the ten industries, the innovation-carrier
 * kinds and the indicators with their 2020 baselines and 2025 targets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan", allowedDependencies = {"common", "platform"})
package org.kstp.plan;
