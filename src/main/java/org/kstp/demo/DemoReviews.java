package org.kstp.demo;

import java.util.HashSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.platform.ReplayClock;
import org.kstp.project.ProjectCommands;
import org.kstp.review.ReviewCommands;
import org.kstp.review.ReviewTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Expert review in the living demo: last year's proposals assigned, scored and decided (dated then);
 * this year's drawn in a randomised round today, some scored, the rest waiting; every demo expert
 * left with a review to do; last year's funded projects signed and paid in part.
 */
@Component
class DemoReviews {

    private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final ReviewCommands reviews;
    private final ProjectCommands projects;

    DemoReviews(ReviewCommands reviews, ProjectCommands projects) {
        this.reviews = reviews;
        this.projects = projects;
    }

    /** One proposal that review takes on, with what the plan wants of it. */
    record Reviewed(UUID id, DemoPlan.Planned plan, BigDecimal requested) {
    }

    /** Assigns, scores and decides last year's proposals, each step dated weeks after the call closed. */
    void lastYear(List<Reviewed> proposals, List<Actor> experts, Actor bureau, Map<String, String> texts,
                  LocalDate today) {
        int next = 0;
        for (Reviewed r : proposals) {
            Instant closed = r.plan().call().closesAt(today);
            List<UUID> assignments = new ArrayList<>();
            Map<UUID, Actor> expertOf = new HashMap<>();
            for (int tried = 0; assignments.size() < DemoPlan.REVIEWERS_LAST_YEAR && tried < experts.size(); tried++) {
                Actor expert = experts.get(next++ % experts.size());
                UUID a = assignOrSkip(r.id(), expert, bureau, closed.plus(Duration.ofDays(20)));
                if (a != null) {
                    assignments.add(a);
                    expertOf.put(a, expert);
                }
            }
            for (UUID a : assignments) {
                score(a, expertOf.get(a), r.plan(), texts, closed.plus(Duration.ofDays(30)));
            }
            if (assignments.size() < DemoPlan.REVIEWERS_LAST_YEAR) {
                continue; // too few conflict-free experts: the proposal stays reviewed, undecided, as the rule wants
            }
            boolean fund = r.plan().target().equals("APPROVED");
            ReplayClock.at(closed.plus(Duration.ofDays(45)), () -> reviews.decide(r.id(), fund,
                    fund ? r.requested().multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP) : null,
                    fund ? null : texts.get("declineNote"), bureau));
        }
    }

    /**
     * Draws this year's round over the proposals going to review, scores those meant to be reviewed,
     * and gives every expert still without open work a review of a proposal under review.
     */
    void thisYear(UUID callId, List<Reviewed> proposals, List<Actor> experts, Actor bureau, Map<String, String> texts,
                  LocalDate today) throws InterruptedException {
        if (proposals.isEmpty()) {
            return;
        }
        Set<UUID> ids = new HashSet<>();
        proposals.forEach(r -> ids.add(r.id()));
        UUID round = reviews.drawRound(callId, texts.get("roundTitle"), DemoPlan.REVIEWERS_THIS_YEAR,
                today.plusWeeks(2), ids, bureau);
        // The draw runs as a background job (as on the round page); poll its state, bounded by WAIT.
        Instant until = Instant.now().plus(WAIT);
        while (reviews.drawing(round) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        if (reviews.drawing(round)) {
            log.warn("Demo round {} was still drawing after {}: this year's reviews are seeded from what is drawn so far",
                    round, WAIT);
        }
        Map<UUID, DemoPlan.Planned> planOf = new HashMap<>();
        proposals.forEach(r -> planOf.put(r.id(), r.plan()));
        for (Actor expert : experts) {
            for (ReviewTask task : reviews.tasksOf(expert)) {
                DemoPlan.Planned p = planOf.get(task.proposalId());
                if (p != null && p.target().equals("REVIEWED") && !task.submitted()) {
                    reviews.acceptInvitation(task.assignmentId(), expert);
                    score(task.assignmentId(), expert, p, texts, null);
                }
            }
        }
        List<UUID> waiting = proposals.stream().filter(r -> r.plan().target().equals("UNDER_REVIEW"))
                .map(Reviewed::id).toList();
        for (Actor expert : experts) {
            if (reviews.tasksOf(expert).stream().noneMatch(t -> !t.submitted())) {
                waiting.stream().filter(id -> assignOrSkip(id, expert, bureau, null) != null).findFirst()
                        .ifPresent(id -> log.debug("Demo expert {} reviews {}", expert.username(), id));
            }
        }
    }

    /** Signs every other funded project's agreement and pays half of it, once the project exists. */
    void projects(List<Reviewed> funded, Actor bureau, Map<String, String> texts) throws InterruptedException {
        // Projects are created by the project module's listener after the approval commits: poll, bounded by WAIT.
        Instant until = Instant.now().plus(WAIT);
        for (int i = 0; i < funded.size(); i++) {
            UUID proposal = funded.get(i).id();
            while (projects.ofProposal(proposal).isEmpty() && Instant.now().isBefore(until)) {
                Thread.sleep(100);
            }
            var project = projects.ofProposal(proposal);
            if (project.isEmpty()) {
                log.warn("Demo proposal {} was approved but its project did not appear within {}", proposal, WAIT);
            }
            if (i % 2 == 0 && project.isPresent()) {
                projects.signAgreement(project.get().id(), bureau);
                projects.disburse(project.get().id(), funded.get(i).requested().multiply(new BigDecimal("0.4"))
                        .setScale(2, RoundingMode.HALF_UP), texts.get("disbursement"), bureau);
            }
        }
    }

    private void score(UUID assignment, Actor expert, DemoPlan.Planned p, Map<String, String> texts, Instant at) {
        Runnable work = () -> {
            reviews.declareNoConflict(assignment, expert);
            reviews.submitScores(assignment, p.scorePercent(), texts.get("opinion"), p.scorePercent() >= 75, expert);
        };
        if (at == null) {
            work.run();
        } else {
            ReplayClock.at(at, work);
        }
    }

    /** Assigns the expert, or returns null when a rule (conflict of interest, yearly load) refuses. */
    private UUID assignOrSkip(UUID proposal, Actor expert, Actor bureau, Instant at) {
        try {
            return at == null ? reviews.assign(proposal, expert.accountId(), bureau)
                    : ReplayClock.at(at, () -> reviews.assign(proposal, expert.accountId(), bureau));
        } catch (RuleViolation refused) {
            log.debug("Demo expert {} not assigned to {}: {}", expert.username(), proposal, refused.getMessage());
            return null;
        }
    }
}
