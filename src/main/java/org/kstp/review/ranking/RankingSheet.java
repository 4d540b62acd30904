package org.kstp.review.ranking;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a call's ranking as an Excel sheet: the list the bureau's meeting works from. */
@Component
public class RankingSheet {

    private static final String[] HEADERS = {"review.ranking.rank", "proposal.field.trackingNumber",
        "proposal.field.title", "proposal.field.pi", "review.ranking.reviews", "review.RankingBasis.MEAN",
        "review.RankingBasis.TRIMMED_MEAN", "review.RankingBasis.Z_SCORE", "proposal.field.requestedAmount",
        "review.ranking.cumulative", "review.ranking.line", "review.ranking.decision", "review.decision.amount",
        "review.ranking.warnings"};
    private static final String MONEY = "#,##0.00";

    private final MessageSource messages;

    RankingSheet(MessageSource messages) {
        this.messages = messages;
    }

    public void write(Ranking ranking, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "KSTP", "1.0");
        Worksheet ws = workbook.newWorksheet(text("review.ranking.title", locale));
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(0, c, text(HEADERS[c], locale));
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (RankedProposal row : ranking.rows()) {
            ws.value(r, 0, row.rank() == 0 ? "" : String.valueOf(row.rank()));
            ws.value(r, 1, row.proposal().trackingNumber());
            ws.value(r, 2, row.proposal().title());
            ws.value(r, 3, row.proposal().piName());
            ws.value(r, 4, row.aggregate().validReviews());
            number(ws, r, 5, row.aggregate().mean(), "0.00");
            number(ws, r, 6, row.aggregate().trimmedMean(), "0.00");
            number(ws, r, 7, row.aggregate().normalised(), "0.000");
            number(ws, r, 8, row.proposal().requestedAmount(), MONEY);
            number(ws, r, 9, row.cumulative(), MONEY);
            ws.value(r, 10, text(row.aboveLine() ? "review.ranking.above" : "review.ranking.reserve", locale));
            ws.value(r, 11, row.decision() == null ? "" : text("review.Decision." + row.decision(), locale));
            number(ws, r, 12, row.decisionAmount(), MONEY);
            ws.value(r, 13, warnings(row, locale));
            r++;
        }
        workbook.finish();
    }

    private String warnings(RankedProposal row, Locale locale) {
        StringBuilder w = new StringBuilder();
        if (row.aggregate().tooFewReviews()) {
            w.append(text("review.ranking.tooFew", locale)).append(' ');
        }
        if (!row.aggregate().outliers().isEmpty()) {
            w.append(text("review.ranking.outliers", locale)).append(' ');
        }
        return w.toString().strip();
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal value, String format) {
        if (value != null) {
            ws.value(r, c, value);
            ws.style(r, c).format(format).set();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
