/**
 * Who and where: Kashgar's counties, townships and villages, organisations identified by their
 * unified social credit code, and the national classifications (GB/T 13745 disciplines,
 * GB/T 4754 industries) that proposals and experts are tagged with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
        allowedDependencies = {"common", "platform", "audit"})
package org.kstp.directory;
