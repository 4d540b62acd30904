package org.kstp.identity.domain;

import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails an activation or reset code to the account's holder when a mail host is configured. Sent here, not
 * through the notification module: that module is downstream of identity, and an event would keep the raw
 * code in the event publication table. A failed send is logged, not thrown: the administrator has the code
 * on screen and can hand it over.
 */
@Component
class ActivationMail {

    private static final Logger log = LoggerFactory.getLogger(ActivationMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String host;
    private final String from;
    private final String publicUrl;

    ActivationMail(ObjectProvider<JavaMailSender> sender, MessageSource messages,
                   @Value("${spring.mail.host:}") String host, @Value("${kstp.mail.from:}") String from,
                   @Value("${kstp.public-url:}") String publicUrl) {
        this.sender = sender;
        this.messages = messages;
        this.host = host;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    /** True when the mail was handed to the mail server. */
    boolean send(Account account, String code, Instant expiresAt) {
        JavaMailSender mail = sender.getIfAvailable();
        if (account.email() == null || host == null || host.isBlank() || mail == null) {
            return false;
        }
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        SimpleMailMessage message = new SimpleMailMessage();
        if (from != null && !from.isBlank()) {
            message.setFrom(from);
        }
        message.setTo(account.email());
        message.setSubject(messages.getMessage("identity.activation.mail.subject", null, locale));
        message.setText(messages.getMessage("identity.activation.mail.body", new Object[] {account.displayName(),
                account.username(), publicUrl + "/activate", code, expiresAt.toString()}, locale));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Activation mail to account {} failed ({}); the administrator hands the code over", account.id(),
                    e.toString());
            return false;
        }
    }
}
