package org.kstp.review.round.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.round.ReviewRound;
import org.kstp.review.round.RoundService;
import org.kstp.review.round.RoundStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Bureau staff's pages for review rounds: the list, creating, configuring, choosing proposals, the draw. */
@Controller
@PreAuthorize("hasRole('BUREAU_STAFF')")
class RoundController {

    private final RoundService rounds;
    private final RoundPage page;
    private final ProposalApi proposals;
    private final ProgramApi programs;
    private final MessageSource messages;
    private final BusinessTime time;

    RoundController(RoundService rounds, RoundPage page, ProposalApi proposals, ProgramApi programs,
                    MessageSource messages, BusinessTime time) {
        this.rounds = rounds;
        this.page = page;
        this.proposals = proposals;
        this.programs = programs;
        this.messages = messages;
        this.time = time;
    }

    @GetMapping("/review/rounds")
    String list(Model model) {
        if (!model.containsAttribute("roundForm")) {
            model.addAttribute("roundForm", RoundForm.defaults(today()));
        }
        model.addAttribute("rounds", rounds.all());
        model.addAttribute("calls", callsInReview());
        return "review/rounds";
    }

    @PostMapping("/review/rounds")
    String create(@Valid @ModelAttribute("roundForm") RoundForm form, BindingResult errors, Actor actor, Model model) {
        if (form.callId() == null) {
            errors.rejectValue("callId", "review.round.noCall", text("review.round.noCall"));
        }
        if (!errors.hasErrors()) {
            try {
                UUID id = rounds.create(form.callId(), form.title(), form.mode(), form.parameters(), actor);
                return "redirect:/review/rounds/" + id;
            } catch (RuleViolation violation) {
                errors.reject(violation.messageKey(), text(violation.messageKey(), violation.arguments()));
            }
        }
        return list(model);
    }

    @GetMapping("/review/rounds/{id}")
    String round(@PathVariable UUID id, Model model) {
        return page.fill(id, model);
    }

    @PostMapping("/review/rounds/{id}/parameters")
    String configure(@PathVariable UUID id, @Valid @ModelAttribute("roundForm") RoundForm form, BindingResult errors,
                     Actor actor, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                rounds.configure(id, form.mode(), form.parameters(), actor);
                redirect.addFlashAttribute("notice", "review.round.saved");
                return "redirect:/review/rounds/" + id;
            } catch (RuleViolation violation) {
                errors.reject(violation.messageKey(), text(violation.messageKey(), violation.arguments()));
            }
        }
        return page.fill(id, model);
    }

    @PostMapping("/review/rounds/{id}/proposals")
    String choose(@PathVariable UUID id, @RequestParam(name = "proposal", required = false) List<UUID> chosen,
                  Actor actor, RedirectAttributes redirect) {
        Set<UUID> ids = chosen == null ? Set.of() : new HashSet<>(chosen);
        rounds.chooseProposals(id, ids, actor);
        redirect.addFlashAttribute("notice", "review.round.saved");
        return "redirect:/review/rounds/" + id;
    }

    @PostMapping("/review/rounds/{id}/draw")
    String draw(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        rounds.startDraw(id, actor);
        redirect.addFlashAttribute("notice", "review.round.draw.started");
        return "redirect:/review/rounds/" + id;
    }

    /** The progress bar, polled by htmx; once the draw is over, the whole page reloads to show the result. */
    @GetMapping("/review/rounds/{id}/progress")
    String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        ReviewRound round = rounds.round(id);
        if (round.status() != RoundStatus.DRAWING) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("round", round);
        model.addAttribute("progress", rounds.progress(id).orElse(null));
        return "review/round-progress :: progress";
    }

    @PostMapping("/review/rounds/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(required = false) String comment, Actor actor,
                 RedirectAttributes redirect) {
        rounds.close(id, comment, actor);
        redirect.addFlashAttribute("notice", "review.round.closed");
        return "redirect:/review/rounds/" + id;
    }

    /** Calls with formally checked proposals: the ones a round can be made for. */
    private Map<UUID, String> callsInReview() {
        Map<UUID, String> calls = new LinkedHashMap<>();
        for (ProposalSummary p : proposals.inReview()) {
            if (!calls.containsKey(p.callId())) {
                calls.put(p.callId(), programs.call(p.callId()).map(CallView::title).orElse(p.callId().toString()));
            }
        }
        return calls;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private LocalDate today() {
        return time.today();
    }
}
