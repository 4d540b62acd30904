package org.kstp.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.directory.OrganisationSummary;
import org.kstp.platform.ReplayClock;
import org.kstp.proposal.NewProposal;
import org.kstp.proposal.ProposalCommands;
import org.springframework.stereotype.Component;

/**
 * Drives one planned proposal to its target state through the steps its users take, each dated
 * inside the call's history (the replayed clock): drafted and submitted while the call was open,
 * endorsed and recommended days later, taken in and checked after the deadline.
 */
@Component
class DemoProposals {

    private static final List<String> AFTER_SUBMISSION = List.of("ENDORSED", "RECOMMENDED", "ACCEPTED",
            "FORMALLY_CHECKED", "FORMALLY_REJECTED", "UNDER_REVIEW", "REVIEWED", "APPROVED", "DECLINED");
    private static final int INTAKE = 3;

    private final ProposalCommands proposals;
    private Map<String, String> texts = Map.of();

    DemoProposals(ProposalCommands proposals) {
        this.proposals = proposals;
    }

    /** The reasons users give, from demo.yml. */
    void use(Map<String, String> demoTexts) {
        this.texts = demoTexts;
    }

    /** The people a proposal meets on its way, and the formal-check item a rejection names. */
    record Route(Actor pi, Actor host, Actor county, Actor bureau, String checkItem) {
    }

    /** Drafts and drives the proposal; stops at the formal check for states that review takes further. */
    UUID drive(DemoPlan.Planned p, NewProposal content, UUID callId, Route route, LocalDate today, Instant now) {
        Instant start = p.call().opensAt(today);
        Instant last = p.call().historyEnds(today, now).minus(Duration.ofDays(4));
        Instant drafted = start.plus(Duration.between(start, last).multipliedBy(p.dayShare()).dividedBy(100));
        UUID id = ReplayClock.at(drafted, () -> proposals.draft(callId, content, route.pi()));
        if (p.target().equals("DRAFT")) {
            return id;
        }
        Instant submitted = drafted.plus(Duration.ofDays(1));
        ReplayClock.at(submitted, () -> proposals.submit(id, route.pi()));
        switch (p.target()) {
            case "WITHDRAWN" -> ReplayClock.at(submitted.plus(Duration.ofDays(1)),
                    () -> proposals.withdraw(id, text("withdrawReason"), route.pi()));
            case "RETURNED" -> ReplayClock.at(submitted.plus(Duration.ofDays(2)), () -> proposals.returnForRevision(id,
                    text("returnReason"), route.host()));
            default -> forward(p, id, submitted, route, today);
        }
        return id;
    }

    private void forward(DemoPlan.Planned p, UUID id, Instant submitted, Route route, LocalDate today) {
        int reached = AFTER_SUBMISSION.indexOf(p.target());
        if (reached < 0) {
            return; // SUBMITTED: waits for the host
        }
        ReplayClock.at(submitted.plus(Duration.ofDays(2)), () -> proposals.endorse(id, route.host()));
        if (p.call().recommendation() && reached >= 1) {
            ReplayClock.at(submitted.plus(Duration.ofDays(5)), () -> proposals.recommend(id, route.county()));
        }
        if (reached < 2) {
            return;
        }
        Instant closed = p.call().closesAt(today);
        ReplayClock.at(closed.plus(Duration.ofDays(INTAKE)), () -> proposals.accept(id, route.bureau()));
        Instant checked = closed.plus(Duration.ofDays(INTAKE + 5));
        if (p.target().equals("FORMALLY_REJECTED")) {
            ReplayClock.at(checked, () -> proposals.rejectFormally(id, route.checkItem(),
                    text("rejectNote"), route.bureau()));
        } else if (reached >= 3) {
            ReplayClock.at(checked, () -> proposals.passFormalCheck(id, route.bureau()));
        }
    }

    private String text(String key) {
        return texts.get(key);
    }

    /** The proposal form as its PI fills it in: one budget line, one indicator, one milestone over two years. */
    static NewProposal content(DemoPlan.Planned p, LivingData data, String county, List<NewProposal.Member> team,
                               LocalDate today) {
        LocalDate start = p.call().closesAt(today).atZone(BusinessTime.ZONE).toLocalDate().plusMonths(3);
        BigDecimal indirect = p.operations().divide(BigDecimal.TEN).setScale(2);
        Map<String, String> t = data.texts();
        return new NewProposal(p.title(), t.get("abstract").replace("{title}", p.title()), p.category(),
                data.programmes().get(p.call().programme()).get("planTask"), data.industries().get(p.category()),
                county, p.discipline(), null, p.operations(), indirect, start, start.plusYears(2).minusDays(1), team,
                new NewProposal.Indicator(t.get("indicatorName"), String.valueOf(500 + p.dayShare() * 10),
                        t.get("indicatorUnit")), t.get("milestone"), t.get("deliverable"));
    }
}
