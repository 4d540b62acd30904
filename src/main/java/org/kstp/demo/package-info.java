/**
 * Demo mode (KSTP_DEMO=true): demo accounts for every role, a programme and an open call to walk the
 * lifecycle in, and a living prefecture (institutions in every county, two years of calls, proposals
 * in every state, a review round, projects, integrity records, technology demands) driven through the modules' own commands. Never active otherwise.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"common", "platform", "identity", "directory", "program", "expert",
                "proposal", "review", "project", "demand",
                "integrity"})
package org.kstp.demo;
