package org.kstp.integrity.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.platform.ListRequest;
import org.kstp.platform.Page;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.domain.AppealOutcome;
import org.kstp.integrity.domain.CurrentRecord;
import org.kstp.integrity.domain.Entry;
import org.kstp.integrity.domain.EntryStore;
import org.kstp.integrity.domain.FollowUp;
import org.kstp.integrity.domain.RecordState;
import org.kstp.integrity.domain.Register;
import org.kstp.integrity.domain.SubjectType;
import org.kstp.integrity.domain.Tier;
import org.kstp.integrity.query.RecordQuery;
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

/** The register for bureau staff: the list with derived states, the record form, a record with its entries. */
@Controller
@PreAuthorize("hasRole('BUREAU_STAFF')")
class IntegrityController {

    static final int LIST_LIMIT = 500;

    private final RecordQuery query;
    private final EntryStore store;
    private final Register register;
    private final RecordFormMapper mapper;
    private final BusinessTime time;

    IntegrityController(RecordQuery query, EntryStore store, Register register, RecordFormMapper mapper, BusinessTime time) {
        this.query = query;
        this.store = store;
        this.register = register;
        this.mapper = mapper;
        this.time = time;
    }

    /** A list row: the record as it stands and its state today. */
    record Row(CurrentRecord record, RecordState state) {
    }

    @GetMapping("/integrity")
    String list(@RequestParam(required = false) String state, @ModelAttribute("list") ListRequest list, Model model) {
        LocalDate today = today();
        RecordState wanted = Arrays.stream(RecordState.values()).filter(s -> s.name().equals(state)).findFirst()
                .orElse(null);
        // A record's state depends on today's date, so it is filtered here, then the filtered list is paged.
        List<Row> rows = store.histories(query.findingIds(list.q(), LIST_LIMIT)).stream()
                .map(h -> new Row(h.current(), h.current().state(today)))
                .filter(r -> wanted == null || r.state() == wanted).toList();
        model.addAttribute("page", Page.slice(rows, list));
        model.addAttribute("state", wanted);
        model.addAttribute("states", RecordState.values());
        model.addAttribute("limit", LIST_LIMIT);
        return "integrity/list";
    }

    @GetMapping("/integrity/new")
    String newForm(Model model) {
        model.addAttribute("form", RecordForm.blank());
        return showForm(model);
    }

    @PostMapping("/integrity/new")
    String create(@Valid @ModelAttribute("form") RecordForm form, BindingResult errors, Actor actor, Model model,
                  RedirectAttributes redirect) {
        var content = mapper.content(form, errors);
        if (!errors.hasErrors()) {
            try {
                UUID id = register.recordFinding(content, actor);
                redirect.addFlashAttribute("notice", "integrity.record.saved");
                return "redirect:/integrity/" + id;
            } catch (RuleViolation refused) {
                Texts.reject(errors, RecordFormMapper.fieldFor(refused.messageKey()), refused);
            }
        }
        form.pad();
        return showForm(model);
    }

    @GetMapping("/integrity/{id}")
    String view(@PathVariable UUID id, Model model) {
        var history = register.history(id);
        CurrentRecord current = history.current();
        List<Entry> entries = new ArrayList<>(List.of(history.finding()));
        entries.addAll(history.followUps());
        model.addAttribute("entries", entries);
        model.addAttribute("r", current);
        model.addAttribute("state", current.state(today()));
        model.addAttribute("outcomes", AppealOutcome.values());
        return "integrity/view";
    }

    @PostMapping("/integrity/{id}/appeal")
    String appeal(@PathVariable UUID id, @Valid FollowUpForm form, BindingResult errors, Actor actor,
                  RedirectAttributes redirect) {
        requireValid(errors);
        if (form.outcome() == AppealOutcome.VARIED) {
            throw new RuleViolation("integrity.appeal.variedByCorrection");
        }
        return followUp(id, FollowUp.appeal(form.outcome(), form.decision(), form.note()), actor, redirect);
    }

    @PostMapping("/integrity/{id}/revoke")
    String revoke(@PathVariable UUID id, @Valid FollowUpForm form, BindingResult errors, Actor actor,
                  RedirectAttributes redirect) {
        requireValid(errors);
        return followUp(id, FollowUp.revocation(form.decision(), form.note()), actor, redirect);
    }

    @PostMapping("/integrity/{id}/lift")
    String lift(@PathVariable UUID id, @Valid FollowUpForm form, BindingResult errors, Actor actor,
                RedirectAttributes redirect) {
        requireValid(errors);
        return followUp(id, FollowUp.earlyLifting(form.decision(), form.effectiveDate(), form.note()), actor, redirect);
    }

    private String followUp(UUID id, FollowUp followUp, Actor actor, RedirectAttributes redirect) {
        register.followUp(id, followUp, actor);
        redirect.addFlashAttribute("notice", "integrity.record.entryAdded");
        return "redirect:/integrity/" + id;
    }

    /** The follow-up forms are short: a missing field is reported above the page (by the refusal handler). */
    private static void requireValid(BindingResult errors) {
        if (errors.hasErrors()) {
            throw new RuleViolation("integrity.decision.incomplete");
        }
    }

    private String showForm(Model model) {
        model.addAttribute("subjectTypes", SubjectType.values());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("measureKinds", MeasureKind.values());
        return "integrity/form";
    }

    private LocalDate today() {
        return time.today();
    }
}
