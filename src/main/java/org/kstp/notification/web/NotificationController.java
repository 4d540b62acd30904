package org.kstp.notification.web;

import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.notification.domain.Notice;
import org.kstp.notification.domain.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's own notices: the count in the navigation bar, the list, marking read. */
@Controller
class NotificationController {

    private static final int PAGE = 100;

    private final Notices notices;

    NotificationController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notifications")
    String list(Actor actor, Model model) {
        model.addAttribute("notices", notices.latest(actor.accountId(), PAGE));
        return "notification/list";
    }

    /** Loaded by htmx into the navigation bar on every page, and refreshed every minute. */
    @GetMapping("/notifications/count")
    String count(Actor actor, Model model) {
        model.addAttribute("count", notices.unreadCount(actor.accountId()));
        return "notification/count :: count";
    }

    /** Marks one notice read; with {@code open}, goes on to the page it is about. */
    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean open, Actor actor) {
        notices.markRead(id, actor.accountId());
        if (open) {
            String link = notices.latest(actor.accountId(), PAGE).stream().filter(n -> n.id().equals(id))
                    .map(Notice::link).findFirst().orElse(null);
            // Only our own relative links: a notice can never become an open redirect.
            if (link != null && link.startsWith("/") && !link.startsWith("//")) {
                return "redirect:" + link;
            }
        }
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(Actor actor) {
        notices.markAllRead(actor.accountId());
        return "redirect:/notifications";
    }
}
