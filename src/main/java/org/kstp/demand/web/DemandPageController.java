package org.kstp.demand.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.demand.domain.DemandAction;
import org.kstp.demand.domain.DemandPermissions;
import org.kstp.demand.domain.DemandService;
import org.kstp.demand.domain.GbtIndustryCodes;
import org.kstp.demand.domain.TechnologyDemand;
import org.kstp.demand.query.DemandQuery;
import org.kstp.demand.query.DemandTrail;
import org.kstp.directory.DirectoryApi;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One demand: its content, where it went, its history, and the actions the viewer may take. */
@Controller
class DemandPageController {

    private final DemandService service;
    private final DemandQuery query;
    private final DemandTrail trail;
    private final GbtIndustryCodes gbt;
    private final DirectoryApi directory;
    private final ProgramApi programs;
    private final ReferenceNames names;

    DemandPageController(DemandService service, DemandQuery query, DemandTrail trail, GbtIndustryCodes gbt,
                         DirectoryApi directory, ProgramApi programs, ReferenceNames names) {
        this.service = service;
        this.query = query;
        this.trail = trail;
        this.gbt = gbt;
        this.directory = directory;
        this.programs = programs;
        this.names = names;
    }

    @GetMapping("/demands/{id}")
    String view(@PathVariable UUID id, Actor actor, Model model) {
        TechnologyDemand d = service.visible(id, actor);
        model.addAttribute("d", d);
        model.addAttribute("organisation", directory.organisation(d.organisationId()).orElse(null));
        model.addAttribute("gbtName", gbt.name(d.gbtIndustryCode()).orElse(null));
        model.addAttribute("showContact", DemandPermissions.canSeeContact(actor, d));
        model.addAttribute("actions", DemandPermissions.allowedActions(actor, d));
        model.addAttribute("needReason", DemandAction.NEED_REASON);
        model.addAttribute("trail", trail.steps(id, d.links(), actor));
        model.addAttribute("mergedIntoDemand", d.mergedIntoId() == null ? null : query.ref(d.mergedIntoId()));
        model.addAttribute("mergedFrom", query.mergedInto(id));
        model.addAttribute("mergeCandidates", DemandPermissions.allowedActions(actor, d).contains(DemandAction.MERGE)
                ? query.mergeCandidates(id, d.industryCode()) : List.of());
        boolean canLink = DemandPermissions.canLink(actor, d);
        model.addAttribute("canLink", canLink);
        model.addAttribute("linkableCalls", canLink ? query.linkableCalls() : List.of());
        model.addAttribute("links", canLink ? linkedCalls(d) : List.of());
        model.addAttribute("zone", BusinessTime.ZONE);
        names.addTo(model);
        return "demand/view";
    }

    /** A linked call item (or call) as the bureau manages it. */
    record LinkedCall(UUID callId, UUID callItemId, String title, String linkedByName, Instant linkedAt) {
    }

    private List<LinkedCall> linkedCalls(TechnologyDemand d) {
        return d.callLinks().stream().map(link -> new LinkedCall(link.callId(), link.callItemId(),
                programs.call(link.callId()).map(call -> label(call, link.callItemId()))
                        .orElse(link.callId().toString()), link.linkedByName(), link.linkedAt())).toList();
    }

    private static String label(CallView call, UUID itemId) {
        return call.item(itemId).map(i -> call.title() + " / " + i.number() + ". " + i.title()).orElse(call.title());
    }

    @PostMapping("/demands/{id}/actions/{action}")
    String act(@PathVariable UUID id, @PathVariable DemandAction action,
               @RequestParam(required = false) String comment, @RequestParam(required = false) UUID mergeInto,
               Actor actor, RedirectAttributes redirect) {
        service.act(id, action, comment, mergeInto, actor);
        redirect.addFlashAttribute("notice", "demand.done." + action.name());
        return "redirect:/demands/" + id;
    }

    /** Links a call item; {@code target} is "callId" or "callId:itemId" from the one select of the page. */
    @PostMapping("/demands/{id}/calls")
    String link(@PathVariable UUID id, @RequestParam(required = false) UUID callId,
                @RequestParam(required = false) String target, Actor actor, RedirectAttributes redirect) {
        UUID call = callId;
        UUID item = null;
        if (target != null && !target.isBlank()) {
            String[] parts = target.split(":");
            call = id(parts[0]);
            item = parts.length > 1 ? id(parts[1]) : null;
        }
        if (call == null) {
            throw new org.kstp.common.RuleViolation("demand.link.chooseCall");
        }
        service.linkCall(id, call, item, actor);
        redirect.addFlashAttribute("notice", "demand.done.LINK_CALL");
        return "redirect:/demands/" + id;
    }

    @PostMapping("/demands/{id}/calls/{callId}/unlink")
    String unlink(@PathVariable UUID id, @PathVariable UUID callId, @RequestParam(required = false) UUID item,
                  Actor actor, RedirectAttributes redirect) {
        service.unlinkCall(id, callId, item, actor);
        redirect.addFlashAttribute("notice", "demand.done.UNLINK_CALL");
        return "redirect:/demands/" + id;
    }

    /** A malformed id in the select's value names no call: "not found", not a server error. */
    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException malformed) {
            throw new org.kstp.common.NotFound("call", null);
        }
    }
}
