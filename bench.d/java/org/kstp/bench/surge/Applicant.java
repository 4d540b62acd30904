package org.kstp.bench.surge;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One applicant in the surge: opens the draft, saves it a few times, then submits, as a plain user
 * (2 in 10 double-click Submit, 1 in 10 lose the connection during Submit and press it again), and
 * believes the submission went through only when the proposal page shows a tracking number.
 * Like a person, the applicant retries what failed (connection refused, reset, time-out, 5xx) and
 * signs in again when the session is gone (after a restart), until the give-up time.
 */
final class Applicant {

    enum Style { PLAIN, DOUBLE_CLICK, DROPPED_CONNECTION }

    private static final Pattern TRACKING = Pattern.compile(
            "data-testid=\"tracking-number\"[^>]*>[^<]*?(KS\\d{4}-\\d{6})");
    private static final Pattern STATUS = Pattern.compile("data-testid=\"proposal-status\"[^>]*>([^<]*)<");
    private static final Pattern REFUSAL = Pattern.compile("(?s)data-testid=\"refusal\"[^>]*>(.*?)</div>");
    private static final String SUBMITTED_LABEL = "\u5df2\u63d0\u4ea4"; // proposal.ProposalStatus.SUBMITTED (zh-CN)

    final int index;
    final Browser browser;
    final Stats stats;
    final Random random;
    final Style style;
    UUID proposalId;
    String countyCode;
    /** Set when the proposal page confirmed the submission. */
    volatile String acknowledgedTracking;
    volatile long acknowledgedAtMs;
    volatile String lastProblem;

    Applicant(int index, Browser browser, Stats stats, long seed) {
        this.index = index;
        this.browser = browser;
        this.stats = stats;
        // Scrambled: java.util.Random gives nearly equal first values for neighbouring seeds.
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        double r = random.nextDouble();
        this.style = r < 0.2 ? Style.DOUBLE_CLICK : r < 0.3 ? Style.DROPPED_CONNECTION : Style.PLAIN;
    }

    private String callItemId;

    /** The form fields of a complete proposal; {@code version} varies the text and amounts per save. */
    Map<String, String> form(int version) {
        long direct = 100_000 + 1_000L * ((index * 7 + version) % 100);
        long indirect = direct / 5; // 20 % of direct operations costs: under the 30 % tier
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", "Surge bench proposal " + index + " (rev " + version + ")");
        f.put("summary", "Deadline surge benchmark: drip irrigation and jujube quality, revision " + version
                + ". " + "Field trials in three townships; yield and sugar content measured each season.");
        f.put("keywords", "jujube; drip irrigation; benchmark");
        f.put("planTaskCode", "T1");
        f.put("industryCode", "FRUIT");
        f.put("countyCode", countyCode);
        f.put("requestedAmount", (direct + indirect) + ".00");
        f.put("plannedStartOn", "2027-01-01");
        f.put("plannedEndOn", "2028-12-31");
        // What the demo call requires besides the basics: its item, a discipline, an indicator, a milestone.
        if (callItemId != null) {
            f.put("callItemId", callItemId);
        }
        f.put("disciplineCode", "22045");
        f.put("indicators[0].name", "Demonstration orchards");
        f.put("indicators[0].targetValue", String.valueOf(100 + version));
        f.put("indicators[0].unit", "mu");
        f.put("milestones[0].startsOn", "2027-03-01");
        f.put("milestones[0].endsOn", "2027-12-31");
        f.put("milestones[0].milestone", "Trial plots set up");
        f.put("milestones[0].deliverable", "Trial report");
        f.put("team[0].name", "Applicant " + index);
        f.put("team[0].title", "Researcher");
        f.put("budget[0].category", "OPERATIONS");
        f.put("budget[0].item", "Field trials and testing");
        f.put("budget[0].amount", direct + ".00");
        f.put("indirectAmount", indirect + ".00");
        return f;
    }

    /** Preparation (not timed): the draft exists before the last minutes, as most do. */
    void createDraft(UUID callId) throws IOException {
        Browser.Response page = browser.get("/proposals/new?call=" + callId);
        if (page.status() != 200) {
            throw new IOException(browser.username + ": new proposal form answered " + page.status());
        }
        // The call's first item, as the applicant picks it in the form (calls without items offer none).
        Matcher item = Pattern.compile("name=\"callItemId\"[\\s\\S]*?<option value=\"([0-9a-f-]{36})\"")
                .matcher(page.body());
        callItemId = item.find() ? item.group(1) : null;
        Browser.Response r = browser.post("/proposals/new?call=" + callId, form(0), "/proposals/new?call=" + callId);
        Matcher m = Pattern.compile("/proposals/([0-9a-f-]{36})$").matcher(r.location() == null ? "" : r.location());
        if (r.status() != 302 || !m.find()) {
            throw new IOException(browser.username + ": creating the draft answered " + r.status() + " " + r.location());
        }
        proposalId = UUID.fromString(m.group(1));
        browser.get(view()); // the draft page, once, as after creating it
    }

    /** The timed part; all times in System.nanoTime() terms. */
    void surge(long t0, double durationS, long giveUpAt) {
        double submitAt = random.nextDouble() < 0.5 ? durationS * (0.85 + 0.13 * random.nextDouble())
                : durationS * (0.1 + 0.75 * random.nextDouble());
        double openAt = submitAt * 0.5 * random.nextDouble();
        int saves = 1 + random.nextInt(3);
        double[] saveAt = new double[saves];
        for (int i = 0; i < saves; i++) {
            saveAt[i] = openAt + (submitAt - openAt) * random.nextDouble();
        }
        Arrays.sort(saveAt);
        try {
            sleepUntil(t0, openAt);
            request("page", giveUpAt, () -> browser.get(view()), r -> r.status() == 200);
            for (int i = 0; i < saves; i++) {
                sleepUntil(t0, saveAt[i]);
                int version = i + 1;
                request("save", giveUpAt, () -> browser.post(view() + "/edit", form(version), view() + "/edit"),
                        r -> r.status() == 302 && r.location() != null && r.location().endsWith(view()));
            }
            sleepUntil(t0, submitAt);
            submit(giveUpAt);
        } catch (GaveUp e) {
            stats.count("gave_up");
            lastProblem = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit(long giveUpAt) throws GaveUp, InterruptedException {
        String path = view() + "/actions/SUBMIT";
        if (style == Style.DROPPED_CONNECTION) {
            try {
                browser.postAndDrop(path, view(), random.nextBoolean());
                stats.count("dropped_submits");
            } catch (IOException e) {
                stats.count("io_errors");
            }
            Thread.sleep(500 + random.nextInt(1500)); // "did it go through?" ... press Submit again
        }
        for (int attempt = 1; ; attempt++) {
            if (style == Style.DOUBLE_CLICK && attempt == 1) {
                AtomicReference<Browser.Response> second = new AtomicReference<>();
                Thread other = Thread.ofVirtual().start(() -> {
                    try {
                        second.set(submitOnce(giveUpAt));
                    } catch (GaveUp ignored) {
                        // the first click's outcome decides
                    }
                });
                submitOnce(giveUpAt);
                other.join();
                stats.count("double_clicks");
            } else {
                submitOnce(giveUpAt);
            }
            // The user looks at the page the submit led to.
            Browser.Response page = request("page", giveUpAt, () -> browser.get(view()), r -> r.status() == 200);
            Matcher tracking = TRACKING.matcher(page.body());
            Matcher status = STATUS.matcher(page.body());
            if (tracking.find() && status.find() && status.group(1).trim().equals(SUBMITTED_LABEL)) {
                acknowledgedTracking = tracking.group(1);
                acknowledgedAtMs = System.currentTimeMillis();
                stats.ackTimes.add(acknowledgedAtMs);
                return;
            }
            Matcher refusal = REFUSAL.matcher(page.body());
            lastProblem = "submit not confirmed: " + (refusal.find() ? refusal.group(1).replaceAll("\\s+", " ").trim()
                    : "no tracking number");
            stats.count("submit_not_confirmed");
            if (attempt >= 5 || System.nanoTime() > giveUpAt) {
                throw new GaveUp(lastProblem);
            }
            Thread.sleep(1000);
        }
    }

    private Browser.Response submitOnce(long giveUpAt) throws GaveUp {
        return request("submit", giveUpAt, () -> browser.post(view() + "/actions/SUBMIT", Map.of(), view()),
                r -> r.status() == 302 && r.location() != null && r.location().endsWith(view()));
    }

    private String view() {
        return "/proposals/" + proposalId;
    }

    interface Call {
        Browser.Response run() throws IOException;
    }

    static final class GaveUp extends Exception {
        GaveUp(String why) {
            super(why);
        }
    }

    /**
     * Sends until an expected answer, the way a persistent user would: connection errors and 5xx are
     * counted and retried with a back-off; a lost session (302 to /login, or 403 for a CSRF token the
     * new server does not know) means signing in again. Latency is recorded for every answer.
     */
    Browser.Response request(String kind, long giveUpAt, Call call, Predicate<Browser.Response> ok)
            throws GaveUp {
        long backoffMs = 200;
        int unexpected = 0;
        while (true) {
            if (System.nanoTime() > giveUpAt) {
                throw new GaveUp(kind + ": gave up, last problem: " + lastProblem);
            }
            try {
                Browser.Response r = call.run();
                stats.latency(kind, r.nanos());
                if (ok.test(r)) {
                    return r;
                }
                if (r.toLogin() || r.status() == 403) {
                    stats.count("session_lost_" + kind + "_" + r.status());
                    relogin(giveUpAt);
                    continue;
                }
                if (r.status() >= 500) {
                    stats.count("server_errors");
                    stats.count("error_http_" + r.status() + "_" + kind);
                } else {
                    stats.count("error_unexpected_" + r.status() + "_" + kind);
                }
                lastProblem = kind + " answered " + r.status() + (r.location() == null ? "" : " -> " + r.location());
                if (++unexpected >= 5) {
                    throw new GaveUp(lastProblem);
                }
            } catch (IOException e) {
                stats.count("io_errors");
                stats.count("error_io_" + kind);
                lastProblem = kind + ": " + e;
            }
            sleepMs(backoffMs);
            backoffMs = Math.min(backoffMs * 2, 2000);
        }
    }

    /** Signs in again (fresh cookie jar) and loads the proposal page for a new CSRF token. */
    private void relogin(long giveUpAt) throws GaveUp {
        long backoffMs = 200;
        while (System.nanoTime() < giveUpAt) {
            try {
                long t = System.nanoTime();
                if (browser.login()) {
                    stats.latency("login", System.nanoTime() - t);
                    stats.count("relogins");
                    Browser.Response page = browser.get(view());
                    if (page.status() == 200) {
                        return;
                    }
                } else {
                    lastProblem = "login refused";
                    stats.count("error_login_refused");
                }
            } catch (IOException e) {
                stats.count("io_errors");
                stats.count("error_io_login");
            }
            sleepMs(backoffMs);
            backoffMs = Math.min(backoffMs * 2, 2000);
        }
        throw new GaveUp("could not sign in again: " + lastProblem);
    }

    private static void sleepUntil(long t0, double atS) throws InterruptedException {
        long wait = t0 + (long) (atS * 1e9) - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static void sleepMs(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Object> describe() {
        return List.of(browser.username, style, String.valueOf(proposalId), String.valueOf(lastProblem));
    }
}
