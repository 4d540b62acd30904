package org.kstp.integrity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.integrity.domain.EntryStore;
import org.kstp.integrity.query.RecordQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A person's own records and how to appeal: the subject always sees what is recorded about them. */
@Controller
class MineController {

    private final RecordQuery query;
    private final EntryStore store;
    private final Clock clock;

    MineController(RecordQuery query, EntryStore store, Clock clock) {
        this.query = query;
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/integrity/mine")
    String mine(Actor actor, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        List<IntegrityController.Row> rows = store.histories(query.findingIdsOfAccount(actor.accountId())).stream()
                .map(h -> new IntegrityController.Row(h.current(), h.current().state(today))).toList();
        model.addAttribute("rows", rows);
        return "integrity/mine";
    }
}
