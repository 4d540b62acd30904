package org.kstp.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way people type the middle dot of a Uyghur name in Chinese characters is stored as U+00B7. */
class PersonNameTest {

    /** Maimaiti·Aili, with U+00B7. */
    private static final String STORED = "\u4E70\u4E70\u63D0\u00B7\u827E\u529B";

    @ParameterizedTest
    @ValueSource(strings = {"\u4E70\u4E70\u63D0\u00B7\u827E\u529B", "\u4E70\u4E70\u63D0\u2022\u827E\u529B",
            "\u4E70\u4E70\u63D0\u2027\u827E\u529B", "\u4E70\u4E70\u63D0\u30FB\u827E\u529B",
            "\u4E70\u4E70\u63D0\uFF65\u827E\u529B", "\u4E70\u4E70\u63D0.\u827E\u529B", "\u4E70\u4E70\u63D0\uFF0E\u827E\u529B",
            " \u4E70\u4E70\u63D0 \u00B7 \u827E\u529B "})
    void everyDotVariantBecomesTheMiddleDot(String typed) {
        assertThat(PersonName.normalise(typed)).isEqualTo(STORED);
    }

    @Test
    void uyghurScriptNamesKeepTheirLettersAndOneSpace() {
        String memet = "\u0645\u06D5\u0645\u06D5\u062A"; // Memet
        String eli = "\u0626\u06D0\u0644\u0649"; // Eli
        assertThat(PersonName.normalise(memet + "  " + eli)).isEqualTo(memet + " " + eli);
        // Eli as drawn in joined forms (copied out of a PDF) is the same name.
        assertThat(PersonName.normalise("\uFE8B\uFBE7\uFEE0\uFEF0")).isEqualTo(eli);
    }

    @Test
    void aFullStopInLatinTextIsLeftAlone() {
        assertThat(PersonName.normalise("J. Smith")).isEqualTo("J. Smith");
        assertThat(PersonName.normalise(null)).isNull();
    }
}
