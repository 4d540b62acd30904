package org.kstp.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.kstp.common.Actor;
import org.kstp.identity.domain.Passwords;
import org.kstp.identity.domain.SecondFactorSettings;
import org.kstp.identity.domain.SecondFactors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What a sign-in still needs after the password: the second factor (asked of every enrolled account, required
 * of the roles in {@link SecondFactorSettings}) and a change of an expired password. {@link #advance} puts the
 * session at the first step not yet passed, or completes the sign-in, and says which page comes next.
 */
@Component
public class SignInSteps {

    private final SecondFactors secondFactors;
    private final SecondFactorSettings settings;
    private final Passwords passwords;
    private final LoginAttempts attempts;
    private final boolean demo;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInSteps(SecondFactors secondFactors, SecondFactorSettings settings, Passwords passwords, LoginAttempts attempts,
                @Value("${kstp.demo.enabled:false}") boolean demo) {
        this.secondFactors = secondFactors;
        this.attempts = attempts;
        this.settings = settings;
        this.passwords = passwords;
        this.demo = demo;
    }

    /** The holder of the current session, signed in fully or still at a step; empty when no one is. */
    public Optional<Actor> holder() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current instanceof PendingSignIn pending) {
            return Optional.of(pending.account().actor());
        }
        return current != null && current.getPrincipal() instanceof SignedInAccount account
                ? Optional.of(account.actor()) : Optional.empty();
    }

    /** Whether the current session waits at this step. */
    public boolean pendingAt(PendingSignIn.Step step) {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn pending
                && pending.step() == step;
    }

    /**
     * Marks the step the session stood at as passed and moves it on; the answer is the page to go to next
     * (the workbench when the sign-in is complete). A fully signed-in session stays as it is.
     */
    public String advance(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current instanceof PendingSignIn pending) {
            return moveOn(pending.signedIn(), pending.step(), request, response);
        }
        return "/workbench";
    }

    /**
     * The second-factor step: a right code moves the session on (the answer is the next page); a wrong one counts
     * as a failed sign-in, and when that locks the account the session is ended (the answer is the sign-in page
     * with the usual error). Empty: wrong code, try again.
     */
    public Optional<String> secondFactor(String code, HttpServletRequest request, HttpServletResponse response) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn pending)
                || pending.step() != PendingSignIn.Step.SECOND_FACTOR) {
            return Optional.of("/login");
        }
        Actor actor = pending.account().actor();
        if (secondFactors.verify(actor.accountId(), code)) {
            return Optional.of(advance(request, response));
        }
        return wrongSecret(actor, request, response) ? Optional.of("/login?error=bad") : Optional.empty();
    }

    /**
     * A wrong current password (or code) typed in a session counts like a failed sign-in, so a session left open
     * cannot be used to guess the password without limit; when that locks the account, the session ends. The
     * answer is whether it ended.
     */
    public boolean wrongSecret(Actor actor, HttpServletRequest request, HttpServletResponse response) {
        if (!attempts.failed(actor.username())) {
            return false;
        }
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        request.getSession().invalidate();
        return true;
    }

    /** Right after the password: the first step, or none. */
    String afterPassword(Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        return moveOn(signedIn, null, request, response);
    }

    private String moveOn(Authentication signedIn, PendingSignIn.Step passed, HttpServletRequest request,
                          HttpServletResponse response) {
        Actor actor = ((SignedInAccount) signedIn.getPrincipal()).actor();
        PendingSignIn.Step next = null;
        if (passed == null && secondFactors.enrolled(actor.accountId())) {
            next = PendingSignIn.Step.SECOND_FACTOR;
        } else if (passed == null && settings.requiredFor(actor.roles(), demo)) {
            next = PendingSignIn.Step.ENROL_SECOND_FACTOR;
        } else if (passed != PendingSignIn.Step.CHANGE_PASSWORD && passwords.expired(actor.accountId())) {
            next = PendingSignIn.Step.CHANGE_PASSWORD;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(next == null ? signedIn : new PendingSignIn(signedIn, next));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return next == null ? "/workbench" : next.page();
    }
}
