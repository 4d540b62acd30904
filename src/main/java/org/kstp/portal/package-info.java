/**
 * The public face of the platform: pages anyone may read without an account (plan indicators, later
 * calls, awards and open data). It only reads other modules' published APIs and owns no tables, so
 * nothing here can change business data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = {"common", "platform", "plan", "program"})
package org.kstp.portal;
