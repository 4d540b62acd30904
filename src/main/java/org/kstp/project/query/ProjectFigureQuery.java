package org.kstp.project.query;

import org.kstp.common.BusinessTime;
import java.math.BigDecimal;
import org.kstp.project.ProjectFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The project module's figures, summed in SQL over its own table. */
@Component
class ProjectFigureQuery implements ProjectFigures {

    private final JdbcClient jdbc;
    /** Years are business years, counted in the business time zone (kstp.business-zone). */
    private final BusinessTime time;

    ProjectFigureQuery(JdbcClient jdbc, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    @Override
    public BigDecimal approvedInYear(int year) {
        return jdbc.sql("""
                select coalesce(sum(approved_amount), 0) from project
                where extract(year from created_at at time zone cast(:zone as text)) = :year""")
                .param("year", year).param("zone", time.zone().getId()).query(BigDecimal.class).single();
    }
}
