package org.kstp.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns a list may be sorted by: the key a URL names mapped to the SQL expression it means. A key
 * not in the list falls back to the default order, so nothing a user types ever reaches the SQL text.
 * Every order ends with a unique tie-breaker so that paging never shows a row twice or skips one.
 */
public final class SortColumns {

    private final Map<String, String> columns = new LinkedHashMap<>();
    private final String defaultOrder;
    private final String tieBreaker;

    private SortColumns(String defaultOrder, String tieBreaker) {
        this.defaultOrder = defaultOrder;
        this.tieBreaker = tieBreaker;
    }

    /** A list ordered by {@code defaultOrder} unless a known key is asked for, ties broken by {@code tieBreaker}. */
    public static SortColumns of(String defaultOrder, String tieBreaker) {
        return new SortColumns(defaultOrder, tieBreaker);
    }

    public SortColumns allow(String key, String sqlExpression) {
        columns.put(key, sqlExpression);
        return this;
    }

    public boolean allows(String key) {
        return key != null && columns.containsKey(key);
    }

    /** The SQL order-by clause for this request (without the words "order by"). */
    public String orderBy(ListRequest request) {
        if (!allows(request.sort())) {
            return defaultOrder + ", " + tieBreaker;
        }
        return columns.get(request.sort()) + (request.descending() ? " desc nulls last" : " asc nulls first")
                + ", " + tieBreaker;
    }
}
