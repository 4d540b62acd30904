package org.kstp.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource: the external PostgreSQL named by KSTP_DB_URL, or else our own embedded one. Both
 * are pooled by Hikari so the rest of the application cannot tell them apart.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(KstpProperties properties) throws IOException {
        if (properties.db().external()) {
            return new EmbeddedDatabase(null);
        }
        return new EmbeddedDatabase(EmbeddedPostgresLauncher.start(properties.dataDir(), properties.db().isDurable()));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(KstpProperties properties, EmbeddedDatabase embedded,
                                @Value("${kstp.db.leak-detection:PT0S}") Duration leakDetection) {
        HikariConfig config = new HikariConfig();
        if (properties.db().external()) {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
        } else {
            config.setJdbcUrl(embedded.server().getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        config.setMaximumPoolSize(20);
        config.setPoolName("kstp");
        // Off by default. KSTP_DB_LEAK_DETECTION=PT10S logs where a connection held longer than that was
        // taken: the way to find who keeps the pool when requests wait for connections (./bench surge).
        config.setLeakDetectionThreshold(leakDetection.toMillis());
        return new HikariDataSource(config);
    }

    /** Holder so the embedded server is closed after the pool that uses it. */
    record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}
