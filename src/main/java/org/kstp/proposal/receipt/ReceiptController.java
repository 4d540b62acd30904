package org.kstp.proposal.receipt;

import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.proposal.domain.ProposalService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The receipt on screen (a panel the proposal page loads) and as PDF, for whoever may view the
 * proposal; anyone else gets "not found", as for the proposal itself.
 */
@Controller
class ReceiptController {

    private final ProposalService proposals;
    private final ReceiptService receipts;

    ReceiptController(ProposalService proposals, ReceiptService receipts) {
        this.proposals = proposals;
        this.receipts = receipts;
    }

    @GetMapping("/proposals/{id}/receipt")
    String panel(@PathVariable UUID id, Actor actor, Model model) {
        proposals.visible(id, actor);
        receipts.latest(id).ifPresent(r -> {
            model.addAttribute("receipt", r);
            model.addAttribute("submittedAt", receipts.submittedAt(r.submittedAt()));
        });
        return "proposal/receipt-panel :: panel";
    }

    @GetMapping("/proposals/{id}/receipt.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Actor actor) {
        proposals.visible(id, actor);
        String tracking = receipts.latest(id).map(r -> r.trackingNumber()).orElse("receipt");
        byte[] body = receipts.pdf(id, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(tracking + ".pdf").build().toString())
                .body(body);
    }
}
