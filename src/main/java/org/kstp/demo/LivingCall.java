package org.kstp.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kstp.common.BusinessTime;

/**
 * The living demo's four calls, in two programmes over two years, and the proposal states each one
 * holds (with their weights): last year's are decided, this year's research call is in review,
 * this year's transfer call is open. Windows are relative to today, so the demo is "in motion" on
 * whatever day it is created.
 */
enum LivingCall {

    RESEARCH_LAST_YEAR("research", 15, true, states("APPROVED", 4, "DECLINED", 3, "FORMALLY_REJECTED", 1,
            "WITHDRAWN", 1, "RETURNED", 1)),
    TRANSFER_LAST_YEAR("transfer", 10, false, states("APPROVED", 4, "DECLINED", 3, "FORMALLY_REJECTED", 1,
            "WITHDRAWN", 1)),
    RESEARCH_THIS_YEAR("research", 35, true, states("ENDORSED", 1, "RECOMMENDED", 2, "ACCEPTED", 2,
            "FORMALLY_CHECKED", 3, "FORMALLY_REJECTED", 1, "UNDER_REVIEW", 2, "REVIEWED", 2, "WITHDRAWN", 1)),
    TRANSFER_THIS_YEAR("transfer", 40, true, states("DRAFT", 3, "SUBMITTED", 3, "ENDORSED", 2, "RECOMMENDED", 2,
            "RETURNED", 1, "WITHDRAWN", 1));

    private final String programme;
    private final int sharePercent;
    private final boolean recommendation;
    private final Map<String, Integer> weights;

    LivingCall(String programme, int sharePercent, boolean recommendation, Map<String, Integer> weights) {
        this.programme = programme;
        this.sharePercent = sharePercent;
        this.recommendation = recommendation;
        this.weights = weights;
    }

    String programme() {
        return programme;
    }

    int sharePercent() {
        return sharePercent;
    }

    /** Whether proposals go through county recommendation (all go through host endorsement). */
    boolean recommendation() {
        return recommendation;
    }

    /** The states this call's proposals end in, each with its weight, in a fixed order. */
    Map<String, Integer> weights() {
        return weights;
    }

    boolean lastYear() {
        return this == RESEARCH_LAST_YEAR || this == TRANSFER_LAST_YEAR;
    }

    /** When the call opened: 1 March last year, 100 days ago, or 15 days ago. */
    Instant opensAt(LocalDate today) {
        return switch (this) {
            case RESEARCH_LAST_YEAR, TRANSFER_LAST_YEAR -> at(LocalDate.of(today.getYear() - 1, 3, 1));
            case RESEARCH_THIS_YEAR -> at(today.minusDays(100));
            case TRANSFER_THIS_YEAR -> at(today.minusDays(15));
        };
    }

    /** When it closed or closes: 30 April last year, 20 days ago, or in 45 days. */
    Instant closesAt(LocalDate today) {
        return switch (this) {
            case RESEARCH_LAST_YEAR, TRANSFER_LAST_YEAR -> at(LocalDate.of(today.getYear() - 1, 4, 30));
            case RESEARCH_THIS_YEAR -> at(today.minusDays(20));
            case TRANSFER_THIS_YEAR -> at(today.plusDays(45));
        };
    }

    /** The latest moment a step of this call's history may be dated: the close, or now for the open call. */
    Instant historyEnds(LocalDate today, Instant now) {
        return this == TRANSFER_THIS_YEAR ? now.minus(Duration.ofHours(1)) : closesAt(today);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(BusinessTime.ZONE).toInstant();
    }

    private static Map<String, Integer> states(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
