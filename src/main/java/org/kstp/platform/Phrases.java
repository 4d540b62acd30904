package org.kstp.platform;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Pieces of wording that domain code puts into a message's arguments without choosing a language: an
 * enumeration (joined by the ideographic comma in Chinese, by ", " in English) and a document title
 * (in Chinese title brackets, in English quotes). They are message-source resolvables, so Spring
 * resolves them in the reader's locale when the message around them is rendered; the punctuation
 * lives in the platform bundle, not in code.
 */
public final class Phrases {

    private Phrases() {
    }

    /** The items as one enumeration in the reader's language; an empty list reads as nothing. */
    public static MessageSourceResolvable list(List<?> items) {
        if (items.isEmpty()) {
            return text("");
        }
        Object rest = items.get(items.size() - 1);
        // Folded from the right: every pair is joined by the bundle's separator, resolved recursively.
        for (int i = items.size() - 2; i >= 0; i--) {
            rest = new DefaultMessageSourceResolvable(new String[] {"platform.phrase.list"},
                    new Object[] {items.get(i), rest});
        }
        return rest instanceof MessageSourceResolvable r ? r : text(rest);
    }

    /** A proposal or project title as a title, preceded by its tracking number when it has one. */
    public static MessageSourceResolvable title(String number, String title) {
        return number == null
                ? new DefaultMessageSourceResolvable(new String[] {"platform.phrase.title"}, new Object[] {title})
                : new DefaultMessageSourceResolvable(new String[] {"platform.phrase.numberedTitle"},
                        new Object[] {number, title});
    }

    private static MessageSourceResolvable text(Object value) {
        return new DefaultMessageSourceResolvable(new String[] {"platform.phrase.text"}, new Object[] {value});
    }
}
