package org.kstp.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.kstp.common.NotFound;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
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
 * A published call for everyone, without signing in: the page with its items and countdown, and the
 * guideline as PDF. Drafts and closed calls answer "not found", exactly like unknown ids.
 */
@Controller
class PublicCallController {

    private final ProgramApi programs;
    private final CallGuidelinePdf pdf;

    PublicCallController(ProgramApi programs, CallGuidelinePdf pdf) {
        this.programs = programs;
        this.pdf = pdf;
    }

    @GetMapping("/portal/calls/{id}")
    String call(@PathVariable UUID id, Model model) {
        model.addAttribute("call", published(id));
        return "portal/call";
    }

    @GetMapping("/portal/calls/{id}.pdf")
    ResponseEntity<byte[]> guideline(@PathVariable UUID id) {
        CallView call = published(id);
        byte[] body = pdf.render(call, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(call.title() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private CallView published(UUID id) {
        return programs.publishedCall(id).orElseThrow(() -> new NotFound("call", id));
    }
}
