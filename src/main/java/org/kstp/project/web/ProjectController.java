package org.kstp.project.web;

import java.util.Objects;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.directory.DirectoryApi;
import org.kstp.project.domain.Project;
import org.kstp.project.domain.ProjectRepository;
import org.kstp.project.query.ProjectQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The scoped project list and a project's page with its history. */
@Controller
class ProjectController {

    private final ProjectRepository projects;
    private final ProjectQuery query;
    private final DirectoryApi directory;

    ProjectController(ProjectRepository projects, ProjectQuery query, DirectoryApi directory) {
        this.projects = projects;
        this.query = query;
        this.directory = directory;
    }

    @GetMapping("/projects")
    String list(Actor actor, Model model) {
        model.addAttribute("rows", query.list(actor));
        return "project/list";
    }

    @GetMapping("/projects/{id}")
    String view(@PathVariable UUID id, Actor actor, Model model) {
        Project project = projects.findById(id).filter(p -> mayView(actor, p))
                .orElseThrow(() -> new NotFound("project", id));
        model.addAttribute("project", project);
        model.addAttribute("host", directory.organisation(project.hostOrganisationId()).orElse(null));
        model.addAttribute("zone", BusinessTime.ZONE);
        return "project/view";
    }

    static boolean mayView(Actor actor, Project p) {
        return actor.has(Role.BUREAU_STAFF)
                || actor.has(Role.COUNTY_STAFF) && Objects.equals(actor.countyCode(), p.countyCode())
                || actor.has(Role.INSTITUTION_ADMIN) && Objects.equals(actor.organisationId(), p.hostOrganisationId())
                || actor.has(Role.APPLICANT) && p.piAccountId().equals(actor.accountId());
    }
}
