package org.kstp.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; after it a user lands on the workbench (module workbench). */
@Controller
class SignInController {

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }
}
