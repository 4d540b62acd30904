package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kstp.platform.KstpProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The test profile's random data directory must really be random and bound once, or runs would share a database. */
@KstpIntegrationTest
class TestDataDirectoryTest {

    @Autowired
    KstpProperties properties;

    @Autowired
    Environment environment;

    @Test
    void dataDirectoryIsAFreshRandomDirectoryUnderTarget() {
        String dir = properties.dataDir().toString().replace('\\', '/');
        assertThat(dir).startsWith("target/test-data/run-").doesNotContain("${");
        assertThat(dir.substring("target/test-data/run-".length())).hasSize(36);
        // Each resolution of random.uuid differs; the bound value is what the database uses.
        assertThat(environment.getProperty("kstp.data-dir")).isNotEqualTo(properties.dataDir().toString());
        assertThat(properties.db().isDurable()).isFalse();
    }
}
