package org.kstp.review.affinity;

/** Chinese or English, decided by the share of Han characters among the letters of a text. */
enum TextLanguage {
    CHINESE("zh"),
    ENGLISH("en");

    /** A fifth of Han letters already means a Chinese text with some Latin terms (DNA, GIS, 5G). */
    private static final double HAN_SHARE = 0.2;

    final String field;

    TextLanguage(String field) {
        this.field = field;
    }

    static TextLanguage of(String text) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && han >= HAN_SHARE * letters ? CHINESE : ENGLISH;
    }
}
