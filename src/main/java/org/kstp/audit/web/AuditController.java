package org.kstp.audit.web;

import org.kstp.audit.domain.AuditChain;
import org.kstp.audit.query.AuditQuery;
import org.kstp.platform.ListRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The bureau and the audit administrator browse the log; nobody can change it. */
@Controller
@PreAuthorize("hasAnyRole('BUREAU_STAFF','AUDIT_ADMIN')")
class AuditController {

    private final AuditQuery query;
    private final AuditChain chain;

    AuditController(AuditQuery query, AuditChain chain) {
        this.query = query;
        this.chain = chain;
    }

    @GetMapping("/audit")
    String browse(AuditQuery.Filter filter, @ModelAttribute("list") ListRequest list, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", query.page(filter, list));
        model.addAttribute("firstBroken", chain.firstBrokenRecord());
        return "audit/log";
    }
}
