package org.kstp.expert.domain;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.kstp.common.RuleViolation;

/**
 * What an expert maintains about themselves. Validated here so every way in (form, import, demo)
 * applies the same rules.
 *
 * @param disciplines GB/T 13745 codes (3, 5 or 7 digits), the primary one first
 */
public record Profile(String title, UUID employerOrganisationId, List<String> disciplines, String keywords,
                      List<String> fields, String region, boolean partnerProvince, String pastWork,
                      List<Relation> relations, List<Employment> employments, List<Availability> availability) {

    private static final Pattern DISCIPLINE = Pattern.compile("\\d{3}(\\d{2}){0,2}");

    public Profile {
        disciplines = disciplines.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        fields = fields.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        relations = List.copyOf(relations);
        employments = List.copyOf(employments);
        availability = List.copyOf(availability);
    }

    /** Refuses a profile that the pool could not use for matching or conflict checks. */
    public void validate() {
        if (disciplines.isEmpty()) {
            throw new RuleViolation("expert.profile.disciplineRequired");
        }
        disciplines.stream().filter(d -> !DISCIPLINE.matcher(d).matches()).findFirst().ifPresent(d -> {
            throw new RuleViolation("expert.profile.disciplineFormat", d);
        });
        for (Relation r : relations) {
            if (r.otherAccountId() == null && (r.otherName() == null || r.otherName().isBlank())) {
                throw new RuleViolation("expert.profile.relationPerson");
            }
            requireOrder(r.fromDate(), r.toDate());
        }
        employments.forEach(e -> requireOrder(e.fromDate(), e.toDate()));
        for (Availability a : availability) {
            if (a.fromDate() == null || a.toDate() == null) {
                throw new RuleViolation("expert.profile.dateOrder");
            }
            requireOrder(a.fromDate(), a.toDate());
        }
    }

    private static void requireOrder(java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolation("expert.profile.dateOrder");
        }
    }
}
