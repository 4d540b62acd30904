package org.kstp.workbench.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.Role;
import org.kstp.identity.IdentityApi;
import org.kstp.plan.PlanApi;
import org.kstp.plan.PlanIndicator;
import org.kstp.platform.Navigation;
import org.kstp.platform.WorkCount;
import org.kstp.platform.WorkSource;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.kstp.project.ProjectFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench: what waits for this user (each count links to the list filtered to exactly those
 * items), the open calls closing soonest, and for bureau staff the overview. Counts come from the
 * owning modules' {@link WorkSource}s, which apply the same scope as their lists.
 */
@Controller
class WorkbenchController {

    /** Enough to see what closes this month without turning the workbench into the call list. */
    private static final int DEADLINES_SHOWN = 5;

    private final List<WorkSource> sources;
    private final ProgramApi programs;
    private final PlanApi plan;
    private final ProjectFigures projects;
    private final Clock clock;
    private final IdentityApi identity;

    WorkbenchController(List<WorkSource> sources, ProgramApi programs, PlanApi plan, ProjectFigures projects,
                        Clock clock, IdentityApi identity) {
        this.identity = identity;
        this.sources = sources;
        this.programs = programs;
        this.plan = plan;
        this.projects = projects;
        this.clock = clock;
    }

    @GetMapping(Navigation.WORKBENCH)
    String workbench(Actor actor, Model model) {
        model.addAttribute("work", sources.stream().flatMap(source -> source.workFor(actor).stream())
                .sorted(Comparator.comparing(WorkCount::area)).toList());
        boolean office = actor.has(Role.BUREAU_STAFF) || actor.has(Role.COUNTY_STAFF)
                || actor.has(Role.INSTITUTION_ADMIN) || actor.has(Role.APPLICANT);
        List<CallView> open = office ? programs.openCalls() : List.of();
        model.addAttribute("deadlines", open.stream().limit(DEADLINES_SHOWN).toList());
        model.addAttribute("zone", BusinessTime.ZONE);
        if (actor.has(Role.BUREAU_STAFF)) {
            int year = ZonedDateTime.now(clock.withZone(BusinessTime.ZONE)).getYear();
            model.addAttribute("overview", new Overview(open.size(), year, projects.approvedInYear(year),
                    plan.indicators()));
        }
        identity.passwordExpiryWarning(actor.accountId()).ifPresent(days -> model.addAttribute("passwordDaysLeft", days));
        model.addAttribute("today", LocalDate.now(clock.withZone(BusinessTime.ZONE)));
        return "workbench/workbench";
    }

    /** The bureau's overview: calls open now, money approved this year, the plan's indicators. */
    record Overview(int openCalls, int year, BigDecimal approved, List<PlanIndicator> indicators) {
    }
}
