package org.kstp.integrity.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.integrity.imports.ImportRow;
import org.kstp.integrity.imports.RecordImport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk import: upload, dry run, then the real import of the very file that was dry-run (kept in the
 * session until then), which re-checks every line and records all of them or none.
 */
@Controller
@PreAuthorize("hasRole('BUREAU_STAFF')")
class ImportController {

    static final String PENDING = "kstpIntegrityImportPending";

    private final RecordImport imports;
    private final Texts texts;

    ImportController(RecordImport imports, Texts texts) {
        this.imports = imports;
        this.texts = texts;
    }

    /** One line of the dry run as the page shows it. */
    record Line(int line, String subject, boolean refused, String text) {
    }

    @GetMapping("/integrity/import")
    String page(Model model) {
        model.addAttribute("columns", RecordImport.COLUMNS);
        return "integrity/import";
    }

    @PostMapping("/integrity/import")
    String dryRun(@RequestParam("file") MultipartFile file, Actor actor, HttpSession session, Model model)
            throws IOException {
        byte[] bytes = file.getBytes();
        List<ImportRow> rows = imports.dryRun(bytes, actor);
        List<Line> lines = rows.stream().map(r -> new Line(r.line(), r.subject(), r.refused(), r.refused()
                ? texts.of(r.refusalKey(), r.refusalArgs()) : texts.of(r.matchKey(), r.matchArgs()))).toList();
        long refused = rows.stream().filter(ImportRow::refused).count();
        if (refused == 0 && !rows.isEmpty()) {
            session.setAttribute(PENDING, bytes);
        } else {
            session.removeAttribute(PENDING);
        }
        model.addAttribute("lines", lines);
        model.addAttribute("refused", refused);
        model.addAttribute("fileName", file.getOriginalFilename());
        return page(model);
    }

    @PostMapping("/integrity/import/commit")
    String commit(Actor actor, HttpSession session, RedirectAttributes redirect) {
        byte[] bytes = (byte[]) session.getAttribute(PENDING);
        if (bytes == null) {
            throw new RuleViolation("integrity.import.expired");
        }
        int count = imports.commit(bytes, actor);
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("imported", count);
        return "redirect:/integrity";
    }
}
