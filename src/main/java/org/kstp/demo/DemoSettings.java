package org.kstp.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled create demo data at start-up
 * @param password the password of every demo account; blank means "generate one and print it once"
 */
@ConfigurationProperties("kstp.demo")
record DemoSettings(boolean enabled, String password) {
}
