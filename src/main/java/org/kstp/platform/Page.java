package org.kstp.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total the filters match, so the page can show a count and a pager. */
public record Page<T>(List<T> rows, long total, int page, int size) {

    public int pages() {
        return pageCount(total, size);
    }

    /** How many pages {@code total} rows fill, at least one (an empty list still shows its one page). */
    static int pageCount(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The asked page of a list already in memory; a page past the end is the last page. */
    public static <T> Page<T> slice(List<T> all, ListRequest request) {
        int size = request.size();
        int page = Math.min(request.page(), pageCount(all.size(), size));
        int from = (page - 1) * size;
        return new Page<>(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), all.size(), page, size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The position of the first row shown, one-based; 0 for an empty list. */
    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastRow() {
        return rows.isEmpty() ? 0 : firstRow() + rows.size() - 1;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(rows.stream().map(mapper).toList(), total, page, size);
    }
}
