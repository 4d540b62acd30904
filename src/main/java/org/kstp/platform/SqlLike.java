package org.kstp.platform;

/**
 * Patterns for SQL {@code like ... escape '\'} built from what a user typed, with the wildcards in
 * the text escaped: a name typed as "50%" must not match every name starting with "50".
 */
public final class SqlLike {

    private SqlLike() {
    }

    /** Matches values starting with the trimmed text; a null text matches everything. */
    public static String prefix(String text) {
        return escaped(text) + "%";
    }

    /** Matches values containing the trimmed text anywhere. */
    public static String infix(String text) {
        return "%" + escaped(text) + "%";
    }

    static String escaped(String text) {
        return text == null ? "" : text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
