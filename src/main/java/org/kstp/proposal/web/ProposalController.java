package org.kstp.proposal.web;

import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonRecords;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.plan.PlanApi;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.kstp.proposal.domain.CostCategory;
import org.kstp.proposal.domain.PartnerRole;
import org.kstp.proposal.domain.CountyAssignment;
import org.kstp.proposal.domain.CountyQuotas;
import org.kstp.proposal.domain.FormalCheck;
import org.kstp.proposal.domain.SubmitAttempts;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalContent;
import org.kstp.proposal.domain.ProposalPermissions;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.proposal.query.ProposalQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Proposal pages: the scoped list, the form, and the proposal with its checklist, actions and timeline. */
@Controller
class ProposalController {

    private final ProposalService service;
    private final ProposalQuery query;
    private final CountyQuotas quotas;
    private final FormalCheck formalCheck;
    private final SubmitAttempts attempts;
    private final ProgramApi programs;
    private final PlanApi plan;
    private final DirectoryApi directory;
    private final IdentityApi identity;
    private final PersonRecords people;
    private final ProposalFormReader reader;
    private final org.kstp.proposal.domain.ProposalDetails details;
    private final CountyAssignment counties;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ProposalController(ProposalService service, ProposalQuery query, CountyQuotas quotas, FormalCheck formalCheck,
                       SubmitAttempts attempts, ProgramApi programs, PlanApi plan, DirectoryApi directory,
                       IdentityApi identity, PersonRecords people, ProposalFormReader reader,
                       org.kstp.proposal.domain.ProposalDetails details, CountyAssignment counties) {
        this.counties = counties;
        this.details = details;
        this.people = people;
        this.reader = reader;
        this.attempts = attempts;
        this.formalCheck = formalCheck;
        this.service = service;
        this.query = query;
        this.quotas = quotas;
        this.programs = programs;
        this.plan = plan;
        this.directory = directory;
        this.identity = identity;
    }

    @GetMapping("/proposals")
    String list(@RequestParam(required = false) String status, Actor actor, Model model) {
        model.addAttribute("rows", query.list(actor, status));
        model.addAttribute("counts", query.countsByStatus(actor));
        model.addAttribute("status", status);
        model.addAttribute("bulkActions", ProposalQueueController.bulkActionsFor(actor));
        model.addAttribute("openCalls", actor.has(org.kstp.common.Role.APPLICANT) ? programs.openCalls() : List.of());
        return "proposal/list";
    }

    @GetMapping("/proposals/new")
    String newForm(@RequestParam UUID call, Actor actor, Model model) {
        CallView view = service.publishedCall(call);
        service.requireMayDraft(view, actor);
        model.addAttribute("form", ProposalForm.blank(view.planTaskCode()));
        return form(view, null, actor, model);
    }

    /** Who may draft is checked first: reading the form files team members as person records. */
    @PostMapping("/proposals/new")
    String create(@RequestParam UUID call, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
                  Actor actor, Model model, HttpServletResponse response) {
        CallView view = service.publishedCall(call);
        service.requireMayDraft(view, actor);
        ProposalContent content = reader.read(form, view, Set.of(), actor, errors);
        if (errors.hasErrors()) {
            return again(view, null, actor, model, errors, response);
        }
        return "redirect:/proposals/" + service.draft(call, content, actor);
    }

    @GetMapping("/proposals/{id}/edit")
    String editForm(@PathVariable UUID id, Actor actor, Model model) {
        Proposal proposal = service.visible(id, actor);
        model.addAttribute("form", ProposalForm.of(proposal,
                account -> identity.account(account).map(AccountSummary::username).orElse(null),
                person -> people.person(person).map(p -> people.mayEdit(p.id(), actor) ? p : p.withPhoneMasked())
                        .orElse(null)));
        return form(service.call(proposal.callId()), proposal, actor, model);
    }

    /** Whether this actor may save is checked first: reading the form files team members as person records. */
    @PostMapping("/proposals/{id}/edit")
    String edit(@PathVariable UUID id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
                Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Proposal proposal = service.editable(id, actor);
        CallView call = service.call(proposal.callId());
        ProposalContent content = reader.read(form, call, teamOf(proposal), actor, errors);
        if (!errors.hasErrors()) {
            try {
                service.edit(id, content, form.getVersion(), actor);
                redirect.addFlashAttribute("notice", "platform.saved");
                return "redirect:/proposals/" + id;
            } catch (RuleViolation refused) {
                // e.g. a co-author saved first: show the form again with this user's input intact
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return again(call, service.visible(id, actor), actor, model, errors, response);
    }

    /**
     * Autosave from the form (htmx): saves what validates and answers with a one-line status and the
     * new version, so the next autosave or the final save is not mistaken for a stale form.
     */
    @PostMapping(value = "/proposals/{id}/autosave", headers = "HX-Request")
    String autosave(@PathVariable UUID id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
                    Actor actor, Model model) {
        Proposal proposal;
        try {
            proposal = service.editable(id, actor); // before the team rows are read: they write person records
        } catch (RuleViolation notEditable) {
            model.addAttribute("autosave", "invalid");
            model.addAttribute("version", service.visible(id, actor).version());
            model.addAttribute("savedAt", java.time.LocalTime.now(BusinessTime.ZONE).withNano(0));
            return "proposal/autosave :: status";
        }
        ProposalContent content = reader.read(form, service.call(proposal.callId()), teamOf(proposal), actor, errors);
        if (errors.hasErrors()) {
            model.addAttribute("autosave", "invalid");
        } else {
            try {
                service.edit(id, content, form.getVersion(), actor);
                model.addAttribute("autosave", "saved");
            } catch (RuleViolation refused) {
                model.addAttribute("autosave", refused.messageKey().equals("proposal.edit.stale") ? "stale" : "invalid");
            }
        }
        model.addAttribute("version", service.visible(id, actor).version());
        model.addAttribute("savedAt", java.time.LocalTime.now(BusinessTime.ZONE).withNano(0));
        return "proposal/autosave :: status";
    }

    @GetMapping("/proposals/{id}")
    String view(@PathVariable UUID id, Actor actor, Model model) {
        Proposal proposal = service.visible(id, actor);
        CallView call = service.call(proposal.callId());
        model.addAttribute("p", proposal);
        model.addAttribute("call", call);
        model.addAttribute("host", directory.organisation(proposal.hostOrganisationId()).orElse(null));
        model.addAttribute("county", proposal.countyCode() == null ? null
                : directory.county(proposal.countyCode()).orElse(null));
        boolean countyDecision = actor.has(org.kstp.common.Role.BUREAU_STAFF) && counties.needsDecision(proposal);
        model.addAttribute("countyDecision", countyDecision);
        model.addAttribute("counties", countyDecision ? directory.counties() : List.of());
        model.addAttribute("task", proposal.planTaskCode() == null ? null : plan.task(proposal.planTaskCode()).orElse(null));
        model.addAttribute("industry", plan.industries().stream()
                .filter(i -> i.code().equals(proposal.industryCode())).findFirst().orElse(null));
        model.addAttribute("findings", proposal.isEditable() ? service.blockers(proposal, call, actor) : List.of());
        model.addAttribute("warnings", proposal.isEditable() ? service.warnings(proposal, call) : List.of());
        model.addAttribute("canEdit", ProposalPermissions.canEdit(actor, proposal));
        model.addAttribute("actions", ProposalPermissions.allowedActions(actor, proposal, ProposalService.stages(call)));
        model.addAttribute("needReason", ProposalAction.NEED_REASON);
        model.addAttribute("budget", proposal.budget());
        model.addAttribute("showExclusions", proposal.isOnTeam(actor.accountId())
                || actor.has(org.kstp.common.Role.BUREAU_STAFF));
        model.addAttribute("formalCheckOpen", proposal.status() == org.kstp.proposal.domain.ProposalStatus.ACCEPTED
                && actor.has(org.kstp.common.Role.BUREAU_STAFF));
        model.addAttribute("formalCheckResult", formalCheck.latest(id));
        model.addAttribute("attempts", actor.has(org.kstp.common.Role.BUREAU_STAFF) ? attempts.of(id) : List.of());
        model.addAttribute("quotaUse", call.recommendationRequired() && actor.has(org.kstp.common.Role.COUNTY_STAFF)
                ? quotas.use(call, actor.countyCode()) : null);
        model.addAttribute("indirectCap", call.budgetRules().indirectCap(proposal.budget().indirectBase()));
        model.addAttribute("detail", details.of(proposal, call));
        model.addAttribute("zone", BusinessTime.ZONE);
        model.addAttribute("inGrace", proposal.isEditable() && call.inGracePeriod(java.time.Instant.now()));
        return "proposal/view";
    }

    @PostMapping("/proposals/{id}/actions/{action}")
    String act(@PathVariable UUID id, @PathVariable ProposalAction action,
               @RequestParam(required = false) String comment, Actor actor, RedirectAttributes redirect) {
        try {
            service.act(id, action, comment, actor);
        } catch (OptimisticLockingFailureException concurrent) {
            // Two tabs or a double click raced; if the other request submitted, that is the result wanted.
            if (action != ProposalAction.SUBMIT || !ProposalService.alreadySubmittedBy(service.visible(id, actor), actor)) {
                throw concurrent;
            }
        }
        redirect.addFlashAttribute("notice", "proposal.done." + action.name());
        return "redirect:/proposals/" + id;
    }

    private String form(CallView call, Proposal proposal, Actor actor, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("proposal", proposal);
        model.addAttribute("tasks", plan.tasks());
        model.addAttribute("industries", plan.industries());
        String county = proposal != null ? proposal.countyCode() : actor.organisationId() == null ? null
                : directory.organisation(actor.organisationId()).map(o -> o.countyCode()).orElse(null);
        model.addAttribute("hostCounty", county == null ? null : directory.county(county).orElse(null));
        model.addAttribute("costCategories", CostCategory.values());
        model.addAttribute("partnerRoles", PartnerRole.values());
        model.addAttribute("idTypes", PersonIdType.values());
        ProposalForm form = (ProposalForm) model.getAttribute("form");
        model.addAttribute("disciplineName", form == null || form.getDisciplineCode() == null ? null
                : directory.discipline(form.getDisciplineCode()).map(d -> d.name()).orElse(null));
        return "proposal/form";
    }

    /** The form again with its errors; 400 when a field was refused (the message stands next to it). */
    private String again(CallView call, Proposal proposal, Actor actor, Model model, BindingResult errors,
                         HttpServletResponse response) {
        if (errors.hasFieldErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        ((ProposalForm) model.getAttribute("form")).padTeam();
        return form(call, proposal, actor, model);
    }

    /** The person records already on the team: rows may keep pointing at them. */
    private static Set<UUID> teamOf(Proposal proposal) {
        return proposal.team().stream().map(m -> m.personId()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }
}
