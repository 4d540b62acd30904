/**
 * Programmes (科技计划) under the plan's tasks, and their calls (申报指南): the window, the budget cap
 * and which routing stages (endorsement, county recommendation) the call uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Program",
        allowedDependencies = {"common", "platform", "audit", "plan"})
package org.kstp.program;
