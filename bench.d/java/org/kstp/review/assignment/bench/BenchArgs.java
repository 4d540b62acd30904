package org.kstp.review.assignment.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options; a bare {@code --flag} means "true". */
final class BenchArgs {

    private final Map<String, String> values = new HashMap<>();

    BenchArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String name = args[i].substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            values.put(name, hasValue ? args[++i] : "true");
        }
    }

    void put(String name, String value) {
        values.put(name, value);
    }

    String get(String name, String fallback) {
        String v = values.get(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    int getInt(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }

    double getDouble(String name, double fallback) {
        return Double.parseDouble(get(name, Double.toString(fallback)));
    }

    boolean flag(String name) {
        String v = get(name, "false");
        return v.equals("true") || v.equals("yes") || v.equals("1");
    }
}
