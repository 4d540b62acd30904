package org.kstp.directory.query;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** GB/T 4754-2017 industry classes by code, for modules that name the class a code stands for. */
@Component
public class IndustryCodeQuery {

    private final JdbcClient jdbc;

    IndustryCodeQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> name(String code) {
        return jdbc.sql("select name from directory_industry_code where code = :code")
                .param("code", code.trim()).query(String.class).optional();
    }
}
