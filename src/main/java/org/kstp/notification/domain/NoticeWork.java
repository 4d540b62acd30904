package org.kstp.notification.domain;

import java.util.List;
import org.kstp.common.Actor;
import org.kstp.platform.NavGroup;
import org.kstp.platform.WorkCount;
import org.kstp.platform.WorkSource;
import org.springframework.stereotype.Component;

/** The user's unread notices, for the workbench; the same count as the bell in the top bar. */
@Component
class NoticeWork implements WorkSource {

    private final Notices notices;

    NoticeWork(Notices notices) {
        this.notices = notices;
    }

    @Override
    public List<WorkCount> workFor(Actor actor) {
        int unread = notices.unreadCount(actor.accountId());
        return unread == 0 ? List.of()
                : List.of(new WorkCount(NavGroup.SYSTEM, "notification.work.unread", unread, "/notifications", null));
    }
}
