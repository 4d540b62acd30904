package org.kstp.integrity.imports;

import org.kstp.integrity.domain.Entry;

/**
 * What the import would do with one line: create an entry (matched to an account or organisation,
 * or new), or refuse it with a reason. Messages are keys with arguments, translated by the page.
 *
 * @param line the line number in the file, counting the header as line 1
 * @param entry the entry to append; null when refused
 */
public record ImportRow(int line, String subject, String matchKey, Object[] matchArgs, String refusalKey,
                        Object[] refusalArgs, Entry entry) {

    public boolean refused() {
        return refusalKey != null;
    }

    static ImportRow refused(int line, String subject, String key, Object... args) {
        return new ImportRow(line, subject, null, new Object[0], key, args, null);
    }
}
