package org.kstp.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kstp.common.Actor;
import org.kstp.directory.OrganisationSummary;
import org.kstp.proposal.NewProposal;
import org.springframework.stereotype.Component;

/**
 * Writes and drives the planned proposals, one PI at a time per worker: a PI's proposals go in plan
 * order (the concurrency limit sees them as the plan intends), different PIs in parallel.
 */
@Component
class DemoApplications {

    private static final String SHACHE = "653125";
    private static final String PI_DEMO = "pi.demo";

    private final DemoPeople people;
    private final DemoProposals proposals;
    private final DemoCalls calls;

    DemoApplications(DemoPeople people, DemoProposals proposals, DemoCalls calls) {
        this.people = people;
        this.proposals = proposals;
        this.calls = calls;
    }

    /** Everything a proposal's drive needs besides the proposal itself. */
    record Context(List<OrganisationSummary> orgs, LivingData living, Map<LivingCall, UUID> callIds, Actor bureau,
                   String password, LocalDate today, Instant now) {
    }

    /** Drives every planned proposal; returns the proposal ids by their index in the plan. */
    Map<Integer, UUID> driveAll(DemoPlan plan, Context context) throws InterruptedException {
        Map<String, List<Integer>> byPi = new LinkedHashMap<>();
        Map<String, String> usernames = usernames(plan);
        for (int i = 0; i < plan.proposals().size(); i++) {
            DemoPlan.Person pi = plan.proposals().get(i).pi();
            byPi.computeIfAbsent(pi == null ? PI_DEMO : usernames.get(pi.citizenId()), u -> new ArrayList<>()).add(i);
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Map<Integer, UUID>>> done = new ArrayList<>();
            byPi.forEach((username, indexes) -> done.add(workers.submit(() -> drivePi(username, indexes, plan, context))));
            Map<Integer, UUID> ids = new HashMap<>();
            for (Future<Map<Integer, UUID>> f : done) {
                ids.putAll(f.get());
            }
            return ids;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The living demo could not drive a proposal", e.getCause());
        } finally {
            workers.shutdown();
        }
    }

    /** Each generated PI's account name (pi.d0001 …), by citizen ID, numbered in plan order. */
    static Map<String, String> usernames(DemoPlan plan) {
        Map<String, String> usernames = new HashMap<>();
        plan.proposals().stream().filter(p -> p.pi() != null).forEach(p -> usernames.computeIfAbsent(
                p.pi().citizenId(), id -> String.format("pi.d%04d", usernames.size() + 1)));
        return usernames;
    }

    private Map<Integer, UUID> drivePi(String username, List<Integer> indexes, DemoPlan plan, Context c) {
        Map<Integer, UUID> ids = new HashMap<>();
        Actor pi = null;
        for (int i : indexes) {
            DemoPlan.Planned p = plan.proposals().get(i);
            OrganisationSummary org = p.institution() < 0 ? people.hostOf(PI_DEMO) : c.orgs().get(p.institution());
            if (pi == null) {
                pi = p.pi() == null ? people.actor(PI_DEMO)
                        : people.applicant(username, p.pi(), org, p.discipline(), c.password());
            }
            ids.put(i, drive(p, pi, org, c));
        }
        return ids;
    }

    private UUID drive(DemoPlan.Planned p, Actor pi, OrganisationSummary org, Context c) {
        List<NewProposal.Member> team = p.team().stream().map(m -> new NewProposal.Member(m.name(), m.title(),
                org.name(), c.living().texts().get("duty"), null, people.file(m, org, p.discipline(), null, pi),
                p.discipline())).toList();
        String county = org.countyCode();
        Actor host = people.actor(p.institution() < 0 ? "inst.admin" : adminOf(p.institution(), c.orgs()));
        Actor countyStaff = people.actor(county.equals(SHACHE) ? "county.shache" : "county." + county);
        UUID callId = c.callIds().get(p.call());
        DemoProposals.Route route = new DemoProposals.Route(pi, host, countyStaff, c.bureau(),
                calls.firstCheckItem(callId));
        return proposals.drive(p, DemoProposals.content(p, c.living(), county, team, c.today()), callId, route,
                c.today(), c.now());
    }

    /** The administrator username {@link DemoPeople#institutions} gave the institution. */
    private static String adminOf(int index, List<OrganisationSummary> orgs) {
        String county = orgs.get(index).countyCode();
        long before = orgs.subList(0, index).stream().filter(o -> o.countyCode().equals(county)).count();
        return "inst." + county + "." + (before + 1);
    }
}
