/**
 * Shared kernel: value types every module speaks in (actors, roles, money, organisation codes) and
 * the two refusals every module raises. Plain Java, no Spring beans, so any module may depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common")
package org.kstp.common;
