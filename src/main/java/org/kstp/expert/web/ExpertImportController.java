package org.kstp.expert.web;

import org.kstp.expert.imports.ExpertImport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page for bulk entry of vetted experts; the upload goes to a background job with its dry run. */
@Controller
@PreAuthorize("hasRole('BUREAU_STAFF')")
class ExpertImportController {

    @GetMapping("/experts/import")
    String page(Model model) {
        model.addAttribute("columns", ExpertImport.COLUMNS);
        return "expert/import";
    }
}
