package org.kstp.identity.web;

import org.kstp.common.Actor;
import org.kstp.identity.security.SecuritySettings;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the workbench a user lands on afterwards, which lists what their roles can do. */
@Controller
class SignInController {

    private final SecuritySettings settings;

    SignInController(SecuritySettings settings) {
        this.settings = settings;
    }

    /** The lockout numbers appear in the error message, from the same settings that lock. */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("security", settings);
        return "identity/login";
    }

    @GetMapping("/workbench")
    String workbench(Actor actor) {
        return "identity/workbench";
    }
}
