package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;
import org.kstp.expert.domain.Availability;
import org.kstp.expert.domain.Employment;
import org.kstp.expert.domain.ExpertStatus;
import org.kstp.expert.domain.Relation;
import org.kstp.expert.domain.RelationKind;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.Subject;

/**
 * `./bench coi`: fills the product's {@link PoolIndex} with N generated experts and times
 * {@link ConflictEngine#screen} (what {@code ExpertApi.eligibleExperts} runs) for one proposal at a
 * time against the whole pool. The integrity register is stood in for by a hash set of sanctioned
 * accounts (1% of experts): the real index answers a person check with the same few map lookups, and
 * the expert module may not reach into the integrity module's internals. No Spring, no database.
 * Arguments: experts, checks.
 */
public final class CoiBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final String[] REGIONS = {"653101", "653121", "653122", "653123", "653124", "653125", "653126",
        "653127", "653128", "653129", "653130", "653131", "Shandong", "Shanghai", "Guangdong", "Beijing"};

    private CoiBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 70_000;
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Random random = new Random(42);
        List<UUID> organisations = ids(Math.max(n / 35, 10));
        List<UUID> people = ids(n * 3);
        Set<UUID> sanctioned = new HashSet<>();
        List<ExpertFacts> experts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ExpertFacts e = expert(random, organisations, people, i);
            experts.add(e);
            if (random.nextInt(100) == 0) {
                sanctioned.add(e.accountId());
            }
        }
        long t0 = System.nanoTime();
        PoolIndex index = new PoolIndex(experts);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        ConflictEngine engine = new ConflictEngine(integrity(sanctioned));
        ConflictSettings settings = ConflictSettings.defaults().withSameCounty(true);
        System.out.println("experts: " + n);
        System.out.println("index_build_ms: " + buildMs);
        run(engine, index, settings, random, organisations, people, experts, Math.max(checks / 2, 50));
        long[] nanos = run(engine, index, settings, random, organisations, people, experts, checks);
        Arrays.sort(nanos);
        System.out.println("checks: " + checks);
        System.out.printf("coi_check_p50_ms: %.2f%n", nanos[nanos.length / 2] / 1e6);
        System.out.printf("coi_check_p99_ms: %.2f%n", nanos[(int) (nanos.length * 0.99)] / 1e6);
    }

    private static long[] run(ConflictEngine engine, PoolIndex index, ConflictSettings settings, Random random,
                              List<UUID> organisations, List<UUID> people, List<ExpertFacts> experts, int checks) {
        long[] nanos = new long[checks];
        long excluded = 0;
        for (int i = 0; i < checks; i++) {
            ProposalParties parties = proposal(random, organisations, people, experts);
            long start = System.nanoTime();
            ConflictEngine.Screening screening = engine.screen(parties, index, TODAY, settings);
            nanos[i] = System.nanoTime() - start;
            excluded += screening.excluded().size();
        }
        System.out.println("excluded_per_check_avg: " + excluded / checks);
        return nanos;
    }

    private static ExpertFacts expert(Random random, List<UUID> organisations, List<UUID> people, int i) {
        List<Employment> jobs = new ArrayList<>();
        for (int j = random.nextInt(3); j > 0; j--) {
            LocalDate left = TODAY.minusDays(random.nextInt(3650));
            jobs.add(new Employment(pick(random, organisations), left.minusYears(5), left));
        }
        List<Relation> relations = new ArrayList<>();
        for (int j = random.nextInt(4); j > 0; j--) {
            RelationKind kind = RelationKind.values()[random.nextInt(RelationKind.values().length)];
            relations.add(new Relation(kind, pick(random, people), "Person " + random.nextInt(1_000_000), null,
                    random.nextBoolean() ? null : TODAY.minusDays(random.nextInt(3650))));
        }
        List<Availability> availability = random.nextInt(10) == 0
                ? List.of(new Availability(TODAY.minusDays(random.nextInt(200)), TODAY.plusDays(random.nextInt(200) - 50)))
                : List.of();
        ExpertStatus status = random.nextInt(20) == 0 ? ExpertStatus.SUSPENDED : ExpertStatus.ACTIVE;
        return new ExpertFacts(UUID.randomUUID(), "Expert " + i, "expert." + i, status, pick(random, organisations),
                jobs, relations, REGIONS[random.nextInt(REGIONS.length)], availability);
    }

    /**
     * A proposal with a PI, 10 team members (each with an employer), 2 partners, 20 coworkers and 3
     * applicant exclusions, some of them experts.
     */
    private static ProposalParties proposal(Random random, List<UUID> organisations, List<UUID> people,
                                            List<ExpertFacts> experts) {
        List<ProposalParties.Person> team = new ArrayList<>();
        for (int j = 0; j < 10; j++) {
            UUID account = j == 0 ? pick(random, experts).accountId() : pick(random, people);
            team.add(new ProposalParties.Person(account, "Member " + random.nextInt(1_000_000),
                    pick(random, organisations)));
        }
        Map<UUID, LocalDate> coworkers = new HashMap<>();
        for (int j = 0; j < 20; j++) {
            UUID account = j % 4 == 0 ? pick(random, experts).accountId() : pick(random, people);
            coworkers.put(account, TODAY.minusDays(random.nextInt(2000)));
        }
        List<ProposalParties.Exclusion> exclusions = List.of(
                new ProposalParties.Exclusion(pick(random, experts).accountId(), "competitor"),
                new ProposalParties.Exclusion(pick(random, experts).accountId(), "dispute"),
                new ProposalParties.Exclusion(pick(random, experts).accountId(), "rival"));
        UUID host = pick(random, organisations);
        return new ProposalParties(UUID.randomUUID(), new ProposalParties.Person(pick(random, people), "PI", host), team,
                host, List.of(pick(random, organisations), pick(random, organisations)), REGIONS[random.nextInt(12)], exclusions, coworkers);
    }

    private static IntegrityApi integrity(Set<UUID> sanctioned) {
        return new IntegrityApi() {
            @Override
            public IntegrityVerdict check(Subject subject, Activity activity, LocalDate date) {
                return check(List.of(subject), activity, date);
            }

            @Override
            public IntegrityVerdict check(List<Subject> subjects, Activity activity, LocalDate date) {
                for (Subject s : subjects) {
                    if (sanctioned.contains(s.accountId())) {
                        return new IntegrityVerdict(List.of(new IntegrityVerdict.Reason(s, s.accountId(),
                                MeasureKind.BAN_REVIEW, date.minusYears(1), null, "Bureau", "KJ-B")));
                    }
                }
                return IntegrityVerdict.ALLOWED;
            }
        };
    }

    private static List<UUID> ids(int count) {
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
