package org.kstp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kstp.common.Role;

/** The sidebar shows each role only what it may use, groups without a usable item not at all. */
class NavigationTest {

    @Test
    void anApplicantSeesNoReviewNoProgrammesAndNoSystemAdministration() {
        Navigation.Menu menu = Navigation.menu(Set.of(Role.APPLICANT), "/proposals");
        assertThat(menu.groups()).extracting(Navigation.Menu.Group::group)
                .contains(NavGroup.APPLICATION, NavGroup.PROJECTS).doesNotContain(NavGroup.REVIEW);
        assertThat(menu.groups()).flatExtracting(Navigation.Menu.Group::items).extracting(NavItem::url)
                .contains("/proposals", "/projects").doesNotContain("/programs", "/experts", "/audit", "/admin/accounts");
    }

    @Test
    void areasWithoutPagesAreHiddenEvenFromTheBureau() {
        Navigation.Menu menu = Navigation.menu(Set.of(Role.BUREAU_STAFF), "/workbench");
        assertThat(menu.groups()).extracting(Navigation.Menu.Group::group)
                .containsExactly(NavGroup.APPLICATION, NavGroup.REVIEW, NavGroup.PROJECTS, NavGroup.INTEGRITY_EXPERTS,
                        NavGroup.PLAN, NavGroup.SYSTEM);
        assertThat(menu.active()).isNull();
        assertThat(menu.atWorkbench()).isTrue();
    }

    @Test
    void theSeparatedAdministratorsSeeOnlyTheirOwnTools() {
        assertThat(Navigation.menu(Set.of(Role.AUDIT_ADMIN), "/audit").groups())
                .flatExtracting(Navigation.Menu.Group::items).extracting(NavItem::url)
                .containsExactly("/portal/indicators", "/audit");
        assertThat(Navigation.menu(Set.of(Role.SYSTEM_ADMIN), "/").groups())
                .flatExtracting(Navigation.Menu.Group::items).extracting(NavItem::url)
                .containsExactly("/portal/indicators", "/admin/accounts");
    }

    @Test
    void theActiveItemIsTheLongestMatch() {
        Navigation.Menu menu = Navigation.menu(Set.of(Role.BUREAU_STAFF), "/integrity/mine");
        assertThat(menu.active().url()).isEqualTo("/integrity/mine");
        assertThat(Navigation.menu(Set.of(Role.BUREAU_STAFF), "/proposals/123/edit").active().url())
                .isEqualTo("/proposals");
        assertThat(Navigation.menu(Set.of(Role.BUREAU_STAFF), "/proposalsX").active()).isNull();
    }
}
