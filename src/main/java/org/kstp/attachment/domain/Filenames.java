package org.kstp.attachment.domain;

import java.util.Locale;

/** Upload names as users gave them, made safe to store, show and send back in a header. */
final class Filenames {

    static final int MAX_LENGTH = 200;

    private Filenames() {
    }

    /**
     * Drops any path (old browsers send "C:\...\file.pdf"), control characters, and the bidirectional
     * overrides that can disguise "fdp.exe" as "exe.pdf"; keeps the extension when shortening.
     */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]", "").strip();
        if (name.length() > MAX_LENGTH) {
            String extension = extension(name);
            int keep = MAX_LENGTH - extension.length() - 1;
            name = extension.isEmpty() || keep < 1 ? name.substring(0, MAX_LENGTH)
                    : name.substring(0, keep) + "." + extension;
        }
        return name;
    }

    /** The part after the last dot, lower case; empty when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
