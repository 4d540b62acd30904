package org.kstp.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled create demo data at start-up
 * @param password the password of every demo account; blank means "generate one and print it once"
 * @param seed the living demo's random seed: the same seed gives the same prefecture
 * @param proposals how many proposals the living demo creates; 0 leaves it out
 */
@ConfigurationProperties("kstp.demo")
record DemoSettings(boolean enabled, String password, long seed, int proposals) {
}
