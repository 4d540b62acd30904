package org.kstp.platform;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a list's read model as a page: the count of everything the filters match, then the rows of the
 * asked page in the allowed order. A page past the end shows the last page. The same statement without
 * paging gives the Excel export, so an export holds exactly what the list's filters hold.
 */
public final class PagedSql {

    private PagedSql() {
    }

    /**
     * @param select a complete {@code select ... from ... where ...} with named parameters, no order by
     */
    public static <T> Page<T> page(JdbcClient jdbc, String select, Map<String, ?> params, ListRequest request,
                                   SortColumns sort, RowMapper<T> mapper) {
        long total = jdbc.sql("select count(*) from (" + select + ") counted").params(params)
                .query(Long.class).single();
        int size = request.size();
        int page = Math.min(request.page(), Page.pageCount(total, size));
        List<T> rows = jdbc.sql(select + " order by " + sort.orderBy(request) + " limit :pageSize offset :pageOffset")
                .params(params).param("pageSize", size).param("pageOffset", (long) (page - 1) * size)
                .query(mapper).list();
        return new Page<>(rows, total, page, size);
    }

    /** Every row the filters match, in the list's order: what an export writes. */
    public static <T> List<T> all(JdbcClient jdbc, String select, Map<String, ?> params, ListRequest request,
                                  SortColumns sort, RowMapper<T> mapper) {
        return jdbc.sql(select + " order by " + sort.orderBy(request)).params(params).query(mapper).list();
    }
}
