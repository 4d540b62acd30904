package org.kstp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.kstp.support.TestMail;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port against its own embedded PostgreSQL. The "test" profile
 * (src/test/resources/application-test.yml) turns fsync off, creates the demo data and points the data
 * directory at {@code target/test-data/run-<random uuid>}: every test JVM, and every distinct Spring
 * context within it, starts on an empty database, so tests never see data from an earlier run.
 * Tests sharing a context share its database: use unique codes and names per test.
 *
 * <p>Every integration test uses exactly this configuration (nothing per class: no own properties, mock
 * beans or mail server), so Spring's context cache starts the application once for the whole suite; a
 * class that must discard the context (@DirtiesContext) runs last (see {@code DirtiesContextLast}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMail.class)
public @interface KstpIntegrationTest {

    /** The demo accounts' password in the test profile. */
    String DEMO_PASSWORD = "Demo-password-2026";
}
