package org.kstp.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kstp.common.BusinessTime;

/**
 * A list's export as one Excel sheet: translated headers in bold, then the rows as the list shows them
 * (names, not codes). Amounts stay numbers and times become Kashgar local times, so staff can sum and sort.
 */
public final class ExcelExport {

    private ExcelExport() {
    }

    /** Sets the download headers: an ASCII name for old clients, the translated name for the rest. */
    public static void attachment(HttpServletResponse response, String asciiName, String translatedName) {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(translatedName, StandardCharsets.UTF_8).replace("+", "%20") + ".xlsx");
    }

    public static void write(OutputStream out, String sheetName, List<String> headers, List<List<Object>> rows)
            throws IOException {
        Workbook workbook = new Workbook(out, "KSTP", "1.0");
        Worksheet ws = workbook.newWorksheet(sheetName);
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(ws, r + 1, c, row.get(c));
            }
        }
        workbook.finish();
    }

    private static void cell(Worksheet ws, int r, int c, Object value) {
        if (value instanceof BigDecimal amount) {
            ws.value(r, c, amount);
            ws.style(r, c).format("#,##0.00").set();
        } else if (value instanceof Instant time) {
            ws.value(r, c, time.atZone(BusinessTime.ZONE).toLocalDateTime());
            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
        } else if (value instanceof Number number) {
            ws.value(r, c, number);
        } else if (value != null) {
            ws.value(r, c, value.toString());
        }
    }
}
