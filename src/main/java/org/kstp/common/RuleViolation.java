package org.kstp.common;

import java.util.Arrays;

/**
 * A business rule said no. Carries a message key (and arguments) so the web layer can show the
 * user a clear, translated reason instead of an error page.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
