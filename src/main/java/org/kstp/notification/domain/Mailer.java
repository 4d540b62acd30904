package org.kstp.notification.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail when a mail host is configured (KSTP_MAIL_HOST) and skips it with a log line when not:
 * a platform without mail still works, with in-app notices only. A send that still fails after a few
 * retries is logged, not thrown: the in-app notice already exists and must not be rolled back
 * because a mail server is down.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final int ATTEMPTS = 3;

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
           @Value("${kstp.mail.from:}") String from) {
        this.sender = sender;
        this.host = host;
        this.from = from;
        if (!enabled()) {
            log.info("No mail host configured (KSTP_MAIL_HOST): notices are shown in the application only");
        }
    }

    boolean enabled() {
        return host != null && !host.isBlank() && sender.getIfAvailable() != null;
    }

    /** An outgoing message; the attachment is optional (null name and bytes). */
    record Mail(String to, String subject, String body, String attachmentName, byte[] attachment) {
    }

    /** The log line that stands in for a mail when no mail host is configured. */
    void skipped(String to, String what) {
        log.info("Mail skipped (no mail host): to={} notice={}", to, what);
    }

    void send(Mail mail) {
        if (!enabled()) {
            skipped(mail.to(), mail.subject());
            return;
        }
        // A dropped connection is common and passing; a few quick retries save most such mails.
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                sender.getObject().send(message(mail));
                return;
            } catch (MessagingException | MailException e) {
                if (attempt == ATTEMPTS) {
                    log.warn("Mail to {} failed ({}); the in-app notice stands", mail.to(), e.toString());
                    return;
                }
                pause(attempt);
            }
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = sender.getObject().createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachment() != null, "UTF-8");
        if (from != null && !from.isBlank()) {
            helper.setFrom(from);
        }
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        if (mail.attachment() != null) {
            helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()), "application/pdf");
        }
        return message;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(500L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
