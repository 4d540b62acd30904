package org.kstp.platform;

/**
 * What a list page was asked for in its query string: page, page size, sort column and direction, and
 * the search text. Bound leniently from strings, because these come from URLs anyone can edit: a page
 * of "99999999999" or "abc" is the last or first page, never a server error, and a size is kept within
 * 1..{@value #MAX_SIZE}. Sorting is resolved against a list's {@link SortColumns}, never used as SQL.
 */
public class ListRequest {

    /** Large enough for a screen of work, small enough that a page is cheap for any user. */
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    private String page;
    private String size;
    private String sort;
    private String dir;
    private String q;

    public void setPage(String page) {
        this.page = page;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** One-based; anything unreadable or below 1 is the first page. */
    public int page() {
        return Math.max(1, parse(page, 1));
    }

    public int size() {
        return Math.min(MAX_SIZE, Math.max(1, parse(size, DEFAULT_SIZE)));
    }

    /** The trimmed search text, or null when nothing was typed. */
    public String q() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    /** The raw sort key as asked (possibly not allowed); the page uses it to mark the sorted header. */
    public String sort() {
        return sort;
    }

    public boolean descending() {
        return "desc".equalsIgnoreCase(dir);
    }

    private static int parse(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumberOrTooLarge) {
            return text.strip().matches("\\d+") ? Integer.MAX_VALUE : fallback;
        }
    }
}
