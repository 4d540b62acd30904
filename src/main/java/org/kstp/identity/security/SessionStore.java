package org.kstp.identity.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The session table's writes for PostgreSQL: attributes are upserted, so two requests of one browser
 * that add the same attribute at once (an autosave meeting a click) do not collide on its key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionWrites() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
