package org.kstp.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of a workbook as text, streaming (a 50,000-row list never sits in memory as
 * XML). Dates typed as dates become yyyy-MM-dd, numbers lose Excel's trailing ".0", so a cell reads
 * the same whether the sender typed it as text or as a number. Blank rows are dropped.
 */
public final class Xlsx {

    private Xlsx() {
    }

    public static List<List<String>> read(InputStream in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                List<String> cells = new ArrayList<>(row.getCellCount());
                boolean blank = true;
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = text(row.getCell(i));
                    blank &= text.isBlank();
                    cells.add(text);
                }
                if (!blank) {
                    rows.add(cells);
                }
            });
        }
        return rows;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
            case BOOLEAN -> String.valueOf(cell.asBoolean()).toUpperCase(Locale.ROOT);
            case STRING -> cell.asString();
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case EMPTY, ERROR -> "";
        };
    }

    private static boolean isDate(Cell cell) {
        String format = cell.getDataFormatString();
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return bare.contains("y") || bare.contains("d") && bare.contains("m");
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
