package org.kstp.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One notice as its recipient sees it; the text is rendered from key and arguments in their language. */
public record Notice(UUID id, String messageKey, List<String> args, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
