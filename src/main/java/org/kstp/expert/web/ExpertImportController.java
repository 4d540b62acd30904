package org.kstp.expert.web;

import java.io.IOException;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.expert.imports.ExpertImport;
import org.kstp.platform.ImportJobs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Bulk entry of vetted experts: the upload goes to a background job with its dry run and progress page. */
@Controller
@PreAuthorize("hasRole('BUREAU_STAFF')")
class ExpertImportController {

    private final ImportJobs jobs;
    private final ExpertImport imports;

    ExpertImportController(ImportJobs jobs, ExpertImport imports) {
        this.jobs = jobs;
        this.imports = imports;
    }

    @GetMapping("/experts/import")
    String page(Model model) {
        model.addAttribute("columns", ExpertImport.COLUMNS);
        return "expert/import";
    }

    @PostMapping("/experts/import")
    String upload(@RequestParam("file") MultipartFile file, Actor actor) throws IOException {
        UUID job = jobs.start(imports.kind(), file.getOriginalFilename(), file.getBytes(), actor);
        return "redirect:/imports/" + job;
    }
}
