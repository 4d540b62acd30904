package org.kstp.integrity.web;

import org.kstp.common.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Translates refusals whose arguments are themselves label keys (a tier, a measure) into page text. */
@Component
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String of(String key, Object[] args) {
        return messages.getMessage(key, resolvable(args), key, LocaleContextHolder.getLocale());
    }

    /** Puts the refusal next to the field it concerns, or above the form when it concerns no one field. */
    static void reject(BindingResult errors, String field, RuleViolation refused) {
        if (field == null) {
            errors.reject(refused.messageKey(), resolvable(refused.arguments()), refused.messageKey());
        } else {
            errors.rejectValue(field, refused.messageKey(), resolvable(refused.arguments()), refused.messageKey());
        }
    }

    static Object[] resolvable(Object[] args) {
        Object[] result = args.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof String s && s.matches("integrity\\.[A-Za-z]+\\.[A-Z_]+")) {
                result[i] = new DefaultMessageSourceResolvable(s);
            }
        }
        return result;
    }
}
