package org.kstp.proposal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kstp.common.BusinessTime;
import org.kstp.proposal.query.ProposalQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the visible proposal list as an Excel sheet, with translated headers and status labels. */
@Component
class ProposalSheet {

    private static final String[] HEADERS = {"proposal.field.trackingNumber", "proposal.field.title",
        "proposal.field.call", "proposal.field.status", "proposal.field.pi", "proposal.field.county",
        "proposal.field.requestedAmount", "proposal.export.updatedAt"};

    private final MessageSource messages;
    private final BusinessTime time;

    ProposalSheet(MessageSource messages, BusinessTime time) {
        this.time = time;
        this.messages = messages;
    }

    void write(List<ProposalQuery.Row> rows, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "KSTP", "1.0");
        Worksheet ws = workbook.newWorksheet(messages.getMessage("proposal.list.title", null, locale));
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(0, c, messages.getMessage(HEADERS[c], null, locale));
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (ProposalQuery.Row row : rows) {
            ws.value(r, 0, row.trackingNumber());
            ws.value(r, 1, row.title());
            ws.value(r, 2, row.callTitle());
            ws.value(r, 3, messages.getMessage("proposal.ProposalStatus." + row.status(), null, locale));
            ws.value(r, 4, row.piName());
            ws.value(r, 5, row.countyCode());
            if (row.requestedAmount() != null) {
                ws.value(r, 6, row.requestedAmount());
                ws.style(r, 6).format("#,##0.00").set();
            }
            ws.value(r, 7, time.local(row.updatedAt()));
            ws.style(r, 7).format("yyyy-mm-dd hh:mm").set();
            r++;
        }
        workbook.finish();
    }
}
