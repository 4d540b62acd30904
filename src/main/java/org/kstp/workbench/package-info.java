/**
 * The workbench every signed-in user lands on: the work waiting for them, counted by the modules
 * that own it, the calls closing soon, and for bureau staff a compact overview of the prefecture.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench",
        allowedDependencies = {"common", "platform", "identity", "plan", "program", "project"})
package org.kstp.workbench;
