package org.kstp.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.identity.domain.AccountAdministration;
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

/**
 * Account administration (separation of the three administrators, MLPS level 3): the system administrator opens accounts, without a password, and keeps
 * e-mail addresses; the security administrator changes roles, disables and enables, unlocks, resets passwords
 * and ends sessions. A new activation code is shown once, in the answer to the POST itself and not after a
 * redirect: a flash attribute would put the raw code into the session table. Neither sees any
 * business data here; the rules of who may act on whom are in the domain and answer with their reason.
 */
@Controller
class AccountAdminController {

    private final AccountAdministration administration;
    private final DirectoryApi directory;

    AccountAdminController(AccountAdministration administration, DirectoryApi directory) {
        this.administration = administration;
        this.directory = directory;
    }

    record AccountForm(@NotBlank @Size(min = 3, max = 64) String username, @NotBlank @Size(max = 100) String displayName,
                       @NotNull Role role, @Size(max = 12) String countyCode, @Size(max = 18) String organisationUscc,
                       @Email @Size(max = 254) String email) {
    }

    @GetMapping("/admin/accounts")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
    String accounts(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccountForm("", "", Role.APPLICANT, "", "", ""));
        }
        model.addAttribute("accounts", administration.list());
        model.addAttribute("allRoles", Arrays.asList(Role.values()));
        model.addAttribute("businessRoles", Arrays.stream(Role.values()).filter(r -> !r.isSeparatedAdministrator()).toList());
        model.addAttribute("counties", directory.counties());
        model.addAttribute("zone", BusinessTime.ZONE);
        return "identity/accounts";
    }

    @PostMapping("/admin/accounts")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Actor actor, Model model) {
        UUID organisation = null;
        if (form.organisationUscc() != null && !form.organisationUscc().isBlank()) {
            organisation = directory.organisationByUscc(form.organisationUscc()).map(OrganisationSummary::id).orElse(null);
            if (organisation == null) {
                errors.rejectValue("organisationUscc", "identity.account.unknownOrganisation");
            }
        }
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("handover", administration.open(new AccountAdministration.Opening(
                        form.username(), form.displayName(), Set.of(form.role()), form.countyCode(), organisation,
                        form.email()), actor));
                model.addAttribute("notice", "identity.account.created");
            } catch (RuleViolation refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return accounts(model);
    }

    @PostMapping("/admin/accounts/{id}/email")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String changeEmail(@PathVariable UUID id, @RequestParam(required = false) String email, Actor actor,
                       RedirectAttributes redirect) {
        administration.changeEmail(id, email, actor);
        return done(redirect, "identity.account.emailChanged");
    }

    @PostMapping("/admin/accounts/{id}/roles")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String changeRoles(@PathVariable UUID id, @RequestParam(name = "role", required = false) List<Role> roles,
                       Actor actor, RedirectAttributes redirect) {
        administration.changeRoles(id, roles == null ? Set.of() : EnumSet.copyOf(roles), actor);
        return done(redirect, "identity.account.rolesChanged");
    }

    @PostMapping("/admin/accounts/{id}/disable")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String disable(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        administration.disable(id, actor);
        return done(redirect, "identity.account.disabled");
    }

    @PostMapping("/admin/accounts/{id}/enable")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String enable(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        administration.enable(id, actor);
        return done(redirect, "identity.account.enabled");
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String unlock(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        administration.unlock(id, actor);
        return done(redirect, "identity.account.unlocked");
    }

    @PostMapping("/admin/accounts/{id}/reset-password")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String resetPassword(@PathVariable UUID id, Actor actor, Model model) {
        model.addAttribute("handover", administration.resetPassword(id, actor));
        model.addAttribute("notice", "identity.account.passwordReset");
        return accounts(model);
    }

    @PostMapping("/admin/accounts/{id}/end-sessions")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String endSessions(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        administration.endSessions(id, actor);
        return done(redirect, "identity.account.sessionsEnded");
    }

    private static String done(RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/accounts";
    }
}
