package org.kstp.project.web;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.directory.DirectoryApi;
import org.kstp.project.domain.Project;
import org.kstp.project.domain.ProjectRepository;
import org.kstp.project.domain.ProjectService;
import org.kstp.project.domain.ProjectStatus;
import org.kstp.project.domain.SanctionAlert;
import org.kstp.project.domain.SanctionDecision;
import org.kstp.platform.ListRequest;
import org.kstp.project.query.ProjectFilter;
import org.kstp.project.query.ProjectQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scoped project list and a project's page with its history. Bureau staff see integrity alerts
 * with their record and decide on them, sign agreements and record disbursements; everyone else who
 * may see the project sees only that a rule holds its funds, and the PI named by a record is pointed
 * to their own record and how to appeal.
 */
@Controller
class ProjectController {

    private final ProjectRepository projects;
    private final ProjectQuery query;
    private final DirectoryApi directory;
    private final ProjectService service;

    ProjectController(ProjectRepository projects, ProjectQuery query, DirectoryApi directory,
                      ProjectService service) {
        this.projects = projects;
        this.query = query;
        this.directory = directory;
        this.service = service;
    }

    @GetMapping("/projects")
    String list(@ModelAttribute("filter") ProjectFilter filter, @ModelAttribute("list") ListRequest list, Actor actor,
                Model model) {
        model.addAttribute("page", query.page(actor, filter, list));
        model.addAttribute("yearOptions", query.years(actor));
        model.addAttribute("countyNames", directory.countyNames());
        model.addAttribute("statuses", ProjectStatus.values());
        return "project/list";
    }

    @GetMapping("/projects/{id}")
    String view(@PathVariable UUID id, Actor actor, Model model) {
        Project project = projects.findById(id).filter(p -> mayView(actor, p))
                .orElseThrow(() -> new NotFound("project", id));
        model.addAttribute("project", project);
        model.addAttribute("host", directory.organisation(project.hostOrganisationId()).orElse(null));
        model.addAttribute("staff", actor.has(Role.BUREAU_STAFF));
        model.addAttribute("held", project.blockingAlert().isPresent());
        model.addAttribute("ownRecord", project.alerts().stream().anyMatch(a -> a.blocksDisbursement()
                && (a.party() == SanctionAlert.Party.PI && project.piAccountId().equals(actor.accountId())
                || a.party() == SanctionAlert.Party.HOST && actor.has(Role.INSTITUTION_ADMIN)
                        && project.hostOrganisationId().equals(actor.organisationId()))));
        return "project/view";
    }

    @PostMapping("/projects/{id}/agreement")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String signAgreement(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        service.signAgreement(id, actor);
        redirect.addFlashAttribute("notice", "project.agreement.signed");
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/disbursements")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String disburse(@PathVariable UUID id, @RequestParam BigDecimal amount, @RequestParam(required = false) String note,
                    Actor actor, RedirectAttributes redirect) {
        service.disburse(id, amount, note, actor);
        redirect.addFlashAttribute("notice", "project.disbursement.recorded");
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/alerts/{recordId}/decision")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String decide(@PathVariable UUID id, @PathVariable UUID recordId, @RequestParam SanctionDecision decision,
                  @RequestParam(required = false) String note, Actor actor, RedirectAttributes redirect) {
        service.decide(id, recordId, decision, note, actor);
        redirect.addFlashAttribute("notice", "project.alert.decided");
        return "redirect:/projects/" + id;
    }

    static boolean mayView(Actor actor, Project p) {
        return actor.has(Role.BUREAU_STAFF)
                || actor.has(Role.COUNTY_STAFF) && Objects.equals(actor.countyCode(), p.countyCode())
                || actor.has(Role.INSTITUTION_ADMIN) && Objects.equals(actor.organisationId(), p.hostOrganisationId())
                || actor.has(Role.APPLICANT) && p.piAccountId().equals(actor.accountId());
    }
}
