package org.kstp.expert.web;

import org.kstp.expert.imports.ExpertImport;
import org.kstp.platform.ImportJobs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page for bulk entry of vetted experts; the upload goes to a background job with its dry run. */
@Controller
@PreAuthorize("hasRole('BUREAU_STAFF')")
class ExpertImportController {

    private final ImportJobs jobs;

    ExpertImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/experts/import")
    String page(Model model) {
        model.addAttribute("columns", ExpertImport.COLUMNS);
        model.addAttribute("maxMb", jobs.maxFileMegabytes());
        return "expert/import";
    }
}
