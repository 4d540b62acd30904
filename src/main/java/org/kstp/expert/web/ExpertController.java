package org.kstp.expert.web;

import java.util.HashMap;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.expert.domain.Expert;
import org.kstp.expert.domain.ExpertAction;
import org.kstp.expert.domain.ExpertService;
import org.kstp.expert.domain.ExpertStatus;
import org.kstp.expert.domain.RelationKind;
import org.kstp.expert.domain.YearlyCap;
import org.kstp.expert.query.ExpertQuery;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.Subject;
import org.kstp.plan.PlanApi;
import org.kstp.platform.ListRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The expert's own profile, and the bureau's list of the pool with its lifecycle actions. */
@Controller
class ExpertController {

    private final ExpertService service;
    private final ExpertQuery query;
    private final ProfileMapper mapper;
    private final PlanApi plan;
    private final IntegrityApi integrity;
    private final MessageSource messages;
    private final BusinessTime time;
    private final YearlyCap caps;
    private final DirectoryApi directory;

    ExpertController(ExpertService service, ExpertQuery query, ProfileMapper mapper, PlanApi plan,
                     IntegrityApi integrity, MessageSource messages, BusinessTime time, YearlyCap caps,
                     DirectoryApi directory) {
        this.caps = caps;
        this.directory = directory;
        this.service = service;
        this.query = query;
        this.mapper = mapper;
        this.plan = plan;
        this.integrity = integrity;
        this.messages = messages;
        this.time = time;
    }

    @GetMapping("/expert/profile")
    @PreAuthorize("hasRole('EXPERT')")
    String profile(Actor actor, Model model) {
        Expert expert = service.byAccount(actor.accountId()).orElse(null);
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", expert == null ? ProfileForm.empty() : mapper.toForm(expert));
        }
        model.addAttribute("expert", expert);
        model.addAttribute("industries", plan.industries());
        model.addAttribute("relationKinds", RelationKind.values());
        return "expert/profile";
    }

    @PostMapping("/expert/profile")
    @PreAuthorize("hasRole('EXPERT')")
    String saveProfile(@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult errors, Actor actor,
                       Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                service.saveOwnProfile(mapper.toProfile(form), actor);
                redirect.addFlashAttribute("notice", "expert.profile.saved");
                return "redirect:/expert/profile";
            } catch (RuleViolation violation) {
                // Shown next to the form, which keeps what the expert typed.
                errors.reject(violation.messageKey(), violation.arguments(),
                        messages.getMessage(violation.messageKey(), violation.arguments(), LocaleContextHolder.getLocale()));
            }
        }
        return profile(actor, model);
    }

    @PostMapping("/expert/profile/refresh")
    @PreAuthorize("hasRole('EXPERT')")
    String confirmRefresh(Actor actor, RedirectAttributes redirect) {
        service.act(actor.accountId(), ExpertAction.CONFIRM_REFRESH, null, actor);
        redirect.addFlashAttribute("notice", "expert.profile.refreshed");
        return "redirect:/expert/profile";
    }

    @GetMapping("/experts")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String experts(@RequestParam(required = false) String status, @ModelAttribute("list") ListRequest list,
                   Model model) {
        var page = query.page(status, list);
        var rows = page.rows();
        LocalDate today = time.today();
        // No integrity event exists: the list asks the register per row, so a sanction shows at once.
        Map<UUID, Boolean> sanctioned = rows.stream().collect(Collectors.toMap(ExpertQuery.Row::accountId,
                r -> !integrity.check(Subject.person(r.accountId(), r.name()), Activity.REVIEW, today).allowed()));
        model.addAttribute("page", page);
        model.addAttribute("sanctioned", sanctioned);
        model.addAttribute("disciplineNames", disciplineNames(rows));
        model.addAttribute("countyNames", directory.countyNames());
        // Experts the system took out on a sanction that no longer applies: the bureau may bring them back.
        model.addAttribute("returnable", rows.stream().filter(r -> "LEFT".equals(r.status()))
                .map(r -> service.byAccount(r.accountId())).flatMap(Optional::stream)
                .filter(service::returnable).map(Expert::accountId).collect(Collectors.toSet()));
        model.addAttribute("statuses", ExpertStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("lifecycle", Expert.LIFECYCLE);
        model.addAttribute("yearlyCap", caps.poolCap());
        return "expert/experts";
    }

    /** Names of the disciplines on this page, by code, so the list shows names with the code on hover. */
    private Map<String, String> disciplineNames(List<ExpertQuery.Row> rows) {
        Map<String, String> names = new HashMap<>();
        rows.stream().flatMap(r -> r.disciplineCodes().stream()).distinct()
                .forEach(code -> directory.discipline(code).ifPresent(d -> names.put(code, d.name())));
        return names;
    }

    @PostMapping("/experts/{id}/actions/{action}")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String act(@PathVariable UUID id, @PathVariable ExpertAction action,
               @RequestParam(required = false) String comment, Actor actor, RedirectAttributes redirect) {
        service.act(id, action, comment, actor);
        redirect.addFlashAttribute("notice", "expert.action.done");
        return "redirect:/experts";
    }
}
