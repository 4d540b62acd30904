package org.kstp.integrity.web;

import java.io.IOException;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.integrity.imports.RecordImport;
import org.kstp.platform.ImportJobs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import: the upload is checked (size, type from content) and handed to a background job whose
 * page shows the dry run's progress, then every line's verdict and the button that records them all.
 */
@Controller
@PreAuthorize("hasRole('BUREAU_STAFF')")
class ImportController {

    private final ImportJobs jobs;
    private final RecordImport imports;

    ImportController(ImportJobs jobs, RecordImport imports) {
        this.jobs = jobs;
        this.imports = imports;
    }

    @GetMapping("/integrity/import")
    String page(Model model) {
        model.addAttribute("columns", RecordImport.COLUMNS);
        return "integrity/import";
    }

    @PostMapping("/integrity/import")
    String upload(@RequestParam("file") MultipartFile file, Actor actor) throws IOException {
        UUID job = jobs.start(imports.kind(), file.getOriginalFilename(), file.getBytes(), actor);
        return "redirect:/imports/" + job;
    }
}
