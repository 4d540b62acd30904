package org.kstp.identity.setup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creates the first system administrator with the one-time token printed at start-up. */
@Controller
class SetupController {

    private final FirstAdminSetup setup;
    private final IdentityApi identity;

    SetupController(FirstAdminSetup setup, IdentityApi identity) {
        this.setup = setup;
        this.identity = identity;
    }

    record SetupForm(@NotBlank String token, @NotBlank @Size(min = 3, max = 64) String username,
                     @NotBlank @Size(max = 100) String displayName, @NotBlank String password) {
    }

    @GetMapping("/setup")
    String form(Model model) {
        model.addAttribute("open", setup.isOpen());
        model.addAttribute("form", new SetupForm("", "sys.admin", "", ""));
        return "identity/setup";
    }

    @PostMapping("/setup")
    String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("open", setup.isOpen());
        if (errors.hasErrors()) {
            return "identity/setup";
        }
        if (!setup.consume(form.token())) {
            errors.rejectValue("token", "identity.setup.badToken");
            return "identity/setup";
        }
        try {
            identity.createAccount(new NewAccount(form.username(), form.password(), form.displayName(),
                    Set.of(Role.SYSTEM_ADMIN), null, null), Actor.system());
        } catch (RuleViolation refused) {
            setup.reopen(form.token());
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return "identity/setup";
        }
        redirect.addFlashAttribute("notice", "identity.setup.done");
        return "redirect:/login";
    }
}
