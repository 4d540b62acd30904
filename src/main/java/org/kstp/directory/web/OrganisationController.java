package org.kstp.directory.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.CitizenIdHash;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.common.Uscc;
import org.kstp.directory.CountySummary;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.NewOrganisation;
import org.kstp.directory.OrganisationSummary;
import org.kstp.directory.domain.OrganisationRegistry;
import org.kstp.directory.query.OrganisationQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff register and browse organisations. The county scope is enforced twice on purpose: in the
 * list's SQL and in the registry, so neither a crafted URL nor a crafted form crosses counties.
 */
@Controller
@PreAuthorize("hasAnyRole('BUREAU_STAFF','COUNTY_STAFF')")
class OrganisationController {

    static final int LIST_LIMIT = 500;

    private final CitizenIdHash citizenIds;
    private final OrganisationQuery query;
    private final DirectoryApi directory;
    private final OrganisationRegistry registry;

    OrganisationController(OrganisationQuery query, DirectoryApi directory, OrganisationRegistry registry,
                           CitizenIdHash citizenIds) {
        this.citizenIds = citizenIds;
        this.query = query;
        this.directory = directory;
        this.registry = registry;
    }

    @GetMapping("/directory/organisations")
    String list(Actor actor, Model model) {
        model.addAttribute("rows", query.visibleTo(actor, LIST_LIMIT));
        model.addAttribute("limit", LIST_LIMIT);
        model.addAttribute("canConfirm", actor.has(Role.BUREAU_STAFF));
        return "directory/organisations";
    }

    @GetMapping("/directory/organisations/new")
    String newForm(Actor actor, Model model) {
        model.addAttribute("form", OrganisationForm.empty(actor.has(Role.BUREAU_STAFF) ? "" : actor.countyCode()));
        return showForm(actor, model);
    }

    @PostMapping("/directory/organisations/new")
    String register(Actor actor, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        checkCodeFormat(form, errors);
        if (errors.hasErrors()) {
            return showForm(actor, model);
        }
        OrganisationSummary saved;
        try {
            saved = directory.registerOrganisation(new NewOrganisation(form.uscc(), form.name(), form.countyCode()),
                    actor);
        } catch (RuleViolation refused) {
            String field = OrganisationForm.fieldFor(refused.messageKey());
            if (field == null) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            } else {
                errors.rejectValue(field, refused.messageKey(), refused.arguments(), refused.messageKey());
            }
            return showForm(actor, model);
        }
        redirect.addFlashAttribute("notice", "directory.organisation.registered");
        if (saved.needsReview()) {
            redirect.addFlashAttribute("checkWarning", saved.uscc());
        }
        return "redirect:/directory/organisations";
    }

    @PostMapping("/directory/organisations/{id}/confirm")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String confirm(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        registry.confirm(id, actor);
        redirect.addFlashAttribute("notice", "directory.organisation.confirmed");
        return "redirect:/directory/organisations";
    }

    @GetMapping("/directory/organisations/{id}/legal-representative")
    String legalRepresentativeForm(Actor actor, @PathVariable UUID id, Model model) {
        var organisation = registry.editable(id, actor);
        model.addAttribute("organisation", organisation);
        if (!model.containsAttribute("error")) {
            model.addAttribute("repName", organisation.legalRepName());
        }
        return "directory/organisation-legal-rep";
    }

    /**
     * Records the legal representative. The citizen ID is hashed here with the integrity register's
     * hash and only the hash and the last four characters reach the directory; empty keeps the one on record.
     */
    @PostMapping("/directory/organisations/{id}/legal-representative")
    String changeLegalRepresentative(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String name,
                                     @RequestParam(required = false) String citizenId, Model model,
                                     RedirectAttributes redirect) {
        try {
            String raw = citizenId == null || citizenId.isBlank() ? null : citizenId;
            String hash = raw == null ? null : citizenIds.of(raw);
            String tail = raw == null ? null : CitizenIdHash.tail(raw);
            registry.changeLegalRepresentative(id, name, hash, tail, actor);
        } catch (RuleViolation refused) {
            model.addAttribute("organisation", registry.editable(id, actor));
            model.addAttribute("repName", name);
            model.addAttribute("error", refused);
            return "directory/organisation-legal-rep";
        }
        redirect.addFlashAttribute("notice", "directory.organisation.legalRep.saved");
        return "redirect:/directory/organisations";
    }

    /** Reports a malformed code together with the other field errors instead of one round-trip later. */
    private static void checkCodeFormat(OrganisationForm form, BindingResult errors) {
        if (errors.hasFieldErrors("uscc")) {
            return;
        }
        try {
            Uscc.parse(form.uscc());
        } catch (RuleViolation malformed) {
            errors.rejectValue("uscc", malformed.messageKey(), malformed.arguments(), malformed.messageKey());
        }
    }

    /** County staff are offered only their own county; the registry refuses any other anyway. */
    private String showForm(Actor actor, Model model) {
        List<CountySummary> counties = directory.counties().stream()
                .filter(c -> actor.has(Role.BUREAU_STAFF) || c.code().equals(actor.countyCode()))
                .toList();
        model.addAttribute("counties", counties);
        return "directory/organisation-form";
    }
}
