package org.kstp.proposal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalAttachments;
import org.kstp.proposal.domain.ProposalPermissions;
import org.kstp.proposal.domain.ProposalService;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attachments section of a proposal: list, upload, delete, download. Refusals (wrong type, too
 * big, not editable) are rule violations, shown on this page by the platform's refusal handler.
 */
@Controller
class ProposalAttachmentController {

    private final ProposalService proposals;
    private final ProposalAttachments attachments;

    ProposalAttachmentController(ProposalService proposals, ProposalAttachments attachments) {
        this.proposals = proposals;
        this.attachments = attachments;
    }

    @GetMapping("/proposals/{id}/attachments")
    String page(@PathVariable UUID id, Actor actor, Model model) {
        Proposal proposal = proposals.visible(id, actor);
        model.addAttribute("p", proposal);
        model.addAttribute("rows", attachments.list(id, actor));
        model.addAttribute("canEdit", ProposalPermissions.canEdit(actor, proposal));
        model.addAttribute("maxMb", attachments.limits(id).maxMegabytes());
        model.addAttribute("maxDescription", ProposalAttachments.MAX_DESCRIPTION);
        return "proposal/attachments";
    }

    @PostMapping("/proposals/{id}/attachments")
    String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String description, Actor actor,
                  RedirectAttributes redirect) throws IOException {
        // No file chosen arrives as a missing or nameless part: the service refuses it with a message.
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            attachments.upload(id, new ProposalAttachments.Upload(content,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(), description), actor);
        }
        redirect.addFlashAttribute("notice", "attachment.done.uploaded");
        return "redirect:/proposals/" + id + "/attachments";
    }

    @PostMapping("/proposals/{id}/attachments/{attachmentId}/delete")
    String delete(@PathVariable UUID id, @PathVariable UUID attachmentId, Actor actor, RedirectAttributes redirect) {
        attachments.delete(id, attachmentId, actor);
        redirect.addFlashAttribute("notice", "attachment.done.deleted");
        return "redirect:/proposals/" + id + "/attachments";
    }

    /**
     * Always as a download with the detected type and nosniff: a file is never rendered inside
     * KSTP's origin, so an uploaded file cannot run script with the reader's session.
     */
    @GetMapping("/proposals/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID attachmentId, Actor actor) {
        ProposalAttachments.Download download = attachments.download(id, attachmentId, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.attachment().detectedType().mediaType()))
                .contentLength(download.attachment().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.attachment().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(download.content());
    }
}
