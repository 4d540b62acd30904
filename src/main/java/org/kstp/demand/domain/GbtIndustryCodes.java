package org.kstp.demand.domain;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks GB/T 4754-2017 codes up in the directory's reference table. DirectoryApi does not publish
 * the classification yet; reading the reference table (read-only, reloaded at every start) keeps
 * this module's change inside the module. Replace with a DirectoryApi method once one exists.
 */
@Component
public class GbtIndustryCodes {

    private final JdbcClient jdbc;

    GbtIndustryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The class's name, or empty for a code the classification does not have. */
    public Optional<String> name(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select name from directory_industry_code where code = :code")
                .param("code", code.trim()).query(String.class).optional();
    }
}
