package org.kstp.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Excel workbooks for import tests, written with the same library the product exports with. */
public final class Sheets {

    private Sheets() {
    }

    /** One sheet; dates get a date format, numbers stay numbers, null leaves the cell empty. */
    public static byte[] xlsx(List<Object[]> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook wb = new Workbook(out, "KSTP", "1.0");
            Worksheet ws = wb.newWorksheet("list");
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    write(ws, r, c, row[c]);
                }
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx(Object[]... rows) {
        return xlsx(List.of(rows));
    }

    private static void write(Worksheet ws, int r, int c, Object v) {
        if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v != null) {
            ws.value(r, c, v.toString());
        }
    }
}
