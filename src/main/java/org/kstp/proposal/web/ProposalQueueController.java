package org.kstp.proposal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.directory.DirectoryApi;
import org.kstp.platform.ExcelExport;
import org.kstp.platform.ListRequest;
import org.kstp.proposal.query.ProposalFilter;
import org.kstp.proposal.query.ProposalQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work queue's bulk actions and Excel export. Each proposal in a bulk action goes through the
 * same command as a single click, so the same checks apply; what was refused is listed by name.
 */
@Controller
class ProposalQueueController {

    /**
     * Actions that make sense in bulk: the routine "yes" of each stage. Returns and rejections need a
     * reason each, and the formal check a verdict per item.
     */
    static final Set<ProposalAction> BULK = EnumSet.of(ProposalAction.ENDORSE, ProposalAction.RECOMMEND,
            ProposalAction.ACCEPT);

    private final ProposalService service;
    private final ProposalQuery query;
    private final ProposalSheet sheet;
    private final MessageSource messages;
    private final DirectoryApi directory;

    ProposalQueueController(ProposalService service, ProposalQuery query, ProposalSheet sheet,
                            MessageSource messages, DirectoryApi directory) {
        this.directory = directory;
        this.service = service;
        this.query = query;
        this.sheet = sheet;
        this.messages = messages;
    }

    @PostMapping("/proposals/bulk")
    String bulk(@RequestParam(name = "ids", required = false) List<UUID> ids, @RequestParam ProposalAction action,
                @RequestParam(required = false) String status, Actor actor, RedirectAttributes redirect) {
        if (!BULK.contains(action)) {
            throw new RuleViolation("proposal.bulk.notBulk");
        }
        List<String> refused = new ArrayList<>();
        int done = 0;
        for (UUID id : ids == null ? List.<UUID>of() : ids) {
            try {
                service.act(id, action, null, actor);
                done++;
            } catch (RuleViolation | NotFound refusal) {
                refused.add(describe(id, actor, refusal));
            }
        }
        redirect.addFlashAttribute("bulkDone", done);
        redirect.addFlashAttribute("bulkRefused", refused);
        return status == null || status.isBlank() ? "redirect:/proposals" : "redirect:/proposals?status=" + status;
    }

    @GetMapping("/proposals/export.xlsx")
    void export(@ModelAttribute ProposalFilter filter, @ModelAttribute ListRequest list, Actor actor,
                HttpServletResponse response) throws IOException {
        ExcelExport.attachment(response, "proposals",
                messages.getMessage("proposal.export.filename", null, LocaleContextHolder.getLocale()));
        sheet.write(query.all(actor, filter, list), directory.countyNames(), LocaleContextHolder.getLocale(),
                response.getOutputStream());
    }

    private String describe(UUID id, Actor actor, RuntimeException refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        String title;
        try {
            title = service.visible(id, actor).title();
        } catch (NotFound gone) {
            title = id.toString();
        }
        String reason = refusal instanceof RuleViolation violation
                ? messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(), locale)
                : messages.getMessage("platform.error.404.text", null, locale);
        return title + ": " + reason;
    }

    /** The bulk actions offered to this actor's roles; the commands still check every proposal. */
    static Set<ProposalAction> bulkActionsFor(Actor actor) {
        Set<ProposalAction> actions = EnumSet.noneOf(ProposalAction.class);
        if (actor.has(Role.INSTITUTION_ADMIN)) {
            actions.add(ProposalAction.ENDORSE);
        }
        if (actor.has(Role.COUNTY_STAFF)) {
            actions.add(ProposalAction.RECOMMEND);
        }
        if (actor.has(Role.BUREAU_STAFF)) {
            actions.add(ProposalAction.ACCEPT);
        }
        return actions;
    }
}
