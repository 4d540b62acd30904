package org.kstp.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kstp.common.Role;

/**
 * The signed-in menu: the one place that says which pages exist, in which work area, and who may use
 * them. The sidebar, the breadcrumb and the active item are all derived from it, so a template never
 * decides by role what to show. The roles here mirror the pages' own checks; those checks still apply.
 */
public final class Navigation {

    private static final Set<Role> OFFICE = Set.of(Role.BUREAU_STAFF, Role.COUNTY_STAFF, Role.INSTITUTION_ADMIN,
            Role.APPLICANT);
    private static final Set<Role> BUREAU = Set.of(Role.BUREAU_STAFF);
    private static final Set<Role> EXPERT = Set.of(Role.EXPERT);
    private static final Set<Role> PEOPLE = Set.of(Role.BUREAU_STAFF, Role.COUNTY_STAFF, Role.INSTITUTION_ADMIN,
            Role.APPLICANT, Role.EXPERT, Role.COMMISSIONER);
    private static final Set<Role> ANY = Set.of(Role.values());

    /** In menu order; a group appears only when one of its items is usable by the user. */
    static final List<NavItem> ITEMS = List.of(
            new NavItem(NavGroup.APPLICATION, "platform.nav.programs", "/programs", BUREAU, "nav-programs"),
            new NavItem(NavGroup.APPLICATION, "platform.nav.proposals", "/proposals", OFFICE, "nav-proposals"),
            new NavItem(NavGroup.APPLICATION, "demand.nav.demands", "/demands", OFFICE, "nav-demands"),
            new NavItem(NavGroup.REVIEW, "platform.nav.review", "/review/proposals", BUREAU, "nav-review"),
            new NavItem(NavGroup.REVIEW, "platform.nav.rounds", "/review/rounds", BUREAU, "nav-rounds"),
            new NavItem(NavGroup.REVIEW, "platform.nav.assignments", "/review/assignments", EXPERT, "nav-assignments"),
            new NavItem(NavGroup.PROJECTS, "platform.nav.projects", "/projects", OFFICE, "nav-projects"),
            new NavItem(NavGroup.INTEGRITY_EXPERTS, "expert.nav.pool", "/experts", BUREAU, "nav-experts"),
            new NavItem(NavGroup.INTEGRITY_EXPERTS, "expert.nav.profile", "/expert/profile", EXPERT, "nav-profile"),
            new NavItem(NavGroup.INTEGRITY_EXPERTS, "platform.nav.integrity", "/integrity", BUREAU, "nav-integrity"),
            new NavItem(NavGroup.INTEGRITY_EXPERTS, "platform.nav.integrityMine", "/integrity/mine", PEOPLE,
                    "nav-integrity-mine"),
            new NavItem(NavGroup.PLAN, "platform.nav.indicators", "/portal/indicators", ANY, "nav-indicators"),
            new NavItem(NavGroup.SYSTEM, "platform.nav.organisations", "/directory/organisations",
                    Set.of(Role.BUREAU_STAFF, Role.COUNTY_STAFF), "nav-organisations"),
            new NavItem(NavGroup.SYSTEM, "directory.nav.people", "/directory/people", OFFICE, "nav-people"),
            new NavItem(NavGroup.SYSTEM, "platform.nav.accounts", "/admin/accounts",
                    Set.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN), "nav-accounts"),
            new NavItem(NavGroup.SYSTEM, "platform.nav.audit", "/audit", Set.of(Role.BUREAU_STAFF, Role.AUDIT_ADMIN),
                    "nav-audit"));

    /** Where every signed-in user starts: above all groups, so it is the breadcrumb's first step. */
    public static final String WORKBENCH = "/workbench";

    private Navigation() {
    }

    /** The menu of a user with these roles, with the item for this request path marked active. */
    public static Menu menu(Set<Role> roles, String path) {
        List<NavItem> usable = ITEMS.stream().filter(item -> item.usableBy(roles)).toList();
        NavItem active = usable.stream().filter(item -> item.covers(path))
                .max(Comparator.comparingInt(item -> item.url().length())).orElse(null);
        List<Menu.Group> groups = new ArrayList<>();
        for (NavGroup group : NavGroup.values()) {
            List<NavItem> items = usable.stream().filter(item -> item.group() == group).toList();
            if (!items.isEmpty()) {
                groups.add(new Menu.Group(group, items));
            }
        }
        return new Menu(groups, active, path.equals(WORKBENCH));
    }

    /** What the sidebar shows, which item the breadcrumb ends with (null outside the menu), and whether this is the workbench. */
    public record Menu(List<Group> groups, NavItem active, boolean atWorkbench) {

        /** A work area with its usable items. */
        public record Group(NavGroup group, List<NavItem> items) {
        }
    }
}
