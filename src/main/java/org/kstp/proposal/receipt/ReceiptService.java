package org.kstp.proposal.receipt;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.kstp.common.BusinessTime;
import org.kstp.common.NotFound;
import org.kstp.platform.PdfRenderer;
import org.kstp.proposal.ReceiptApi;
import org.kstp.proposal.SubmissionReceipt;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Receipts of submissions: the facts for screen and e-mail, and the PDF copy rendered from the snapshot. */
@Service
class ReceiptService implements ReceiptApi {

    private final SubmissionSnapshots snapshots;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final BusinessTime time;

    ReceiptService(SubmissionSnapshots snapshots, ITemplateEngine templates, PdfRenderer pdf, BusinessTime time) {
        this.time = time;
        this.snapshots = snapshots;
        this.templates = templates;
        this.pdf = pdf;
    }

    /** Receipts state the business time with its offset, so nobody has to guess the zone. */
    String submittedAt(Instant at) {
        return time.stamp(at);
    }

    @Override
    public Optional<SubmissionReceipt> latest(UUID proposalId) {
        return snapshots.latest(proposalId).map(s -> new SubmissionReceipt(proposalId, s.snapshot().round(),
                s.snapshot().trackingNumber(), s.snapshot().title(), s.snapshot().submittedAt(), s.sha256()));
    }

    @Override
    public byte[] pdf(UUID proposalId, Locale locale) {
        SubmissionSnapshots.Stored stored = snapshots.latest(proposalId)
                .orElseThrow(() -> new NotFound("proposal-submission", proposalId));
        Context context = new Context(locale);
        context.setVariable("s", stored.snapshot());
        context.setVariable("sha256", stored.sha256());
        context.setVariable("submittedAt", submittedAt(stored.snapshot().submittedAt()));
        context.setVariable("fontFamily", PdfRenderer.fontFamilies(locale));
        return pdf.render(templates.process("proposal/receipt-pdf", context), null);
    }
}
