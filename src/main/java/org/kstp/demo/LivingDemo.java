package org.kstp.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.directory.CountySummary;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The living demo: a prefecture in motion, drawn from {@code kstp.demo.seed} and driven through the
 * modules' public commands. Created once, after the demo accounts; skipped when its first
 * institution administrator exists or {@code kstp.demo.proposals} is 0.
 */
@Component
class LivingDemo {

    private static final Logger log = LoggerFactory.getLogger(LivingDemo.class);

    private final DemoSettings settings;
    private final DirectoryApi directory;
    private final DemoPeople people;
    private final DemoCalls calls;
    private final DemoProposals proposals;
    private final DemoApplications applications;
    private final DemoReviews reviews;
    private final DemoDemands demands;
    private final DemoIntegrity integrity;
    private final Clock clock;

    LivingDemo(DemoSettings settings, DirectoryApi directory, DemoPeople people, DemoCalls calls,
               DemoProposals proposals, DemoApplications applications, DemoReviews reviews, DemoDemands demands,
               DemoIntegrity integrity, Clock clock) {
        this.integrity = integrity;
        this.demands = demands;
        this.applications = applications;
        this.settings = settings;
        this.directory = directory;
        this.people = people;
        this.calls = calls;
        this.proposals = proposals;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The plan for this installation's seed and size. */
    DemoPlan plan(DemoData data) {
        return DemoPlan.draw(settings.seed(), settings.proposals(), data.experts().size(), counties(),
                LivingData.of(data.living()));
    }

    /** Creates the living demo unless it is there or switched off; true when it was created now. */
    boolean seed(DemoData data, String password) throws InterruptedException {
        if (settings.proposals() <= 0 || people.exists(DemoPeople.MARKER)) {
            return false;
        }
        long started = System.nanoTime();
        LivingData living = LivingData.of(data.living());
        DemoPlan plan = plan(data);
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        Instant now = clock.instant();
        List<OrganisationSummary> orgs = people.institutions(plan.institutions(), password);
        people.countyStaff(counties(), living.texts().get("countyBureau"), password);
        Actor bureau = people.actor("bureau.admin");
        Map<LivingCall, UUID> callIds = calls.create(living, bureau, today);
        proposals.use(living.texts());
        Map<Integer, UUID> ids = applications.driveAll(plan, new DemoApplications.Context(orgs, living, callIds,
                bureau, password, today, now));
        Map<LivingCall, List<DemoReviews.Reviewed>> toReview = new EnumMap<>(LivingCall.class);
        for (int i = 0; i < plan.proposals().size(); i++) {
            DemoPlan.Planned p = plan.proposals().get(i);
            if (List.of("APPROVED", "DECLINED", "UNDER_REVIEW", "REVIEWED").contains(p.target())) {
                toReview.computeIfAbsent(p.call(), c -> new ArrayList<>()).add(new DemoReviews.Reviewed(ids.get(i), p,
                        p.operations().add(p.operations().divide(BigDecimal.TEN)).setScale(2)));
            }
        }
        List<Actor> experts = data.experts().stream().map(e -> people.actor((String) e.get("username"))).toList();
        List<DemoReviews.Reviewed> lastYear = new ArrayList<>();
        toReview.forEach((call, list) -> {
            if (call.lastYear()) {
                lastYear.addAll(list);
            }
        });
        reviews.lastYear(lastYear, experts, bureau, living.texts(), today);
        reviews.thisYear(callIds.get(LivingCall.RESEARCH_THIS_YEAR),
                toReview.getOrDefault(LivingCall.RESEARCH_THIS_YEAR, List.of()), experts, bureau, living.texts(), today);
        reviews.projects(lastYear.stream().filter(r -> r.plan().target().equals("APPROVED")).toList(), bureau,
                living.texts());
        integrity.seed(plan, living.integrity(), bureau, today);
        demands.seed(counties(), living, bureau, now);
        log.info("Living demo created in {} ms: {} institutions in {} counties, {} proposals (seed {})",
                (System.nanoTime() - started) / 1_000_000, plan.institutions().size(), counties().size(),
                plan.proposals().size(), settings.seed());
        return true;
    }

    private List<CountySummary> counties() {
        return directory.counties().stream().sorted(Comparator.comparing(CountySummary::code)).toList();
    }
}
