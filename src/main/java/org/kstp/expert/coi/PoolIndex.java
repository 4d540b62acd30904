package org.kstp.expert.coi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kstp.expert.domain.Employment;
import org.kstp.expert.domain.Relation;

/**
 * The pool, indexed the ways the conflict rules look things up: by account, by organisation (current
 * and past employers), by related account, by related name and by region. Immutable: a change builds
 * a new index, so a screening in progress never sees a half-updated one.
 */
public final class PoolIndex {

    private final Map<UUID, ExpertFacts> byAccount = new HashMap<>();
    private final List<ExpertFacts> inPool = new ArrayList<>();
    private final Map<UUID, List<ExpertFacts>> byOrganisation = new HashMap<>();
    private final Map<UUID, List<ExpertFacts>> byRelatedAccount = new HashMap<>();
    private final Map<String, List<ExpertFacts>> byRelatedName = new HashMap<>();
    private final Map<String, List<ExpertFacts>> byRegion = new HashMap<>();
    private final List<ExpertFacts> withAvailability = new ArrayList<>();
    private final Map<UUID, org.kstp.expert.Eligibility> cleared = new HashMap<>();

    public PoolIndex(Collection<ExpertFacts> experts) {
        experts.forEach(this::add);
        // Sorted once here so that every screening lists experts by name without sorting again.
        inPool.sort(java.util.Comparator.comparing(ExpertFacts::name).thenComparing(ExpertFacts::username));
        // Built once per index so a screening hands out the same "no reasons" answers instead of allocating them.
        inPool.forEach(e -> cleared.put(e.accountId(),
                new org.kstp.expert.Eligibility(e.accountId(), e.name(), e.username(), List.of())));
    }

    private void add(ExpertFacts e) {
        byAccount.put(e.accountId(), e);
        if (!e.inPool()) {
            return;
        }
        inPool.add(e);
        if (e.employerId() != null) {
            put(byOrganisation, e.employerId(), e);
        }
        for (Employment past : e.employments()) {
            if (!past.organisationId().equals(e.employerId())) {
                put(byOrganisation, past.organisationId(), e);
            }
        }
        for (Relation r : e.relations()) {
            if (r.otherAccountId() != null) {
                put(byRelatedAccount, r.otherAccountId(), e);
            }
            if (r.otherName() != null && !r.otherName().isBlank()) {
                put(byRelatedName, normalise(r.otherName()), e);
            }
        }
        if (e.region() != null) {
            put(byRegion, e.region(), e);
        }
        if (!e.availability().isEmpty()) {
            withAvailability.add(e);
        }
    }

    private static <K> void put(Map<K, List<ExpertFacts>> map, K key, ExpertFacts e) {
        List<ExpertFacts> list = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (list.isEmpty() || list.getLast() != e) {
            list.add(e);
        }
    }

    /** Names compare without spaces, middle dots and case, as Uyghur names are written several ways. */
    public static String normalise(String name) {
        return name.replaceAll("[\\s\\u00b7\\u2022\\u30fb.]", "").toLowerCase(Locale.ROOT);
    }

    public ExpertFacts expert(UUID accountId) {
        return byAccount.get(accountId);
    }

    public List<ExpertFacts> inPool() {
        return inPool;
    }

    public List<ExpertFacts> employedAt(UUID organisationId) {
        return organisationId == null ? List.of() : byOrganisation.getOrDefault(organisationId, List.of());
    }

    public List<ExpertFacts> relatedTo(UUID accountId) {
        return accountId == null ? List.of() : byRelatedAccount.getOrDefault(accountId, List.of());
    }

    public List<ExpertFacts> relatedToName(String name) {
        return name == null ? List.of() : byRelatedName.getOrDefault(normalise(name), List.of());
    }

    public List<ExpertFacts> inRegion(String region) {
        return region == null ? List.of() : byRegion.getOrDefault(region, List.of());
    }

    /** Experts who declared availability periods (the others are always available). */
    public List<ExpertFacts> withAvailability() {
        return withAvailability;
    }

    /** The eligible answer for an expert in the pool, shared between screenings. */
    public org.kstp.expert.Eligibility cleared(UUID accountId) {
        return cleared.get(accountId);
    }

    public int size() {
        return byAccount.size();
    }

    public Collection<ExpertFacts> all() {
        return byAccount.values();
    }
}
