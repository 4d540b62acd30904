package org.kstp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV parser (imports, reference data, benchmark files): RFC 4180 as spreadsheets write it. */
class CsvTest {

    private static List<List<String>> parse(String text) {
        return Csv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        assertThat(parse("code,description\r\n0111,\"Grain, except rice\"\r\n0112,\"He said \"\"no\"\"\"\n"
                + "0113,\"two\nlines\"\n"))
                .containsExactly(List.of("code", "description"), List.of("0111", "Grain, except rice"),
                        List.of("0112", "He said \"no\""), List.of("0113", "two\nlines"));
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreDropped() {
        assertThat(parse("\uFEFFname,county\n\nKashgar,653101\n\n")).containsExactly(List.of("name", "county"),
                List.of("Kashgar", "653101"));
    }

    @Test
    void emptyFieldsStay() {
        assertThat(parse("a,,c\n,,\n")).containsExactly(List.of("a", "", "c"), List.of("", "", ""));
    }

    @Test
    void aLineOfSpacesIsBlankAndAnUnclosedQuoteKeepsItsText() {
        assertThat(parse("a,b\n   \nc,\"d, e")).containsExactly(List.of("a", "b"), List.of("c", "d, e"));
    }

    @Test
    void invalidUtf8BecomesReplacementCharactersNotAnError() {
        byte[] bytes = {'a', ',', (byte) 0xC3, '\n'};
        assertThat(Csv.parse(bytes)).containsExactly(List.of("a", "\uFFFD"));
    }
}
