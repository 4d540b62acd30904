package org.kstp.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.identity.domain.SecondFactors;
import org.kstp.identity.security.SignInSteps;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor: the code asked after the password, and enrolment (secret and otpauth URI for an
 * authenticator app, shown in groups of four since no QR library is available offline; then ten recovery
 * codes, shown once in the answer to the confirming POST). Enrolment is reached both while signing in (the
 * roles require it) and later from the account, by anyone who wants it.
 */
@Controller
class SecondFactorController {

    private final SecondFactors secondFactors;
    private final SignInSteps steps;

    SecondFactorController(SecondFactors secondFactors, SignInSteps steps) {
        this.secondFactors = secondFactors;
        this.steps = steps;
    }

    @GetMapping("/sign-in/second-factor")
    String codeForm() {
        return "identity/second-factor";
    }

    @PostMapping("/sign-in/second-factor")
    String code(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        Optional<String> next = steps.secondFactor(code, request, response);
        if (next.isPresent()) {
            return "redirect:" + next.get();
        }
        model.addAttribute("wrong", true);
        return "identity/second-factor";
    }

    @GetMapping("/account/second-factor")
    String enrolment(Model model) {
        Actor holder = holder();
        if (secondFactors.enrolled(holder.accountId())) {
            model.addAttribute("enrolled", true);
        } else {
            model.addAttribute("enrolment", secondFactors.start(holder));
        }
        return "identity/enrol";
    }

    @PostMapping("/account/second-factor")
    String confirm(@RequestParam(required = false) String code, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        Actor holder = holder();
        try {
            model.addAttribute("recoveryCodes", secondFactors.confirm(holder, code));
        } catch (RuleViolation wrong) {
            model.addAttribute("wrong", true);
            model.addAttribute("enrolment", secondFactors.start(holder));
            return "identity/enrol";
        }
        model.addAttribute("next", steps.advance(request, response));
        return "identity/enrol";
    }

    private Actor holder() {
        return steps.holder().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
