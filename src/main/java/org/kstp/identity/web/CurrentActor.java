package org.kstp.identity.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletRequest;
import org.kstp.common.Actor;
import org.kstp.platform.Navigation;
import org.kstp.identity.security.SignedInAccount;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.context.annotation.Configuration;

/**
 * Gives every controller the signed-in {@link Actor} as a method parameter, and every page the
 * current user ("me"), their role names ("roles") and their sidebar ("navigation").
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class CurrentActor implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account) {
            return account.actor();
        }
        return null;
    }

    @ModelAttribute("me")
    Actor me() {
        return current();
    }

    @ModelAttribute("roles")
    Set<String> roles() {
        Actor actor = current();
        return actor == null ? null : actor.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    /** The sidebar of this user, with the current page's item active; null when signed out (public top bar). */
    @ModelAttribute("navigation")
    Navigation.Menu navigation(HttpServletRequest request) {
        Actor actor = current();
        return actor == null ? null
                : Navigation.menu(actor.roles(), request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Actor actor = current();
        if (actor == null) {
            throw new org.springframework.security.access.AccessDeniedException("not signed in");
        }
        return actor;
    }
}
