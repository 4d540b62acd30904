package org.kstp.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A person's name as stored and searched. Uyghur names written in Chinese characters separate the
 * given name from the father's name with a middle dot (e.g. Maimaiti·Aili); people type it with
 * whatever their keyboard offers: the bullet, the hyphenation point, the katakana middle dot, or a
 * full stop. Stored and searched names all use U+00B7, so a name is found however it was typed.
 * Uyghur-script names (separated by a space) are kept in their logical letters: NFKC turns the
 * joined presentation forms that text copied from a PDF carries back into the letters typed.
 */
public final class PersonName {

    /** The separator every stored name uses: U+00B7 MIDDLE DOT. */
    public static final char MIDDLE_DOT = '\u00B7';

    /**
     * Middle-dot look-alikes (bullet, hyphenation point, katakana middle dot, Greek ano teleia, bullet
     * operator, dot operator), with any spaces around them.
     */
    private static final Pattern DOT_VARIANT = Pattern.compile("\\s*[\u00B7\u2022\u2027\u30FB\u0387\u2219\u22C5]\\s*");
    /** A full stop between two Chinese characters is a middle dot typed on a plain keyboard. */
    private static final Pattern STOP_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})\\s*\\.\\s*(?=\\p{IsHan})");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PersonName() {
    }

    /** The stored form of a typed name; null stays null, blank becomes empty. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        // NFKC also folds full-width forms (U+FF0E full stop, U+FF65 half-width katakana dot) into the ones above.
        String name = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        name = DOT_VARIANT.matcher(name).replaceAll(String.valueOf(MIDDLE_DOT));
        name = STOP_BETWEEN_HAN.matcher(name).replaceAll(String.valueOf(MIDDLE_DOT));
        return SPACES.matcher(name).replaceAll(" ");
    }
}
