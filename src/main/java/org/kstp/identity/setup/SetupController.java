package org.kstp.identity.setup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Creates the three administrators with the one-time token printed at start-up: the system administrator with
 * the password typed here, the security and audit administrators awaiting activation, their codes shown once on
 * the answer page for the installer to hand over. This is the only way a security administrator comes to
 * exist (see AdministrationRules), so the system administrator never makes one of his own.
 */
@Controller
class SetupController {

    private final FirstAdminSetup setup;

    SetupController(FirstAdminSetup setup) {
        this.setup = setup;
    }

    record SetupForm(@NotBlank @Size(max = 100) String token, @NotBlank @Size(min = 3, max = 64) String username,
                     @NotBlank @Size(max = 100) String displayName, @NotBlank @Size(max = 72) String password,
                     @NotBlank @Size(min = 3, max = 64) String securityUsername,
                     @NotBlank @Size(min = 3, max = 64) String auditUsername) {
    }

    @GetMapping("/setup")
    String form(Model model) {
        model.addAttribute("open", setup.isOpen());
        model.addAttribute("form", new SetupForm("", "sys.admin", "", "", "sec.admin", "auditor.admin"));
        return "identity/setup";
    }

    @PostMapping("/setup")
    String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors, Model model) {
        model.addAttribute("open", setup.isOpen());
        if (errors.hasErrors()) {
            return "identity/setup";
        }
        if (!setup.consume(form.token())) {
            errors.rejectValue("token", "identity.setup.badToken");
            return "identity/setup";
        }
        try {
            model.addAttribute("handovers", setup.createAdministrators(form.username(), form.displayName(),
                    form.password(), form.securityUsername(), form.auditUsername()));
        } catch (RuleViolation refused) {
            setup.reopen(form.token());
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return "identity/setup";
        }
        model.addAttribute("open", false);
        model.addAttribute("notice", "identity.setup.done");
        model.addAttribute("zone", BusinessTime.ZONE);
        return "identity/setup";
    }
}
