package org.kstp.proposal.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.plan.PlanApi;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalContent;
import org.kstp.proposal.domain.ProposalPermissions;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.proposal.domain.TeamMember;
import org.kstp.proposal.query.ProposalQuery;
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
    private final ProgramApi programs;
    private final PlanApi plan;
    private final DirectoryApi directory;
    private final IdentityApi identity;

    ProposalController(ProposalService service, ProposalQuery query, ProgramApi programs, PlanApi plan,
                       DirectoryApi directory, IdentityApi identity) {
        this.service = service;
        this.query = query;
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
        model.addAttribute("openCalls", actor.has(org.kstp.common.Role.APPLICANT) ? programs.openCalls() : List.of());
        return "proposal/list";
    }

    @GetMapping("/proposals/new")
    String newForm(@RequestParam UUID call, Actor actor, Model model) {
        CallView view = service.call(call);
        String county = actor.organisationId() == null ? null
                : directory.organisation(actor.organisationId()).map(o -> o.countyCode()).orElse(null);
        model.addAttribute("form", ProposalForm.blank(county, view.planTaskCode()));
        return form(view, null, model);
    }

    @PostMapping("/proposals/new")
    String create(@RequestParam UUID call, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
                  Actor actor, Model model) {
        ProposalContent content = content(form, errors);
        if (errors.hasErrors()) {
            form.padTeam();
            return form(service.call(call), null, model);
        }
        return "redirect:/proposals/" + service.draft(call, content, actor);
    }

    @GetMapping("/proposals/{id}/edit")
    String editForm(@PathVariable UUID id, Actor actor, Model model) {
        Proposal proposal = service.visible(id, actor);
        model.addAttribute("form", ProposalForm.of(proposal,
                account -> identity.account(account).map(AccountSummary::username).orElse(null)));
        return form(service.call(proposal.callId()), proposal, model);
    }

    @PostMapping("/proposals/{id}/edit")
    String edit(@PathVariable UUID id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
                Actor actor, Model model, RedirectAttributes redirect) {
        ProposalContent content = content(form, errors);
        if (errors.hasErrors()) {
            form.padTeam();
            Proposal proposal = service.visible(id, actor);
            return form(service.call(proposal.callId()), proposal, model);
        }
        service.edit(id, content, actor);
        redirect.addFlashAttribute("notice", "platform.saved");
        return "redirect:/proposals/" + id;
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
        model.addAttribute("findings", proposal.isEditable() ? service.checklist(proposal, call) : List.of());
        model.addAttribute("canEdit", ProposalPermissions.canEdit(actor, proposal));
        model.addAttribute("actions", ProposalPermissions.allowedActions(actor, proposal, ProposalService.stages(call)));
        model.addAttribute("needReason", ProposalAction.NEED_REASON);
        model.addAttribute("zone", BusinessTime.ZONE);
        return "proposal/view";
    }

    @PostMapping("/proposals/{id}/actions/{action}")
    String act(@PathVariable UUID id, @PathVariable ProposalAction action,
               @RequestParam(required = false) String comment, Actor actor, RedirectAttributes redirect) {
        service.act(id, action, comment, actor);
        redirect.addFlashAttribute("notice", "proposal.done." + action.name());
        return "redirect:/proposals/" + id;
    }

    private String form(CallView call, Proposal proposal, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("proposal", proposal);
        model.addAttribute("tasks", plan.tasks());
        model.addAttribute("industries", plan.industries());
        model.addAttribute("counties", directory.counties());
        return "proposal/form";
    }

    /** Turns the form into content, resolving team user names to accounts; unknown names are field errors. */
    private ProposalContent content(ProposalForm form, BindingResult errors) {
        List<TeamMember> team = new ArrayList<>();
        for (int i = 0; i < form.getTeam().size(); i++) {
            TeamMemberForm row = form.getTeam().get(i);
            if (row.isBlank()) {
                continue;
            }
            UUID account = null;
            if (row.getUsername() != null && !row.getUsername().isBlank()) {
                account = identity.accountByUsername(row.getUsername().trim()).map(AccountSummary::id).orElse(null);
                if (account == null) {
                    errors.rejectValue("team[" + i + "].username", "proposal.team.unknownUser");
                }
            }
            team.add(new TeamMember(row.getName().trim(), row.getTitle(), row.getOrganisationName(), row.getDuty(),
                    account));
        }
        return new ProposalContent(form.getTitle(), form.getSummary(), form.getKeywords(), form.getPlanTaskCode(),
                form.getIndustryCode(), form.getCountyCode(), form.getRequestedAmount(), team);
    }
}
