/**
 * Projects: created from approved proposals and followed from agreement to closure. This
 * module reacts to the proposal module's approval event and never writes back to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Project",
        allowedDependencies = {"common", "platform", "audit", "directory", "proposal", "integrity"})
package org.kstp.project;
