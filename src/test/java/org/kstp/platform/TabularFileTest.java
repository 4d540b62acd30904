package org.kstp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kstp.common.RuleViolation;
import org.kstp.support.Sheets;

/** An import file's type comes from its bytes; Excel cells read as the text a sender meant. */
class TabularFileTest {

    private static final long LIMIT = 1024 * 1024;

    @Test
    void excelDatesNumbersAndTextReadAsText() {
        byte[] xlsx = Sheets.xlsx(new Object[] {"name", "decision_date", "cap", "code"},
                new Object[] {"\u5f20\u4e09", LocalDate.of(2024, 2, 20), 10, "653101"},
                new Object[] {null, null, null, null},
                new Object[] {"B", "2024-03-01", 2.5, null});
        TabularFile.Table table = TabularFile.read(xlsx, "list.xlsx", LIMIT);
        assertThat(table.format()).isEqualTo(TabularFile.Format.XLSX);
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(1)).containsExactly("\u5f20\u4e09", "2024-02-20", "10", "653101");
        assertThat(table.rows().get(2)).startsWith("B", "2024-03-01", "2.5");
    }

    @Test
    void csvIsUtf8TextWithOrWithoutBom() {
        byte[] csv = "\uFEFFa,b\n\"x,1\",\u4e2d\n".getBytes(StandardCharsets.UTF_8);
        TabularFile.Table table = TabularFile.read(csv, "list.CSV", LIMIT);
        assertThat(table.format()).isEqualTo(TabularFile.Format.CSV);
        assertThat(table.rows()).containsExactly(List.of("a", "b"), List.of("x,1", "\u4e2d"));
    }

    @Test
    void theContentDecidesAndTheNameMustAgree() {
        byte[] xlsx = Sheets.xlsx(new Object[] {"a"});
        assertThatThrownBy(() -> TabularFile.sniff(xlsx, "list.csv", LIMIT)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("platform.import.extensionMismatch");
        assertThatThrownBy(() -> TabularFile.sniff("a,b".getBytes(StandardCharsets.UTF_8), "list.xlsx", LIMIT))
                .hasMessageStartingWith("platform.import.extensionMismatch");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> TabularFile.sniff(ole2, "list.xls", LIMIT)).hasMessageStartingWith("platform.import.oldExcel");
        assertThatThrownBy(() -> TabularFile.sniff(new byte[] {1, 0, 2}, "list.csv", LIMIT))
                .hasMessageStartingWith("platform.import.type");
        byte[] gbk = {(byte) 0xD5, (byte) 0xC5, ',', 'a'};
        assertThatThrownBy(() -> TabularFile.sniff(gbk, "list.csv", LIMIT)).hasMessageStartingWith("platform.import.type");
        assertThatThrownBy(() -> TabularFile.sniff(new byte[0], "list.csv", LIMIT)).hasMessageStartingWith("platform.import.empty");
        assertThatThrownBy(() -> TabularFile.sniff(new byte[(int) LIMIT + 1], "list.csv", LIMIT))
                .hasMessageStartingWith("platform.import.tooLarge");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefusedAsUnreadable() {
        byte[] zip = {'P', 'K', 0x03, 0x04, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> TabularFile.read(zip, "list.xlsx", LIMIT)).hasMessageStartingWith("platform.import.unreadable");
    }

    @Test
    void columnsAreFoundByNameAndRequiredOnesMustBeThere() {
        TabularColumns columns = new TabularColumns(List.of("B", " a "), List.of("a"));
        assertThat(columns.get(List.of("1", " 2 "), "a")).isEqualTo("2");
        assertThat(columns.get(List.of("1"), "a")).isNull();
        assertThat(columns.get(List.of("", "x"), "b")).isNull();
        assertThatThrownBy(() -> new TabularColumns(List.of("b"), List.of("a")))
                .hasMessageStartingWith("platform.import.missingColumn");
    }
}
