package org.kstp.integrity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.Role;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.integrity.domain.EntryStore;
import org.kstp.integrity.query.RecordQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A person's own records and how to appeal: the subject always sees what is recorded about them. An
 * institution administrator also sees the records about their organisation, which they appeal for.
 */
@Controller
class MineController {

    private final RecordQuery query;
    private final EntryStore store;
    private final DirectoryApi directory;
    private final BusinessTime time;

    MineController(RecordQuery query, EntryStore store, DirectoryApi directory, BusinessTime time) {
        this.query = query;
        this.store = store;
        this.directory = directory;
        this.time = time;
    }

    @GetMapping("/integrity/mine")
    String mine(Actor actor, Model model) {
        LocalDate today = time.today();
        List<UUID> ids = new ArrayList<>(query.findingIdsOfAccount(actor.accountId()));
        if (actor.has(Role.INSTITUTION_ADMIN) && actor.organisationId() != null) {
            directory.organisation(actor.organisationId()).map(OrganisationSummary::uscc)
                    .ifPresent(uscc -> ids.addAll(query.findingIdsOfOrganisation(uscc)));
        }
        List<IntegrityController.Row> rows = store.histories(ids).stream()
                .map(h -> new IntegrityController.Row(h.current(), h.current().state(today))).toList();
        model.addAttribute("rows", rows);
        return "integrity/mine";
    }
}
