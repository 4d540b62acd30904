package org.kstp.proposal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kstp.platform.ExcelExport;
import org.kstp.proposal.query.ProposalQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the filtered proposal list as an Excel sheet, with translated headers, status and county names. */
@Component
class ProposalSheet {

    private static final String[] HEADERS = {"proposal.field.trackingNumber", "proposal.field.title",
        "proposal.field.call", "proposal.field.status", "proposal.field.pi", "proposal.field.county",
        "proposal.field.requestedAmount", "proposal.export.updatedAt"};

    private final MessageSource messages;

    ProposalSheet(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<ProposalQuery.Row> rows, Map<String, String> countyNames, Locale locale, OutputStream out)
            throws IOException {
        ExcelExport.write(out, messages.getMessage("proposal.list.title", null, locale),
                Arrays.stream(HEADERS).map(h -> messages.getMessage(h, null, locale)).toList(),
                rows.stream().map(row -> Arrays.<Object>asList(row.trackingNumber(), row.title(), row.callTitle(),
                        messages.getMessage("proposal.ProposalStatus." + row.status(), null, locale), row.piName(),
                        row.countyCode() == null ? null : countyNames.getOrDefault(row.countyCode(), row.countyCode()),
                        row.requestedAmount(), row.updatedAt())).toList());
    }
}
