/**
 * Programmes under the plan's tasks, and their calls: the window, the budget cap
 * and which routing stages (endorsement, county recommendation) the call uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Program",
        allowedDependencies = {"common", "platform", "audit", "plan", "directory"})
package org.kstp.program;
