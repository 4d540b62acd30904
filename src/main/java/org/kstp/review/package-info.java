/**
 * Expert review: assigning experts to proposals, score sheets, and the bureau's funding decision,
 * which it hands back to the proposal module. Experts see only what they are assigned.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review",
        allowedDependencies = {"common", "platform", "audit", "identity", "directory", "program", "proposal", "expert",
            "integrity"})
package org.kstp.review;
