/**
 * Accounts, roles, sign-in, lockout and data scope. It turns a signed-in session into an
 * {@link org.kstp.common.Actor} that every other module receives, so none of them touches Spring
 * Security directly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"common", "platform", "audit", "directory"})
package org.kstp.identity;
