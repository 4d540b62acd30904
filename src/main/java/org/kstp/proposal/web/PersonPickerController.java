package org.kstp.proposal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kstp.common.Actor;
import org.kstp.directory.PersonIdHash;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonRecords;
import org.kstp.directory.PersonSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suggestions for the team table, for those who fill it in (applicants): people of the user's own
 * organisation whose name starts with the text typed, or the one person whose complete ID number was
 * typed. Nobody can list the people of another organisation; knowing someone's full ID number is what
 * it takes to find them elsewhere, and even then their phone shows masked. A POST, so that an ID number
 * typed never ends up in a URL (history, proxy and access logs).
 */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class PersonPickerController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LIMIT = 8;

    private final PersonIdHash idHash;
    private final PersonRecords people;

    PersonPickerController(PersonRecords people, PersonIdHash idHash) {
        this.idHash = idHash;
        this.people = people;
    }

    /** A suggestion: what the list shows and the row values a click fills in. */
    record Suggestion(PersonSummary person, String fill) {
    }

    @PostMapping(value = "/proposals/people", headers = "HX-Request")
    String suggestions(@RequestParam(defaultValue = "") String q, Actor actor, Model model) {
        List<PersonSummary> found = new ArrayList<>();
        boolean byNumber = PersonIdHash.looksLikeNumber(q);
        if (byNumber) {
            idHash.candidates(q).forEach((type, hash) -> people.byIdHash(type, hash).ifPresent(found::add));
        } else if (!q.isBlank() && actor.organisationId() != null) {
            found.addAll(people.inOrganisation(actor.organisationId(), q.trim(), LIMIT));
        }
        List<PersonSummary> shown = found.stream()
                .map(p -> people.mayEdit(p.id(), actor) ? p : p.withPhoneMasked()).toList();
        // Found by the number the user typed: the row carries that number, which is what links the record.
        model.addAttribute("suggestions", shown.stream()
                .map(p -> new Suggestion(p, fill(p, byNumber ? q.trim() : ""))).toList());
        model.addAttribute("query", byNumber ? "****" + PersonIdHash.tail(q) : q);
        return "proposal/people :: suggestions";
    }

    private static String fill(PersonSummary p, String typedNumber) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("personId", p.id().toString());
        values.put("name", p.name());
        values.put("idType", p.idType() == null ? PersonIdType.CITIZEN_ID.name() : p.idType().name());
        values.put("idNumber", typedNumber);
        values.put("maskedId", p.maskedId() == null ? "" : p.maskedId());
        values.put("phone", p.phone() == null ? "" : p.phone());
        values.put("title", p.title() == null ? "" : p.title());
        values.put("organisationName", p.organisationName() == null ? "" : p.organisationName());
        values.put("disciplineCode", p.disciplineCode() == null ? "" : p.disciplineCode());
        return JSON.writeValueAsString(values);
    }
}
