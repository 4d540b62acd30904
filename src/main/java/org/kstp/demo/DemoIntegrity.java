package org.kstp.demo;

import java.util.Optional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.kstp.common.Actor;
import org.kstp.common.CitizenIdHash;
import org.kstp.integrity.IntegrityCommands;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.NewFinding;
import org.springframework.stereotype.Component;

/**
 * A few integrity records: a warning and a team-member ban on team members of last year's proposals
 * that ended, and a ban on applying for the PI of a funded project, which raises a warning on that
 * project for the bureau. The subjects have no other proposal, so no proposal state changes.
 */
@Component
class DemoIntegrity {

    private final IntegrityCommands integrity;
    private final DemoPeople people;

    DemoIntegrity(IntegrityCommands integrity, DemoPeople people) {
        this.integrity = integrity;
        this.people = people;
    }

    void seed(DemoPlan plan, Map<String, String> texts, Actor bureau, LocalDate today) {
        int[] n = {0};
        first(plan, p -> p.target().equals("DECLINED")).ifPresent(p -> record(p.team().getFirst(), null,
                texts.get("warning"), "MINOR", MeasureKind.WARNING, null, texts, bureau, today, ++n[0]));
        first(plan, p -> p.target().equals("WITHDRAWN") && p.call().lastYear()).ifPresent(p -> record(
                p.team().getFirst(), null, texts.get("teamBan"), "SERIOUS", MeasureKind.BAN_TEAM_MEMBER,
                today.plusYears(1), texts, bureau, today, ++n[0]));
        Map<String, String> usernames = DemoApplications.usernames(plan);
        first(plan, p -> p.target().equals("APPROVED") && p.pi() != null && onlyProposalOf(plan, p.pi()))
                .ifPresent(p -> record(p.pi(), people.actor(usernames.get(p.pi().citizenId())).accountId(),
                        texts.get("applyBan"), "SERIOUS", MeasureKind.BAN_APPLY, today.plusYears(2), texts, bureau,
                        today, ++n[0]));
    }

    private void record(DemoPlan.Person person, UUID accountId, String finding, String tier, MeasureKind kind,
                        LocalDate end, Map<String, String> texts, Actor bureau, LocalDate today, int n) {
        String document = texts.get("documentNumber").replace("{year}", String.valueOf(today.getYear()))
                .replace("{n}", String.valueOf(n));
        integrity.recordResearcherFinding(new NewFinding(person.name(), accountId,
                CitizenIdHash.of(person.citizenId()), finding, texts.get("issuer"), document, today.minusDays(10),
                tier, List.of(new NewFinding.NewMeasure(kind, today.minusDays(10), end))), bureau);
    }

    private static Optional<DemoPlan.Planned> first(DemoPlan plan, Predicate<DemoPlan.Planned> test) {
        return plan.proposals().stream().filter(test).findFirst();
    }

    private static boolean onlyProposalOf(DemoPlan plan, DemoPlan.Person pi) {
        return plan.proposals().stream().filter(p -> pi.equals(p.pi())).count() == 1;
    }
}
