package org.kstp.identity.web;

import org.kstp.common.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the workbench a user lands on afterwards, which lists what their roles can do. */
@Controller
class SignInController {

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/workbench")
    String workbench(Actor actor) {
        return "identity/workbench";
    }
}
