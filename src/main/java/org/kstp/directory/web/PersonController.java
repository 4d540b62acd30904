package org.kstp.directory.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.PersonDetails;
import org.kstp.directory.PersonIdHash;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonRecords;
import org.kstp.directory.query.OrganisationQuery;
import org.kstp.directory.query.PersonQuery;
import org.kstp.platform.ListRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people register (person records entered once, reused on every proposal): find a record and
 * correct it without going through a proposal's team table. Scope comes from {@link PersonQuery}'s
 * SQL; a record outside it is "not found", so a guessed id reveals nothing. The separated
 * administrators never see business data, hence the role list.
 */
@Controller
@PreAuthorize("hasAnyRole('BUREAU_STAFF','COUNTY_STAFF','INSTITUTION_ADMIN','APPLICANT')")
class PersonController {

    private final PersonQuery query;
    private final PersonRecords people;
    private final PersonFormReader reader;
    private final OrganisationQuery organisations;
    private final DirectoryApi directory;

    PersonController(PersonQuery query, PersonRecords people, PersonFormReader reader,
                     OrganisationQuery organisations, DirectoryApi directory) {
        this.query = query;
        this.people = people;
        this.reader = reader;
        this.organisations = organisations;
        this.directory = directory;
    }

    /**
     * The list, optionally searched. The search box posts, so a full ID number typed into it never ends
     * up in a URL (browser history, proxy and access logs), and the page never shows it back: only
     * its last four characters. Name searches page with plain links.
     */
    @RequestMapping(path = "/directory/people", method = {RequestMethod.GET, RequestMethod.POST})
    String list(@RequestParam(defaultValue = "") String q, @ModelAttribute("list") ListRequest list, Actor actor,
                Model model) {
        boolean byNumber = PersonIdHash.looksLikeNumber(q);
        model.addAttribute("page", query.search(actor, q, list));
        model.addAttribute("q", byNumber ? "" : q);
        model.addAttribute("searchedId", byNumber ? "****" + PersonIdHash.tail(q) : null);
        model.addAttribute("canCreate", actor.has(Role.BUREAU_STAFF));
        model.addAttribute("scope", actor.has(Role.BUREAU_STAFF) ? "all"
                : actor.organisationId() != null ? "organisation" : "own");
        return "directory/people";
    }

    /** Only the bureau files people from here; everyone else files them with a proposal's team. */
    @GetMapping("/directory/people/new")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String newForm(Actor actor, Model model) {
        model.addAttribute("form", PersonForm.empty());
        return showForm(null, actor, model);
    }

    @PostMapping("/directory/people/new")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String create(Actor actor, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return save(null, null, form, errors, actor, model, redirect);
    }

    @GetMapping("/directory/people/{id}")
    String editForm(@PathVariable UUID id, Actor actor, Model model) {
        PersonQuery.Detail person = editable(id, actor);
        model.addAttribute("form", PersonForm.of(person));
        return showForm(person, actor, model);
    }

    @PostMapping("/directory/people/{id}")
    String update(@PathVariable UUID id, Actor actor, @Valid @ModelAttribute("form") PersonForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        return save(id, editable(id, actor), form, errors, actor, model, redirect);
    }

    /**
     * The record for its edit form. Outside the actor's scope it is "not found" (404), never "forbidden",
     * so that the answer does not confirm the record exists. Inside it, editing is decided by
     * {@code Person.mayBeEditedBy}; the scope is that same rule in SQL, so today every visible record is
     * editable, but should the two ever part, a visible record the actor may not change is refused with
     * 403: they can already see it, so refusing openly hides nothing.
     */
    private PersonQuery.Detail editable(UUID id, Actor actor) {
        PersonQuery.Detail person = query.visible(id, actor).orElseThrow(() -> new NotFound("person", id));
        if (!people.mayEdit(id, actor)) {
            throw new AccessDeniedException("person " + id + " is not editable by " + actor.username());
        }
        return person;
    }

    private String save(UUID id, PersonQuery.Detail current, PersonForm form, BindingResult errors, Actor actor,
                        Model model, RedirectAttributes redirect) {
        PersonDetails details = reader.read(form, current, actor, errors).orElse(null);
        if (details == null) {
            return showForm(current, actor, model);
        }
        try {
            people.save(id, id == null ? null : form.version(), details, actor);
        } catch (RuleViolation refused) {
            // e.g. someone saved the record since this form was loaded: show the form again with this input
            String field = PersonForm.fieldFor(refused.messageKey());
            if (field == null) {
                errors.reject(refused.messageKey(), refused.arguments(), null);
            } else {
                errors.rejectValue(field, refused.messageKey(), refused.arguments(), null);
            }
            return showForm(current, actor, model);
        }
        redirect.addFlashAttribute("notice", id == null ? "directory.person.created" : "directory.person.saved");
        return "redirect:/directory/people";
    }

    private String showForm(PersonQuery.Detail person, Actor actor, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("idTypes", PersonIdType.values());
        boolean chooses = actor.has(Role.BUREAU_STAFF);
        model.addAttribute("choosesOrganisation", chooses);
        if (chooses) {
            model.addAttribute("organisations", organisationChoices(person, actor));
        }
        PersonForm form = (PersonForm) model.getAttribute("form");
        String code = form == null || form.disciplineCode() == null ? "" : form.disciplineCode().trim();
        model.addAttribute("disciplineName", code.isEmpty() ? null
                : directory.discipline(code).map(d -> d.code() + " " + d.name()).orElse(null));
        return "directory/person-form";
    }

    /** The directory's organisations by name; the record's own is always offered, so saving never drops it. */
    private Map<UUID, String> organisationChoices(PersonQuery.Detail person, Actor actor) {
        Map<UUID, String> choices = new LinkedHashMap<>();
        organisations.visibleTo(actor, OrganisationController.LIST_LIMIT).forEach(o -> choices.put(o.id(), o.name()));
        if (person != null && person.organisationId() != null) {
            choices.putIfAbsent(person.organisationId(), person.organisationLabel());
        }
        return choices;
    }
}
