/**
 * Runtime plumbing every module stands on: the database (embedded PostgreSQL by default, external by
 * configuration), the clock, locale switching, the page layout and the translation of refusals into
 * messages. It holds no business rules; it exists so that business modules do not each re-do this.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "common")
package org.kstp.platform;
