package org.kstp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Enumerations and titles read naturally in each language, with the punctuation from the bundle. */
class PhrasesTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    PhrasesTest() {
        messages.setBasename("i18n/platform");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void aListIsJoinedInTheReadersLanguage() {
        List<String> items = List.of("A", "B", "C");
        assertThat(messages.getMessage(Phrases.list(items), Locale.SIMPLIFIED_CHINESE)).isEqualTo("A\u3001B\u3001C");
        assertThat(messages.getMessage(Phrases.list(items), Locale.ENGLISH)).isEqualTo("A, B, C");
        assertThat(messages.getMessage(Phrases.list(List.of("A")), Locale.ENGLISH)).isEqualTo("A");
        assertThat(messages.getMessage(Phrases.list(List.of()), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void titlesNestInsideLists() {
        var list = Phrases.list(List.of(Phrases.title("KS2026-000001", "Cotton"), Phrases.title(null, "Dates")));
        assertThat(messages.getMessage(list, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("KS2026-000001 \u300aCotton\u300b\u3001\u300aDates\u300b");
        assertThat(messages.getMessage(list, Locale.ENGLISH)).isEqualTo("KS2026-000001 \u201cCotton\u201d, \u201cDates\u201d");
    }
}
