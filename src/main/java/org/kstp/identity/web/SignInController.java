package org.kstp.identity.web;

import org.kstp.common.Actor;
import org.kstp.identity.domain.Passwords;
import org.kstp.identity.security.SecuritySettings;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the workbench a user lands on afterwards, which lists what their roles can do. */
@Controller
class SignInController {

    private final SecuritySettings settings;
    private final Passwords passwords;

    SignInController(SecuritySettings settings, Passwords passwords) {
        this.settings = settings;
        this.passwords = passwords;
    }

    /** The lockout numbers appear in the error message, from the same settings that lock. */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("security", settings);
        return "identity/login";
    }

    /** The workbench also warns when the password is near its maximum age. */
    @GetMapping("/workbench")
    String workbench(Actor actor, Model model) {
        passwords.daysLeftToWarn(actor.accountId()).ifPresent(days -> model.addAttribute("passwordDaysLeft", days));
        return "identity/workbench";
    }
}
