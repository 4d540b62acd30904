package org.kstp.notification.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kstp.identity.AccountSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Delivers one message to its recipients: an in-app notice for each, and an e-mail to those with an
 * address. Accounts carry no language preference yet, so e-mails are written in Chinese, then Uyghur,
 * then English; the in-app notice is rendered in whatever language its reader uses.
 */
@Component
class Notifier {

    private static final List<Locale> MAIL_LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("ug"),
            Locale.ENGLISH);

    private final Notices notices;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String publicUrl;

    Notifier(Notices notices, Mailer mailer, MessageSource messages, @Value("${kstp.public-url:}") String publicUrl) {
        this.notices = notices;
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    }

    /** What to say: a notice key with its arguments and the page it leads to. */
    record Message(String key, List<String> args, String link) {
    }

    /**
     * Extra e-mail content: a paragraph after the notice text and an optional PDF, made only when a
     * mail is really sent (rendering a PDF for nobody would cost CPU on deadline day).
     */
    record Extra(String key, List<String> args, String attachmentName, Supplier<byte[]> attachment) {
    }

    void send(Collection<AccountSummary> recipients, Message message, String dedupKey) {
        recipients.forEach(r -> send(r, message, dedupKey, null));
    }

    /** The notice is recorded once per recipient and event; the e-mail goes out only with a new notice. */
    void send(AccountSummary recipient, Message message, String dedupKey, Extra extra) {
        if (!notices.add(recipient.id(), message.key(), message.args(), message.link(), dedupKey)) {
            return;
        }
        if (recipient.email() == null || recipient.email().isBlank()) {
            return;
        }
        if (!mailer.enabled()) {
            mailer.skipped(recipient.email(), message.key());
            return;
        }
        String subject = text("notification.mail.subject", List.of(text(message.key(), message.args(),
                Locale.SIMPLIFIED_CHINESE)), Locale.SIMPLIFIED_CHINESE);
        mailer.send(new Mailer.Mail(recipient.email(), subject, body(recipient, message, extra),
                extra == null ? null : extra.attachmentName(),
                extra == null || extra.attachment() == null ? null : extra.attachment().get()));
    }

    private String body(AccountSummary recipient, Message message, Extra extra) {
        StringBuilder body = new StringBuilder();
        for (Locale locale : MAIL_LANGUAGES) {
            if (!body.isEmpty()) {
                body.append("\n\n----------------------------------------\n\n");
            }
            body.append(text("notification.mail.greeting", List.of(recipient.displayName()), locale)).append("\n\n");
            body.append(text(message.key(), message.args(), locale)).append('\n');
            if (extra != null) {
                body.append('\n').append(text(extra.key(), extra.args(), locale)).append('\n');
            }
            if (message.link() != null) {
                body.append('\n').append(text("notification.mail.link", List.of(publicUrl + message.link()), locale))
                        .append('\n');
            }
            body.append('\n').append(text("notification.mail.footer", List.of(), locale));
        }
        return body.toString();
    }

    private String text(String key, List<String> args, Locale locale) {
        return messages.getMessage(key, args.toArray(), key, locale);
    }
}
