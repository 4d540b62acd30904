/**
 * Demo mode (KSTP_DEMO=true): demo accounts for every role, two organisations, a programme and an
 * open call, so a new user can walk the whole lifecycle at once. Never active otherwise.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"common", "platform", "identity", "directory", "program", "expert"})
package org.kstp.demo;
