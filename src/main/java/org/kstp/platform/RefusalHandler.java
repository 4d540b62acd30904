package org.kstp.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns refusals into what a user can act on: a rule violation on a form post goes back to the page
 * it came from with the reason shown; out-of-scope objects are "not found"; never a stack trace.
 */
@ControllerAdvice
class RefusalHandler {

    private final MessageSource messages;

    RefusalHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolation.class)
    Object ruleViolation(RuleViolation violation, HttpServletRequest request) {
        String text = messages.getMessage(violation.messageKey(), translated(violation.arguments()),
                violation.messageKey(), LocaleContextHolder.getLocale());
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text);
            problem.setProperty("code", violation.messageKey());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        String referer = request.getHeader("Referer");
        if ("POST".equals(request.getMethod()) && referer != null && sameOrigin(referer, request)) {
            // The redirect view saves the flash map, so the page shows the reason once.
            RequestContextUtils.getOutputFlashMap(request).put("refusal", text);
            return new ModelAndView("redirect:" + referer);
        }
        ModelAndView page = new ModelAndView("refused", HttpStatus.CONFLICT);
        page.addObject("refusal", text);
        return page;
    }

    /** Someone else saved the same object first; nothing of theirs is overwritten. */
    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    Object concurrentChange(HttpServletRequest request) {
        return ruleViolation(new RuleViolation("platform.concurrentChange"), request);
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    /**
     * A malformed id (or an unknown action name) in the path or a query parameter names no object at
     * all, so it is "not found", like an id outside the actor's scope; any other unreadable parameter
     * is a bad request. Neither is a server error.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException mismatch) {
        Class<?> type = mismatch.getRequiredType();
        boolean names = type == java.util.UUID.class || type != null && type.isEnum();
        return names ? notFound() : new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ModelAndView denied() {
        return new ModelAndView("error/403", HttpStatus.FORBIDDEN);
    }

    /** Arguments that are label keys (e.g. a status) are shown as their labels. */
    private Object[] translated(Object[] arguments) {
        Object[] result = arguments.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof String key && key.matches("[a-z]+\\.[A-Za-z]+\\.[A-Za-z_.]+")) {
                result[i] = messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
            }
        }
        return result;
    }

    private static boolean sameOrigin(String referer, HttpServletRequest request) {
        String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
        String originNoPort = request.getScheme() + "://" + request.getServerName() + "/";
        return referer.startsWith(origin) || referer.startsWith(originNoPort);
    }
}
