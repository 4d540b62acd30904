package org.kstp.integrity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.kstp.integrity.Activity;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.Subject;

/**
 * `./bench integrity`: fills the product's {@link IntegrityIndex} with N generated records (through
 * {@link RecordHistory#current()} and {@link IntegrityIndex#put}, as the start-up load does) and times
 * the proposal-sized check (30 persons + 5 organisations) that {@code IntegrityService} runs. No Spring,
 * no database: the check path never touches either. Arguments: records, checks.
 */
public final class IndexBenchmark {

    private IndexBenchmark() {
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Random random = new Random(42);
        IntegrityIndex index = new IntegrityIndex(SanctionRules.defaults());
        List<Subject> known = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < records; i++) {
            Party party = party(random, i);
            index.put(new RecordHistory(finding(random, party, i), List.of()).current());
            if (i % 1000 == 0) {
                known.add(party.subject());
            }
        }
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.println("records: " + records);
        System.out.println("index_build_ms: " + buildMs);
        System.out.println("heap_used_mb: " + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        time(index, known, random, Math.max(checks / 4, 1000), false);
        long[] nanos = time(index, known, random, checks, true);
        Arrays.sort(nanos);
        System.out.println("checks: " + checks);
        System.out.printf("check_p50_us: %.1f%n", nanos[nanos.length / 2] / 1000.0);
        System.out.printf("check_p99_us: %.1f%n", nanos[(int) (nanos.length * 0.99)] / 1000.0);
        System.out.printf("check_max_us: %.1f%n", nanos[nanos.length - 1] / 1000.0);
    }

    /** Times checks of proposal-sized subject lists; one in five contains a subject with a record (maybe expired). */
    private static long[] time(IntegrityIndex index, List<Subject> known, Random random, int n, boolean report) {
        long[] nanos = new long[n];
        int blocked = 0;
        LocalDate date = LocalDate.of(2026, 6, 1);
        for (int i = 0; i < n; i++) {
            List<Subject> team = new ArrayList<>(35);
            for (int p = 0; p < 30; p++) {
                team.add(Subject.person(UUID.randomUUID(), "p" + p));
            }
            for (int o = 0; o < 5; o++) {
                team.add(Subject.organisation(uscc(random.nextInt(Integer.MAX_VALUE)), "o" + o));
            }
            if (random.nextInt(5) == 0) {
                team.set(random.nextInt(35), known.get(random.nextInt(known.size())));
            }
            long start = System.nanoTime();
            boolean allowed = index.check(team, Activity.TEAM_MEMBER, date).allowed()
                    && index.check(team.subList(30, 35), Activity.HOST, date).allowed();
            nanos[i] = System.nanoTime() - start;
            blocked += allowed ? 0 : 1;
        }
        if (report) {
            System.out.println("checks_blocked: " + blocked);
        }
        return nanos;
    }

    private static Party party(Random random, int i) {
        return switch (i % 10) {
            case 0, 1, 2 -> new Party(SubjectType.IMPLEMENTING_INSTITUTION, null, null, null, uscc(i), "org" + i);
            case 3 -> new Party(SubjectType.RESEARCHER, null, "p" + i, String.format("%064x", i), null, null);
            default -> new Party(SubjectType.RESEARCHER, new UUID(random.nextLong(), i), "p" + i, null, null, null);
        };
    }

    private static Entry finding(Random random, Party party, int i) {
        LocalDate start = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(3000));
        Tier tier = Tier.values()[1 + random.nextInt(3)];
        int years = switch (tier) {
            case SERIOUS -> 1 + random.nextInt(3);
            case GRAVE -> 3 + random.nextInt(3);
            default -> 5 + random.nextInt(6);
        };
        MeasureKind kind = party.isOrganisation() ? MeasureKind.BAN_HOST : MeasureKind.BAN_APPLY;
        List<Measure> measures = List.of(new Measure(kind, null, start, SanctionRules.lastDay(start, years)),
                new Measure(MeasureKind.NOTICE_OF_CRITICISM, null, start, start));
        return new Entry(UUID.randomUUID(), i, EntryKind.FINDING, null, party, "generated", new Decision("Bench",
                "B-" + i, start), tier, null, null, null, measures, Instant.EPOCH, new UUID(0, 0), "bench");
    }

    /** An 18-character code-shaped key (check digit not computed: the index matches codes as given). */
    private static String uscc(int n) {
        return String.format("91653100%010d", n);
    }
}
