package org.kstp.project.query;

import java.math.BigDecimal;
import org.kstp.project.ProjectFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The project module's figures, summed in SQL over its own table. */
@Component
class ProjectFigureQuery implements ProjectFigures {

    private final JdbcClient jdbc;

    ProjectFigureQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BigDecimal approvedInYear(int year) {
        return jdbc.sql("""
                select coalesce(sum(approved_amount), 0) from project
                where extract(year from created_at at time zone 'Asia/Shanghai') = :year""")
                .param("year", year).query(BigDecimal.class).single();
    }
}
