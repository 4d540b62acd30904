package org.kstp.integrity.web;

import org.kstp.integrity.imports.RecordImport;
import org.kstp.platform.ImportJobs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The import page: what the columns mean and the upload form, which hands the file to a background
 * job (platform) whose page shows the dry run's progress, every line's verdict and the commit button.
 */
@Controller
@PreAuthorize("hasRole('BUREAU_STAFF')")
class ImportController {

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/integrity/import")
    String page(Model model) {
        model.addAttribute("columns", RecordImport.COLUMNS);
        model.addAttribute("maxMb", jobs.maxFileMegabytes());
        return "integrity/import";
    }
}
