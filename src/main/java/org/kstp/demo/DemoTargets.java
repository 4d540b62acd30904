package org.kstp.demo;

import java.util.Collections;
import java.util.Random;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How many proposals each call gets and the state each is driven to; where the demo accounts' work lies. */
final class DemoTargets {

    private static final String SHACHE = "653125";

    private DemoTargets() {
    }

    /**
     * Each call's targets: first one proposal per state the call holds, then its weighted pattern
     * repeated. States needing reviews beyond what the experts' yearly load allows become the
     * state before review instead (rejected at the formal check last year, awaiting a round this year).
     */
    static Map<LivingCall, List<String>> of(int size, int experts) {
        int lastYearCap = experts * DemoPlan.LOAD_LAST_YEAR / DemoPlan.REVIEWERS_LAST_YEAR;
        int thisYearCap = experts * DemoPlan.LOAD_THIS_YEAR / DemoPlan.REVIEWERS_THIS_YEAR;
        int[] reviewed = new int[2];
        Map<LivingCall, List<String>> out = new EnumMap<>(LivingCall.class);
        for (LivingCall call : LivingCall.values()) {
            List<String> pattern = new ArrayList<>();
            call.weights().forEach((state, weight) -> pattern.addAll(Collections.nCopies(weight, state)));
            List<String> targets = new ArrayList<>(call.weights().keySet());
            int n = Math.max(targets.size(), size * call.sharePercent() / 100);
            for (int i = 0; targets.size() < n; i++) {
                targets.add(pattern.get(i % pattern.size()));
            }
            int year = call.lastYear() ? 0 : 1;
            Set<String> review = call.lastYear() ? Set.of("APPROVED", "DECLINED") : Set.of("UNDER_REVIEW", "REVIEWED");
            int cap = call.lastYear() ? lastYearCap : thisYearCap;
            for (int i = 0; i < targets.size(); i++) {
                if (review.contains(targets.get(i)) && ++reviewed[year] > cap) {
                    targets.set(i, call.lastYear() ? "FORMALLY_REJECTED" : "FORMALLY_CHECKED");
                }
            }
            out.put(call, targets);
        }
        return out;
    }

    /**
     * Puts the demo accounts' work in place: pi.demo gets last year's first returned proposal and two
     * drafts in the open call, inst.admin (the demo host) the open call's first submitted one,
     * county.shache (Shache county) the first endorsed one of each call this year. Asked in plan order.
     */
    static final class Placement {

        /** Where a proposal goes: a random institution, or one of the demo accounts' places. */
        enum Where { ANY, PI_DEMO, HOST, SHACHE }

        private final Set<String> given = new HashSet<>();
        private int drafts;

        Where of(LivingCall call, String target) {
            String key = call + target;
            if (call == LivingCall.RESEARCH_LAST_YEAR && target.equals("RETURNED") && given.add(key)
                    || call == LivingCall.TRANSFER_THIS_YEAR && target.equals("DRAFT") && drafts++ < 2) {
                return Where.PI_DEMO;
            }
            if (call == LivingCall.TRANSFER_THIS_YEAR && target.equals("SUBMITTED") && given.add(key)) {
                return Where.HOST;
            }
            return !call.lastYear() && target.equals("ENDORSED") && given.add(key) ? Where.SHACHE : Where.ANY;
        }

        /** The institution a place stands for: -1 for the demo host, else an index into the plan's list. */
        static int institution(Where where, List<DemoPlan.Institution> institutions, Random random) {
            if (where == Where.PI_DEMO || where == Where.HOST) {
                return -1;
            }
            if (where == Where.SHACHE) {
                int i = 0;
                while (!institutions.get(i).county().equals(SHACHE)) {
                    i++;
                }
                return i;
            }
            return random.nextInt(institutions.size());
        }
    }
}
