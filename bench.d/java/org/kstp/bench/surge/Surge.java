package org.kstp.bench.surge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The deadline-surge load driver behind {@code ./bench surge} (see bench.d/surge.sh, which starts and
 * kills the product). Phases: preparation over HTTP (institutions, applicant accounts, sign-ins,
 * drafts; not timed), the raw PostgreSQL commit-rate probe, the timed surge, and the count in the
 * database. Prints {@code key: value} lines on stdout, progress on stderr.
 */
public final class Surge {

    static final String USER_PREFIX = "surge.";

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String base = opt.get("base");
        Path dataDir = Path.of(opt.get("data-dir"));
        int users = Integer.parseInt(opt.get("users"));
        double duration = Double.parseDouble(opt.get("duration"));
        String adminPassword = opt.get("password");
        Path startedFile = opt.containsKey("started-file") ? Path.of(opt.get("started-file")) : null;
        Path killedFile = opt.containsKey("killed-file") ? Path.of(opt.get("killed-file")) : null;
        double graceS = Double.parseDouble(opt.getOrDefault("grace", "300"));
        Database db = new Database(dataDir);
        Stats stats = new Stats();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("users", users);
        out.put("duration_s", opt.get("duration"));

        // --- Preparation over the product's own pages (not timed) ---
        long prep0 = System.nanoTime();
        Browser bureau = signedIn(base, "bureau.admin", adminPassword);
        Browser sysAdmin = signedIn(base, "sys.admin", adminPassword);
        UUID callId = openCall(signedIn(base, "pi.demo", adminPassword));
        List<String> counties = db.countyCodes();
        String runTag = Long.toString(System.currentTimeMillis() % 100_000);
        log("call %s; registering %d institutions as bureau.admin", callId, users);
        String[] uscc = new String[users];
        parallel(8, users, i -> {
            uscc[i] = uscc(i);
            bureau.get("/directory/organisations/new");
            Browser.Response r = bureau.post("/directory/organisations/new", Map.of("uscc", uscc[i],
                    "name", "Surge bench institute " + runTag + "-" + i, "countyCode", counties.get(i % counties.size())),
                    "/directory/organisations/new");
            expect(r, "/directory/organisations", "registering institution " + i);
        });
        log("opening %d applicant accounts as sys.admin (bcrypt per account)", users);
        String password = "Surge-" + runTag + "-pw1";
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            Applicant a = new Applicant(i, new Browser(base, USER_PREFIX + runTag + "." + i, password), stats, 42L + i);
            a.countyCode = counties.get(i % counties.size());
            applicants.add(a);
        }
        sysAdmin.get("/admin/accounts");
        String seeding = opt.getOrDefault("seed", "auto");
        if (seeding.equals("auto")) {
            seeding = users <= 100 ? "http" : "jdbc";
        }
        out.put("seeding", seeding);
        int viaHttp = seeding.equals("jdbc") ? 1 : users;
        // The system administrator opens the account without a password; the page shows the activation code
        // once, and the applicant sets the password with it on /activate, as a new user does.
        parallel(4, viaHttp, i -> {
            Browser.Response r = sysAdmin.post("/admin/accounts", Map.of("username", applicants.get(i).browser.username,
                    "displayName", "Applicant " + i, "role", "APPLICANT", "countyCode", "",
                    "organisationUscc", uscc[i]), "/admin/accounts");
            java.util.regex.Matcher code = ACTIVATION_CODE.matcher(r.body());
            if (r.status() != 200 || !code.find()) {
                expect(r, "/admin/accounts", "opening account " + i);
            }
            Browser holder = applicants.get(i).browser;
            holder.get("/activate");
            expect(holder.post("/activate", Map.of("code", code.group(1), "password", password,
                    "confirmation", password), "/activate"), "/login", "activating account " + i);
        });
        if (viaHttp < users) {
            log("copying account %s as %d more applicants by JDBC (bench-only seeding)", applicants.get(0).browser.username,
                    users - viaHttp);
            db.copyAccounts(applicants.get(0).browser.username,
                    applicants.subList(viaHttp, users).stream().map(a -> a.browser.username).toList(),
                    Arrays.asList(uscc).subList(viaHttp, users));
        }
        log("signing in %d applicants (before the timed phase: bcrypt is CPU-heavy)", users);
        long login0 = System.nanoTime();
        parallel(4, users, i -> {
            if (!applicants.get(i).browser.login()) {
                throw new IOException("sign-in refused for " + applicants.get(i).browser.username);
            }
        });
        out.put("login_seconds", String.format("%.1f", (System.nanoTime() - login0) / 1e9));
        log("creating %d drafts", users);
        parallel(8, users, i -> applicants.get(i).createDraft(callId));
        out.put("prepare_seconds", String.format("%.1f", (System.nanoTime() - prep0) / 1e9));

        // --- Raw PostgreSQL commit rate, same server and machine, before the surge ---
        int probeThreads = Math.min(users, 100);
        double pgRate = db.commitRate(probeThreads, 5.0);
        log("raw commit rate %.0f/s with %d JDBC threads", pgRate, probeThreads);

        // --- The surge ---
        long t0 = System.nanoTime();
        long wall0 = System.currentTimeMillis();
        if (startedFile != null) {
            Files.writeString(startedFile, Long.toString(wall0));
        }
        log("surge: %d applicants over %.0f s", users, duration);
        long giveUpAt = t0 + (long) ((duration + graceS) * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (Applicant a : applicants) {
            threads.add(Thread.ofVirtual().start(() -> a.surge(t0, duration, giveUpAt)));
        }
        for (Thread t : threads) {
            t.join();
        }
        double surgeS = (System.nanoTime() - t0) / 1e9;
        log("surge over after %.1f s; counting in the database", surgeS);

        // --- Count what the database holds ---
        Map<UUID, Database.Stored> stored = null;
        Map<String, Integer> audited = null;
        for (int attempt = 0; stored == null; attempt++) {
            try {
                stored = db.proposals(callId, USER_PREFIX + runTag + ".");
                audited = db.auditedSubmits();
            } catch (SQLException e) {
                if (attempt > 60) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
        report(out, applicants, stats, stored, audited, surgeS, pgRate, probeThreads, killedFile);
    }

    private static void report(Map<String, Object> out, List<Applicant> applicants, Stats stats,
                               Map<UUID, Database.Stored> stored, Map<String, Integer> audited, double surgeS,
                               double pgRate, int probeThreads, Path killedFile) throws IOException {
        int users = applicants.size();
        long acknowledged = applicants.stream().filter(a -> a.acknowledgedTracking != null).count();
        List<Database.Stored> submitted = stored.values().stream().filter(s -> s.submitRows() > 0).toList();
        long lost = 0;
        List<String> lostWhy = new ArrayList<>();
        for (Applicant a : applicants) {
            if (a.acknowledgedTracking == null) {
                continue;
            }
            Database.Stored s = stored.get(a.proposalId);
            if (s == null || s.submitRows() == 0 || !"SUBMITTED".equals(s.status())
                    || !a.acknowledgedTracking.equals(s.trackingNumber())) {
                lost++;
                lostWhy.add(a.browser.username + " acknowledged " + a.acknowledgedTracking + " stored "
                        + (s == null ? "nothing" : s.status() + " " + s.trackingNumber() + " rows=" + s.submitRows()));
            }
        }
        long extraRows = submitted.stream().mapToLong(s -> s.submitRows() - 1).sum();
        List<String> numbers = submitted.stream().map(Database.Stored::trackingNumber)
                .filter(Objects::nonNull).toList();
        long sharedNumbers = numbers.size() - new HashSet<>(numbers).size();
        Map<UUID, Integer> perPi = new HashMap<>();
        submitted.forEach(s -> perPi.merge(s.pi(), 1, Integer::sum));
        long extraPerPi = perPi.values().stream().mapToLong(n -> n - 1).sum();
        long extraAudit = submitted.stream().mapToLong(s -> Math.max(0, audited.getOrDefault(s.id().toString(), 0) - 1))
                .sum();
        long duplicates = extraRows + sharedNumbers + extraPerPi + extraAudit;
        long serverErrors = stats.counter("server_errors");

        out.put("acknowledged", acknowledged);
        out.put("stored", submitted.size());
        out.put("lost", lost);
        out.put("duplicates", duplicates);
        out.put("duplicate_submit_rows", extraRows);
        out.put("duplicate_tracking_numbers", sharedNumbers);
        out.put("duplicate_proposals_per_applicant", extraPerPi);
        out.put("duplicate_audit_rows", extraAudit);
        out.put("stored_not_acknowledged", submitted.stream()
                .filter(s -> applicants.stream().noneMatch(a -> s.id().equals(a.proposalId) && a.acknowledgedTracking != null))
                .count());
        out.put("not_acknowledged", users - acknowledged);
        out.put("server_errors", serverErrors);
        out.put("io_errors", stats.counter("io_errors"));
        stats.countersStartingWith("error_").forEach((k, v) -> out.put("errors_" + k.substring(6), v));
        out.put("double_clicks", stats.counter("double_clicks"));
        out.put("dropped_submits", stats.counter("dropped_submits"));
        out.put("relogins", stats.counter("relogins"));
        out.put("save_requests", stats.samples("save"));
        out.put("save_p50_ms", stats.percentileMs("save", 50));
        out.put("save_p95_ms", stats.percentileMs("save", 95));
        out.put("save_p99_ms", stats.percentileMs("save", 99));
        out.put("submit_requests", stats.samples("submit"));
        out.put("submit_p50_ms", stats.percentileMs("submit", 50));
        out.put("submit_p95_ms", stats.percentileMs("submit", 95));
        out.put("submit_p99_ms", stats.percentileMs("submit", 99));
        out.put("submit_max_ms", stats.percentileMs("submit", 100));
        out.put("page_p95_ms", stats.percentileMs("page", 95));
        out.put("surge_seconds", String.format("%.1f", surgeS));
        double peak = stats.peakAckRate(5000);
        out.put("submit_rate_per_s", String.format("%.1f", peak));
        out.put("submit_mean_rate_per_s", String.format("%.1f", acknowledged / surgeS));
        out.put("pg_commit_rate_per_s", String.format("%.0f", pgRate));
        out.put("pg_commit_threads", probeThreads);
        out.put("submit_to_commit_ratio", String.format("%.3f", pgRate == 0 ? 0 : peak / pgRate));
        if (killedFile != null && Files.exists(killedFile)) {
            long killedAt = Long.parseLong(Files.readString(killedFile).trim());
            out.put("acknowledged_before_kill", applicants.stream()
                    .filter(a -> a.acknowledgedTracking != null && a.acknowledgedAtMs < killedAt).count());
        }
        out.forEach((k, v) -> System.out.println(k + ": " + v));
        lostWhy.stream().limit(5).forEach(w -> System.out.println("lost_example: " + w));
        applicants.stream().filter(a -> a.acknowledgedTracking == null).limit(5)
                .forEach(a -> System.out.println("not_acknowledged_example: " + a.describe()));

        List<String> why = new ArrayList<>();
        if (lost > 0) why.add(lost + " acknowledged submissions lost");
        if (duplicates > 0) why.add(duplicates + " duplicates");
        if (serverErrors > 0) why.add(serverErrors + " server errors");
        if (acknowledged < users) why.add((users - acknowledged) + " applicants never got an acknowledgement");
        long p95 = stats.percentileMs("submit", 95);
        System.out.println("goal_submit_p95_le_300ms: " + (p95 >= 0 && p95 <= 300 ? "met" : "missed") + " (" + p95 + " ms)");
        System.out.println("result: " + (why.isEmpty() ? "ok" : "FAILED " + String.join("; ", why)));
    }

    /** A made-up but valid USCC: 12 (institution) + 653101 + 9 digits + the GB 32100 check character. */
    static String uscc(int i) {
        String body = "12653101" + String.format("8%08d", i);
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += charset.indexOf(body.charAt(k)) * weights[k];
        }
        int check = 31 - sum % 31;
        return body + charset.charAt(check == 31 ? 0 : check);
    }

    private static Browser signedIn(String base, String user, String password) throws IOException {
        Browser b = new Browser(base, user, password);
        if (!b.login()) {
            throw new IOException("cannot sign in as " + user + " (demo password?)");
        }
        return b;
    }

    /** The open call, as an applicant finds it on the proposals page. */
    private static UUID openCall(Browser applicant) throws IOException {
        Browser.Response r = applicant.get("/proposals");
        Matcher m = Pattern.compile("/proposals/new\\?call=([0-9a-f-]{36})").matcher(r.body());
        if (!m.find()) {
            throw new IOException("no open call offered to pi.demo on /proposals (status " + r.status() + ")");
        }
        return UUID.fromString(m.group(1));
    }

    private static final java.util.regex.Pattern ACTIVATION_CODE =
            java.util.regex.Pattern.compile("data-testid=\"activation-code\">([A-Z0-9-]+)<");

    private static void expect(Browser.Response r, String locationEnd, String what) throws IOException {
        if (r.status() != 302 || r.location() == null || !r.location().endsWith(locationEnd)) {
            String refusal = r.body().replaceAll("(?s)<[^>]+>", " ").replaceAll("\\s+", " ");
            throw new IOException(what + ": answered " + r.status() + " " + r.location() + " "
                    + refusal.substring(0, Math.min(300, refusal.length())));
        }
    }

    interface Step {
        void run(int i) throws Exception;
    }

    /** Runs step(0..n-1) with at most {@code width} at a time; the first failure stops the benchmark. */
    private static void parallel(int width, int n, Step step) throws Exception {
        Semaphore permits = new Semaphore(width);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    permits.acquire();
                    try {
                        step.run(index);
                    } finally {
                        permits.release();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        for (String required : Set.of("base", "data-dir", "users", "duration", "password")) {
            if (!out.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required);
            }
        }
        return out;
    }

    private static final long START = System.nanoTime();

    static void log(String format, Object... args) {
        System.err.printf("[surge %6.1fs] " + format + "%n",
                Stream.concat(Stream.of((System.nanoTime() - START) / 1e9),
                        Arrays.stream(args)).toArray());
    }
}
