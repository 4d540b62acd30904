package org.kstp.demo;

import java.util.ArrayList;
import java.util.EnumMap;
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
            call.weights().forEach((state, weight) -> pattern.addAll(java.util.Collections.nCopies(weight, state)));
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
     * drafts in the open call, inst.admin (the demo host, index -1) the open call's first submitted
     * one, county.shache (莎车县) the first endorsed one of each call this year.
     */
    static List<DemoPlan.Planned> withDemoAccounts(List<DemoPlan.Planned> proposals,
                                                   List<DemoPlan.Institution> institutions) {
        int shache = 0;
        while (!institutions.get(shache).county().equals(SHACHE)) {
            shache++;
        }
        List<DemoPlan.Planned> out = new ArrayList<>();
        Set<String> given = new java.util.HashSet<>();
        int drafts = 0;
        for (DemoPlan.Planned p : proposals) {
            String key = p.call() + p.target();
            if (p.call() == LivingCall.RESEARCH_LAST_YEAR && p.target().equals("RETURNED") && given.add(key)
                    || p.call() == LivingCall.TRANSFER_THIS_YEAR && p.target().equals("DRAFT") && drafts++ < 2) {
                out.add(at(p, -1, null));
            } else if (p.call() == LivingCall.TRANSFER_THIS_YEAR && p.target().equals("SUBMITTED") && given.add(key)) {
                out.add(at(p, -1, p.pi()));
            } else if (!p.call().lastYear() && p.target().equals("ENDORSED") && given.add(key)) {
                out.add(at(p, shache, p.pi()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static DemoPlan.Planned at(DemoPlan.Planned p, int institution, DemoPlan.Person pi) {
        return new DemoPlan.Planned(p.call(), p.title(), p.category(), p.target(), institution, pi, p.team(),
                p.operations(), p.discipline(), p.dayShare(), p.scorePercent());
    }
}
