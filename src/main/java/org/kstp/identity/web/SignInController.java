package org.kstp.identity.web;

import org.kstp.identity.security.SecuritySettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; after it a user lands on the workbench (module workbench). */
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
}
