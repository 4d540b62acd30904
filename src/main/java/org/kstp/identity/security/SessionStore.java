package org.kstp.identity.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/** How sessions are written to PostgreSQL (identity_http_session). */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /**
     * Attributes are upserted, so two requests of one browser that add the same attribute at once do not
     * collide on its key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionWrites() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Every request rewrites its session's last-access time; that commit does not wait for the disk
     * ({@code set_config('synchronous_commit', 'off', true)} applies to the session's own transaction
     * only). A crash can lose the last fraction of a second of these times, which at worst costs a user
     * a sign-in; business data is committed durably as before.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchesWithoutDiskWait() {
        return repository -> repository.setUpdateSessionQuery("""
                UPDATE %TABLE_NAME%
                SET SESSION_ID = ?, LAST_ACCESS_TIME = ?, MAX_INACTIVE_INTERVAL = ?, EXPIRY_TIME = ?, PRINCIPAL_NAME = ?
                WHERE PRIMARY_ID = ? AND set_config('synchronous_commit', 'off', true) IS NOT NULL
                """);
    }
}
