package org.kstp.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.identity.domain.Activations;
import org.kstp.identity.domain.PasswordRules;
import org.kstp.identity.domain.Passwords;
import org.kstp.identity.security.SignInSteps;
import org.springframework.security.access.AccessDeniedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where holders set their own password: by activation code (a new or reset account, no sign-in needed) or by
 * changing it with the current one (everyone, and anyone whose password has reached its maximum age).
 */
@Controller
class PasswordController {

    private final Activations activations;
    private final Passwords passwords;
    private final PasswordRules rules;
    private final SignInSteps steps;

    PasswordController(Activations activations, Passwords passwords, PasswordRules rules, SignInSteps steps) {
        this.steps = steps;
        this.activations = activations;
        this.passwords = passwords;
        this.rules = rules;
    }

    /** The rules' numbers, for the hint above both forms. */
    @ModelAttribute("passwordRules")
    PasswordRules passwordRules() {
        return rules;
    }

    record ActivationForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 72) String password,
                          @NotBlank @Size(max = 72) String confirmation) {
    }

    record ChangeForm(@NotBlank @Size(max = 72) String current, @NotBlank @Size(max = 72) String password,
                      @NotBlank @Size(max = 72) String confirmation) {
    }

    @GetMapping("/activate")
    String activation(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("form", new ActivationForm(code == null ? "" : code, "", ""));
        return "identity/activate";
    }

    @PostMapping("/activate")
    String activate(@Valid @ModelAttribute("form") ActivationForm form, BindingResult errors,
                    RedirectAttributes redirect) {
        if (confirmed(form.password(), form.confirmation(), errors)) {
            try {
                activations.redeem(form.code(), form.password());
                redirect.addFlashAttribute("notice", "identity.activation.done");
                return "redirect:/login";
            } catch (RuleViolation refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return "identity/activate";
    }

    @GetMapping("/account/password")
    String changeForm(Model model) {
        model.addAttribute("form", new ChangeForm("", "", ""));
        model.addAttribute("expired", passwords.expired(holder().accountId()));
        return "identity/password";
    }

    /** Also the sign-in step of an expired password: the holder may not yet be fully signed in. */
    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") ChangeForm form, BindingResult errors, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = holder();
        if (confirmed(form.password(), form.confirmation(), errors)) {
            try {
                passwords.change(actor, form.current(), form.password());
                redirect.addFlashAttribute("notice", "identity.password.changed");
                return "redirect:" + steps.advance(request, response);
            } catch (RuleViolation refused) {
                if (refused.messageKey().equals("identity.password.currentWrong")
                        && steps.wrongSecret(actor, request, response)) {
                    return "redirect:/login?error=bad";
                }
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        model.addAttribute("expired", passwords.expired(actor.accountId()));
        return "identity/password";
    }

    private Actor holder() {
        return steps.holder().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    private static boolean confirmed(String password, String confirmation, BindingResult errors) {
        if (!errors.hasErrors() && !password.equals(confirmation)) {
            errors.rejectValue("confirmation", "identity.password.mismatch");
        }
        return !errors.hasErrors();
    }
}
