package org.kstp.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
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
 * Account administration: the system administrator opens accounts; the security administrator
 * unlocks locked ones. Neither sees any business data here.
 */
@Controller
class AccountAdminController {

    private final IdentityApi identity;
    private final AccountAdministration administration;
    private final DirectoryApi directory;

    AccountAdminController(IdentityApi identity, AccountAdministration administration, DirectoryApi directory) {
        this.identity = identity;
        this.administration = administration;
        this.directory = directory;
    }

    record AccountForm(@NotBlank @Size(min = 3, max = 64) String username, @NotBlank @Size(max = 100) String displayName,
                       @NotBlank String password, @NotNull Role role, String countyCode, String organisationUscc,
                       @Email @Size(max = 254) String email) {
    }

    @GetMapping("/admin/accounts")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
    String accounts(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccountForm("", "", "", Role.APPLICANT, "", "", ""));
        }
        model.addAttribute("accounts", administration.list());
        model.addAttribute("allRoles", Arrays.asList(Role.values()));
        model.addAttribute("counties", directory.counties());
        return "identity/accounts";
    }

    @PostMapping("/admin/accounts")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Actor actor, Model model,
                  RedirectAttributes redirect) {
        UUID organisation = null;
        if (form.organisationUscc() != null && !form.organisationUscc().isBlank()) {
            organisation = directory.organisationByUscc(form.organisationUscc()).map(OrganisationSummary::id).orElse(null);
            if (organisation == null) {
                errors.rejectValue("organisationUscc", "identity.account.unknownOrganisation");
            }
        }
        if (!errors.hasErrors()) {
            try {
                identity.createAccount(new NewAccount(form.username(), form.password(), form.displayName(),
                        Set.of(form.role()), form.countyCode(), organisation, form.email()), actor);
                redirect.addFlashAttribute("notice", "identity.account.created");
                return "redirect:/admin/accounts";
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
        redirect.addFlashAttribute("notice", "identity.account.emailChanged");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String unlock(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        administration.unlock(id, actor);
        redirect.addFlashAttribute("notice", "identity.account.unlocked");
        return "redirect:/admin/accounts";
    }
}
