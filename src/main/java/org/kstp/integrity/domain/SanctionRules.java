package org.kstp.integrity.domain;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kstp.common.RuleViolation;
import org.kstp.integrity.Activity;
import org.kstp.integrity.MeasureKind;
import org.yaml.snakeyaml.Yaml;

/**
 * The configurable sanction rules (integrity/sanction-rules.yml): per tier the bounds of ban periods,
 * per measure the activities it blocks and the tiers it is allowed in. Plain Java, so the index and
 * the benchmark use exactly the rules the application does.
 */
public final class SanctionRules {

    /** Bounds for one tier; maxYears null means no upper bound. */
    record TierRule(boolean bans, int minYears, Integer maxYears, boolean permanent) {
    }

    /** What one measure blocks and where it may be used; empty tiers means every tier. */
    record MeasureRule(Set<Activity> blocks, Set<Tier> tiers) {
    }

    private final Map<Tier, TierRule> tiers;
    private final Map<MeasureKind, MeasureRule> measures;

    SanctionRules(Map<Tier, TierRule> tiers, Map<MeasureKind, MeasureRule> measures) {
        for (Tier t : Tier.values()) {
            if (!tiers.containsKey(t)) {
                throw new IllegalStateException("sanction rules lack tier " + t);
            }
        }
        for (MeasureKind k : MeasureKind.values()) {
            if (!measures.containsKey(k)) {
                throw new IllegalStateException("sanction rules lack measure " + k);
            }
        }
        this.tiers = new EnumMap<>(tiers);
        this.measures = new EnumMap<>(measures);
    }

    /** The rules shipped in the jar. */
    public static SanctionRules defaults() {
        try (InputStream in = SanctionRules.class.getResourceAsStream("/integrity/sanction-rules.yml")) {
            if (in == null) {
                throw new IllegalStateException("integrity/sanction-rules.yml is missing from the build");
            }
            return parse(new Yaml().load(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read integrity/sanction-rules.yml", e);
        }
    }

    @SuppressWarnings("unchecked")
    static SanctionRules parse(Map<String, Object> root) {
        Map<Tier, TierRule> tiers = new EnumMap<>(Tier.class);
        ((Map<String, Map<String, Object>>) root.get("tiers")).forEach((name, t) -> tiers.put(Tier.valueOf(name),
                new TierRule(!Boolean.FALSE.equals(t.get("bans")), ((Number) t.getOrDefault("minYears", 0)).intValue(),
                        (Integer) t.get("maxYears"), Boolean.TRUE.equals(t.get("permanent")))));
        Map<MeasureKind, MeasureRule> measures = new EnumMap<>(MeasureKind.class);
        ((Map<String, Map<String, Object>>) root.get("measures")).forEach((name, m) -> {
            Set<Activity> blocks = EnumSet.noneOf(Activity.class);
            ((List<String>) m.getOrDefault("blocks", List.of())).forEach(a -> blocks.add(Activity.valueOf(a)));
            Set<Tier> allowed = EnumSet.noneOf(Tier.class);
            ((List<String>) m.getOrDefault("tiers", List.of())).forEach(t -> allowed.add(Tier.valueOf(t)));
            measures.put(MeasureKind.valueOf(name), new MeasureRule(blocks, allowed));
        });
        return new SanctionRules(tiers, measures);
    }

    public Set<Activity> blocks(MeasureKind kind) {
        return measures.get(kind).blocks();
    }

    /** Whether a measure restricts anything (and so needs a period within its tier's bounds). */
    public boolean isBan(MeasureKind kind) {
        return !blocks(kind).isEmpty();
    }

    /**
     * Checks the measures against the tier and returns them normalised (a measure that blocks
     * nothing and has no end date ends on its start date). Refuses with the first reason found.
     */
    public List<Measure> validate(Tier tier, List<Measure> proposed) {
        if (tier == null) {
            throw new RuleViolation("integrity.record.tierRequired");
        }
        if (proposed == null || proposed.isEmpty()) {
            throw new RuleViolation("integrity.measure.none");
        }
        List<Measure> result = new ArrayList<>();
        for (Measure m : proposed) {
            result.add(validate(tier, m));
        }
        return List.copyOf(result);
    }

    private Measure validate(Tier tier, Measure m) {
        if (m.kind() == null || m.start() == null) {
            throw new RuleViolation("integrity.measure.incomplete");
        }
        if (m.end() != null && m.end().isBefore(m.start())) {
            throw new RuleViolation("integrity.measure.endBeforeStart", label(m.kind()));
        }
        MeasureRule rule = measures.get(m.kind());
        if (!rule.tiers().isEmpty() && !rule.tiers().contains(tier)) {
            throw new RuleViolation("integrity.measure.tierNotAllowed", label(m.kind()), label(tier));
        }
        if (!isBan(m.kind())) {
            return m.end() == null ? new Measure(m.kind(), m.scope(), m.start(), m.start()) : m;
        }
        checkPeriod(tier, m);
        return m;
    }

    private void checkPeriod(Tier tier, Measure m) {
        TierRule rule = tiers.get(tier);
        if (!rule.bans()) {
            throw new RuleViolation("integrity.measure.noBansForTier", label(tier), label(m.kind()));
        }
        if (m.end() == null) {
            if (!rule.permanent()) {
                throw new RuleViolation("integrity.measure.permanentNotAllowed", label(m.kind()), label(tier));
            }
            return;
        }
        if (m.end().isBefore(lastDay(m.start(), rule.minYears()))) {
            throw new RuleViolation("integrity.measure.periodTooShort", label(m.kind()), rule.minYears(), label(tier));
        }
        // A period may also be written to end on the anniversary itself (see sanction-rules.yml).
        if (rule.maxYears() != null && m.end().isAfter(lastDay(m.start(), rule.maxYears()).plusDays(1))) {
            throw new RuleViolation("integrity.measure.periodTooLong", label(m.kind()), rule.maxYears(), label(tier));
        }
    }

    /**
     * The inclusive last day of a period of whole years starting on {@code start}: the day before the
     * same calendar day {@code years} later. A start on 29 February has no such day in a common year;
     * there the year runs to the end of February (plusYears already lands on 28 February, which is
     * then the last day itself, not the day after it).
     */
    public static LocalDate lastDay(LocalDate start, int years) {
        LocalDate anniversary = start.plusYears(years);
        return anniversary.getDayOfMonth() != start.getDayOfMonth() ? anniversary : anniversary.minusDays(1);
    }

    static String label(Enum<?> constant) {
        return "integrity." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }
}
