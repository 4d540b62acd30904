package org.kstp.program.web;

import jakarta.validation.Valid;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.plan.PlanApi;
import org.kstp.program.ConflictRules;
import org.kstp.program.RequiredSection;
import org.kstp.program.RuleDefaults;
import org.kstp.program.domain.CallAction;
import org.kstp.program.domain.ProgramService;
import org.kstp.program.query.ProgramQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bureau's pages for programmes and their calls. */
@Controller
@PreAuthorize("hasRole('BUREAU_STAFF')")
class ProgramController {

    private final ProgramService service;
    private final ProgramQuery query;
    private final PlanApi plan;
    private final DirectoryApi directory;
    private final RuleDefaults defaults;
    private final BusinessTime time;

    ProgramController(ProgramService service, ProgramQuery query, PlanApi plan, DirectoryApi directory,
                      RuleDefaults defaults, BusinessTime time) {
        this.time = time;
        this.service = service;
        this.query = query;
        this.plan = plan;
        this.directory = directory;
        this.defaults = defaults;
    }

    @GetMapping("/programs")
    String programs(Model model) {
        if (!model.containsAttribute("programForm")) {
            model.addAttribute("programForm", new ProgramForm("", "", ""));
        }
        model.addAttribute("programs", query.programs());
        model.addAttribute("tasks", plan.tasks());
        return "program/programs";
    }

    @PostMapping("/programs")
    String createProgram(@Valid @ModelAttribute("programForm") ProgramForm form, BindingResult errors, Actor actor,
                         Model model) {
        if (errors.hasErrors()) {
            return programs(model);
        }
        UUID id = service.createProgram(form.name(), form.planTaskCode(), form.description(), actor);
        return "redirect:/programs/" + id;
    }

    @GetMapping("/programs/{id}")
    String program(@PathVariable UUID id, Model model) {
        model.addAttribute("program", service.program(id));
        model.addAttribute("task", plan.task(service.program(id).planTaskCode()).orElse(null));
        model.addAttribute("calls", query.callsOf(id));
        if (!model.containsAttribute("callForm")) {
            model.addAttribute("callForm", CallForm.blank(defaults, directory.counties()));
        }
        model.addAttribute("counties", directory.counties());
        return "program/program";
    }

    @PostMapping("/programs/{id}/pi-limit")
    String changePiLimitCounting(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean outside,
                                 Actor actor, RedirectAttributes redirect) {
        service.changePiLimitCounting(id, outside, actor);
        redirect.addFlashAttribute("notice", "program.piLimitKind.saved");
        return "redirect:/programs/" + id;
    }

    @PostMapping("/programs/{id}/calls")
    String draftCall(@PathVariable UUID id, @Valid @ModelAttribute("callForm") CallForm form, BindingResult errors,
                     Actor actor, Model model) {
        if (!errors.hasErrors()) {
            try {
                UUID callId = service.draftCall(id, form.toDraft(time), actor);
                return "redirect:/calls/" + callId;
            } catch (RuleViolation refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return program(id, model);
    }

    @GetMapping("/calls/{id}")
    String call(@PathVariable UUID id, @RequestParam(required = false) UUID editItem, Model model) {
        var call = service.call(id);
        if (!model.containsAttribute("conflictForm")) {
            model.addAttribute("conflictForm", ConflictRulesForm.of(call.conflictRules()));
        }
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", call.items().stream().filter(i -> i.itemId().equals(editItem))
                    .findFirst().map(CallItemForm::of).orElseGet(CallItemForm::new));
            model.addAttribute("editingItem", editItem);
        }
        model.addAttribute("sections", RequiredSection.values());
        model.addAttribute("call", call);
        if (!model.containsAttribute("windowForm")) {
            model.addAttribute("windowForm", new WindowForm(
                    time.local(call.closesAt()), call.graceMinutes(), ""));
        }
        model.addAttribute("program", service.program(call.programId()));
        model.addAttribute("counties", directory.counties());
        model.addAttribute("quotaByCounty", call.quotas().stream()
                .collect(Collectors.toMap(q -> q.countyCode(), q -> q.quota())));
        return "program/call";
    }

    @PostMapping("/calls/{id}/conflict-rules")
    String changeConflictRules(@PathVariable UUID id, @Valid @ModelAttribute("conflictForm") ConflictRulesForm form,
                               BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return call(id, null, model);
        }
        service.changeConflictRules(id, form.toRules(), actor);
        redirect.addFlashAttribute("notice", "program.conflict.saved");
        return "redirect:/calls/" + id;
    }

    @PostMapping("/calls/{id}/legal-representative-check")
    String changeHostLegalRepresentativeCheck(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean on,
                                              Actor actor, RedirectAttributes redirect) {
        service.changeHostLegalRepresentativeCheck(id, on, actor);
        redirect.addFlashAttribute("notice", "program.legalRepCheck.saved");
        return "redirect:/calls/" + id;
    }

    /** Adds an item, or revises the one named by {@code item}; refusals appear next to their field. */
    @PostMapping("/calls/{id}/items")
    String saveItem(@PathVariable UUID id, @RequestParam(required = false) UUID item,
                    @Valid @ModelAttribute("itemForm") CallItemForm form, BindingResult errors, Actor actor,
                    Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                if (item == null) {
                    service.addCallItem(id, form.toDraft(), actor);
                } else {
                    service.reviseCallItem(id, item, form.toDraft(), actor);
                }
                redirect.addFlashAttribute("notice", "program.item.saved");
                return "redirect:/calls/" + id + "#items";
            } catch (RuleViolation refused) {
                String field = CallItemForm.FIELD_OF.get(refused.messageKey());
                if (field == null) {
                    errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
                } else {
                    errors.rejectValue(field, refused.messageKey(), refused.arguments(), refused.messageKey());
                }
            }
        }
        model.addAttribute("editingItem", item);
        return call(id, item, model);
    }

    @PostMapping("/calls/{id}/items/{item}/remove")
    String removeItem(@PathVariable UUID id, @PathVariable UUID item, Actor actor, RedirectAttributes redirect) {
        service.removeCallItem(id, item, actor);
        redirect.addFlashAttribute("notice", "program.item.removed");
        return "redirect:/calls/" + id + "#items";
    }

    @PostMapping("/calls/{id}/window")
    String changeWindow(@PathVariable UUID id, @Valid @ModelAttribute("windowForm") WindowForm form,
                        BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                service.changeWindow(id, time.instant(form.closesAt()), form.graceMinutes(),
                        form.reason(), actor);
                redirect.addFlashAttribute("notice", "program.call.window.done");
                return "redirect:/calls/" + id;
            } catch (RuleViolation refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return call(id, null, model);
    }

    @PostMapping("/calls/{id}/actions/{action}")
    String act(@PathVariable UUID id, @PathVariable CallAction action, Actor actor, RedirectAttributes redirect) {
        service.act(id, action, actor);
        redirect.addFlashAttribute("notice", "program.call.done." + action.name());
        return "redirect:/calls/" + id;
    }
}
