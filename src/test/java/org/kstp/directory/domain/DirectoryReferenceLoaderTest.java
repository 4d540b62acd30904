package org.kstp.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The loader runs at every start, so running it again must change nothing. */
@KstpIntegrationTest
class DirectoryReferenceLoaderTest {

    @Autowired
    DirectoryReferenceLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadingAgainIsIdempotent() throws IOException {
        assertCounts();
        loader.load();
        loader.load();
        assertCounts();
    }

    @Test
    void villagesHangUnderTheirTownshipsCounty() {
        int mismatched = jdbc.sql("""
                select count(*) from directory_village v join directory_township t on t.code = v.township_code
                where t.county_code <> v.county_code""").query(Integer.class).single();
        assertThat(mismatched).isZero();
    }

    @Test
    void quotedFieldsAreReadWhole() {
        // The GB/T 4754 file quotes descriptions with commas; a naive split would shift the section column.
        int badSections = jdbc.sql("select count(*) from directory_industry_code where section !~ '^[A-T]$'")
                .query(Integer.class).single();
        assertThat(badSections).isZero();
        assertThat(jdbc.sql("select level from directory_industry_code where code = '3741'")
                .query(Integer.class).single()).isEqualTo(4);
    }

    private void assertCounts() throws IOException {
        assertThat(count("directory_county")).isEqualTo(12);
        assertThat(count("directory_township")).isEqualTo(212);
        assertThat(count("directory_village")).isEqualTo(2910);
        assertThat(count("directory_discipline")).isEqualTo(dataRows("gbt13745_disciplines.csv")).isEqualTo(800);
        assertThat(count("directory_industry_code")).isEqualTo(dataRows("gbt4754_2017_industries.csv"))
                .isEqualTo(1971);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static long dataRows(String file) throws IOException {
        try (InputStream in = DirectoryReferenceLoaderTest.class.getResourceAsStream("/reference/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).count();
        }
    }
}
