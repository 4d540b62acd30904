package org.kstp.directory.query;

import java.util.List;
import java.util.Optional;
import org.kstp.directory.DisciplineSummary;
import org.kstp.platform.SqlLike;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** GB/T 13745 disciplines by code or by words of their name, for pickers and for checking codes. */
@Component
public class DisciplineQuery {

    private final JdbcClient jdbc;

    DisciplineQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DisciplineSummary> byCode(String code) {
        return jdbc.sql("select code, name, level from directory_discipline where code = ?").param(code.trim())
                .query(DisciplineSummary.class).optional();
    }

    /** Code prefix or name substring; broader levels first, so a broad name lists the top discipline first. */
    public List<DisciplineSummary> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                select code, name, level from directory_discipline
                where code like :prefix escape '\\' or name like :infix escape '\\'
                order by level, code limit :limit""")
                .param("prefix", SqlLike.prefix(query)).param("infix", SqlLike.infix(query)).param("limit", limit)
                .query(DisciplineSummary.class).list();
    }
}
